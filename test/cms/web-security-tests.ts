// What a browser is told, read from the running app: CORS only for the configured public URL
// (a foreign Origin, or "null", gets no allowance), the security headers README's table lists,
// and a Media Library that takes and serves only images and PDFs, never a page or a script that
// would run on the app's own origin.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { adminToken, ensureStaff, type TestApp } from '../helpers/strapi';

export function webSecurityTests(getApp: () => TestApp) {
  it('allows credentials only from the configured public URL: a foreign or null Origin gets no CORS allowance', async () => {
    const { baseUrl } = getApp();
    const own = new URL(baseUrl).origin;
    for (const origin of ['https://evil.example', 'null', own.replace(/:\d+$/, ':1')]) {
      const pre = await fetch(`${baseUrl}/admin/access-token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(pre.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(pre.headers.get('access-control-allow-credentials'), origin).toBeNull();
      const get = await fetch(`${baseUrl}/admin/init`, { headers: { origin } });
      expect(get.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    const ok = await fetch(`${baseUrl}/admin/access-token`, {
      method: 'OPTIONS',
      headers: { origin: own, 'access-control-request-method': 'POST' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe(own);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('sends the security headers README lists', async () => {
    const { baseUrl } = getApp();
    const res = await fetch(`${baseUrl}/admin/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    // The admin frames its own PDF previews (blob: URLs), nothing else.
    expect(csp).toContain("frame-src 'self' blob:");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('strict-transport-security')).toContain('max-age=31536000');
    // The admin's refresh cookie cannot be read by a script nor sent by another site's form.
    await ensureStaff(getApp().strapi, {
      email: 'cookie@web.test',
      roleCode: 'dienhinh-editor',
      jurisdictions: ['hue'],
    });
    const login = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'cookie@web.test', password: 'Test@12345' }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie().join('\n');
    expect(cookies).toMatch(/httponly/i);
    expect(cookies).toMatch(/samesite=lax/i);
  });

  it('refuses uploading HTML, SVG or JavaScript to the Media Library, and never serves such a file from /uploads', async () => {
    const { strapi, baseUrl } = getApp();
    const token = await adminToken(getApp(), 'admin@test.local');
    const upload = async (name: string, body: string | Uint8Array<ArrayBuffer>, type: string) => {
      const form = new FormData();
      form.append('files', new Blob([body], { type }), name);
      const res = await fetch(`${baseUrl}/upload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      return { status: res.status, body: await res.json() };
    };
    const page =
      '<!doctype html><html><body><script>fetch("/admin/users/me")</script></body></html>';
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    for (const [name, body, type] of [
      ['trang.html', page, 'text/html'],
      ['anh.svg', svg, 'image/svg+xml'],
      ['ma.js', 'alert(1)', 'application/javascript'],
      // A page declared as an image, under an image's name: its content decides.
      ['con-dau.png', page, 'image/png'],
    ] as const) {
      const r = await upload(name, body, type);
      expect(r.status, `${name}: ${JSON.stringify(r.body)}`).toBeGreaterThanOrEqual(400);
    }
    // A file already in the folder (from before the allow-list) is never served.
    const dir = path.join(strapi.dirs.static.public, 'uploads');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'cu-truoc.html'), page);
    fs.writeFileSync(path.join(dir, 'cu-truoc.svg'), svg);
    try {
      for (const f of ['cu-truoc.html', 'cu-truoc.svg']) {
        const res = await fetch(`${baseUrl}/uploads/${f}`);
        expect(res.status, f).toBe(404);
        expect(await res.text()).not.toContain('<script>');
      }
    } finally {
      fs.rmSync(path.join(dir, 'cu-truoc.html'), { force: true });
      fs.rmSync(path.join(dir, 'cu-truoc.svg'), { force: true });
    }
    // A real PNG is taken, and served with nosniff and a sandboxing CSP.
    const png = new Uint8Array(
      await sharp({
        create: {
          width: 4,
          height: 4,
          channels: 4,
          background: { r: 200, g: 0, b: 0, alpha: 0.5 },
        },
      })
        .png()
        .toBuffer(),
    );
    const r = await upload('anh-that.png', png, 'image/png');
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const served = await fetch(`${baseUrl}${r.body[0].url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(served.headers.get('content-type')).toBe('image/png');
  });

  it('refuses an impossible date (2026-02-30) with 400 in Vietnamese, never 500', async () => {
    const { baseUrl } = getApp();
    const approver = await adminToken(getApp(), 'pheduyet@dienhinh.local');
    const ext = await fetch(`${baseUrl}/recognition/extensions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${approver}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        unitCode: '19815',
        year: 2026,
        kind: 'dossier',
        until: '2026-02-30',
        reason: 'Gia hạn thử ngày không có thật',
      }),
    });
    expect(ext.status).toBe(400);
    expect((await ext.json()).error.message).toContain('không phải một ngày có thật');
    const report = await fetch(
      `${baseUrl}/recognition/reports/annual?jurisdiction=hue&year=2026&cutOff=2026-02-30`,
      { headers: { authorization: `Bearer ${approver}` } },
    );
    expect(report.status).toBe(400);
    expect((await report.json()).error.message).toContain('không phải một ngày có thật');
  });
}
