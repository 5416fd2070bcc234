// The API docs that `npm run demo` prints, as a new user opens them: a server in production mode
// (where the documentation plugin generates nothing by itself) answers /documentation/v1.0.0 with
// the document of its own routes, its servers naming the configured public URL; the staff desk it
// prints is served as built.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApp, type TestApp } from '../helpers/strapi';

const PUBLIC_URL = 'https://dienhinh.congan-hue.example';

describe('API docs in production mode (SQLite)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootApp(
      { client: 'sqlite' },
      {
        NODE_ENV: 'production',
        DIENHINH_ALLOW_DEMO_KEY: 'true',
        DIENHINH_PUBLIC_URL: PUBLIC_URL,
        DIENHINH_DEMO_SEED: 'false',
      },
    );
  });
  afterAll(() => app?.stop());

  it('serves /documentation/v1.0.0 with the routes and the public URL as its server', async () => {
    expect(app.strapi.config.environment).toBe('production');
    // The document's file is shared by every server started from the same build (the command
    // tests start others beside this one): another server's document is written into it here,
    // and this server still serves its own, generated at its start.
    const file = path.join(
      app.strapi.plugin('documentation').service('documentation').getFullDocumentationPath(),
      '1.0.0',
      'full_documentation.json',
    );
    const shared = JSON.parse(await readFile(file, 'utf8'));
    const other = { ...shared, servers: [{ url: 'http://127.0.0.1:9/api' }] };
    await writeFile(file, JSON.stringify(other));
    const res = await fetch(`${app.baseUrl}/documentation/v1.0.0`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`${PUBLIC_URL}/api`);
    expect(html).not.toMatch(/127\.0\.0\.1:\d+/);
    expect(html).toContain('/recognition/recognise');
  });

  it('serves the staff desk that the demo prints (/desk, a deep link, its script compressed)', async () => {
    const res = await fetch(`${app.baseUrl}/desk/plugins/recognition/approval`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<div id="desk">');
    const script = html.match(/src="(\/desk\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    const js = await fetch(`${app.baseUrl}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-encoding')).toBe('br');
    expect(js.headers.get('cache-control')).toContain('immutable');
  });
});
