// An installation on PostgreSQL that kept its anchors and made keys on each node's disk
// (DIENHINH_FILE_STORE=disk) moves to the shared database store: at the first start the node's
// valid anchor files move into the table and its attestation key with them, so that the log
// still verifies with every chain anchored and the QR codes printed before still verify.
import fs from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { bootApp, createDatabase, type TestApp } from '../helpers/strapi';

describe('moving a PostgreSQL installation from disk to the shared database store', () => {
  let app: TestApp | undefined;
  const kept: string[] = [];
  afterAll(async () => {
    await app?.stop();
    for (const dir of kept) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes the anchor files and the QR key into the database at the first start', async () => {
    const adminUrl = inject('pgAdminUrl');
    const url = await createDatabase(adminUrl);
    const before = await bootApp(
      { client: 'postgres', adminUrl, url },
      { DIENHINH_FILE_STORE: 'disk' },
    );
    // The same node's secrets and disk for the second start.
    const same = {
      DIENHINH_AUDIT_KEY: process.env.DIENHINH_AUDIT_KEY!,
      DIENHINH_AUDIT_ANCHOR: process.env.DIENHINH_AUDIT_ANCHOR!,
      DIENHINH_PRIVATE_DIR: process.env.DIENHINH_PRIVATE_DIR!,
      DIENHINH_DEMO_SEED: 'false',
    };
    const chainsDir = same.DIENHINH_AUDIT_ANCHOR.replace(/\.json$/, '.chains');
    const files = fs.readdirSync(chainsDir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const onDisk = files.map((f) => JSON.parse(fs.readFileSync(`${chainsDir}/${f}`, 'utf8')));
    const keys = await (await fetch(`${before.baseUrl}/verify/keys.json`)).json();
    // Stopped without removing its folder: the anchor files stay where the node kept them.
    await before.strapi.destroy();
    kept.push(same.DIENHINH_AUDIT_ANCHOR.replace(/\/[^/]+$/, ''));
    delete process.env.DIENHINH_FILE_STORE;

    app = await bootApp({ client: 'postgres', adminUrl, url }, same);
    const knex = app.strapi.db.connection;
    const rows = (await knex('recognition_audit_anchors').select('chain', 'seq')) as {
      chain: string;
      seq: string;
    }[];
    for (const a of onDisk)
      expect(Number(rows.find((r) => r.chain === a.chain)?.seq)).toBeGreaterThanOrEqual(a.seq);
    expect(await app.strapi.plugin('recognition').service('audit').verify()).toMatchObject({
      ok: true,
    });
    expect(await (await fetch(`${app.baseUrl}/verify/keys.json`)).json()).toEqual(keys);
    expect(await knex('recognition_attestation_keys').where({ slug: 'hue' }).first()).toBeTruthy();
  }, 240_000);
});
