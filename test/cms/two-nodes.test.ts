// Two servers on one PostgreSQL, each with its own private directory and anchor file, as two
// machines behind a load balancer: evidence an officer uploads through one is downloaded through
// the other (the private store lives in the database), a certificate the first issued is fetched
// from the second (issued PDFs live in the database too, read in chunks), an event the second
// audits moves the anchor the first verifies against, and both sign QR codes with the same
// province key. Both run from this clone, so they share its cms/public folder: the test checks
// that the PDFs are not there.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../helpers/postgres-cluster';
import {
  adminToken,
  bootApp,
  cmsDir,
  ensureOfficer,
  projectRoot,
  selectRegistrant,
  type TestApp,
} from '../helpers/strapi';

describe('two servers on one PostgreSQL', () => {
  let a: TestApp;
  let b: { child: ChildProcess; baseUrl: string; tmp: string; log: () => string };

  beforeAll(async () => {
    a = await bootApp({ client: 'postgres', adminUrl: inject('pgAdminUrl') });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-node-b-'));
    const port = await freePort();
    let out = '';
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
      {
        cwd: cmsDir,
        // The same database and secrets (bootApp put node A's in process.env); its own disk.
        env: {
          ...process.env,
          PORT: String(port),
          DIENHINH_PRIVATE_DIR: path.join(tmp, 'private'),
          DIENHINH_AUDIT_ANCHOR: path.join(tmp, 'audit-anchor.json'),
          DIENHINH_DEMO_SEED: 'false',
          DIENHINH_REMINDERS_CRON: 'off',
          DIENHINH_CHECKPOINT_CRON: 'off',
          DIENHINH_CHAIN_CHECK_CRON: 'off',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    b = { child, baseUrl: `http://127.0.0.1:${port}`, tmp, log: () => out.slice(-4000) };
    for (let i = 0; ; i++) {
      const up = await fetch(`${b.baseUrl}/_health`).then(
        (r) => r.status === 204,
        () => false,
      );
      if (up) break;
      if (i > 240 || child.exitCode !== null) throw new Error(`node B did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 240_000);
  afterAll(async () => {
    b?.child.kill('SIGTERM');
    if (b && b.child.exitCode === null) await new Promise((r) => b.child.once('exit', r));
    await a?.stop();
    if (b) fs.rmSync(b.tmp, { recursive: true, force: true });
  });

  it('serves through one node the evidence uploaded through the other and the certificate the other issued; shares the anchors and the QR keys', async () => {
    const { strapi } = a;
    const clock = strapi.plugin('recognition').service('clock');
    clock.now = () => new Date('2026-01-05T02:00:00Z');
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: '19815' } });
    const jwt = await ensureOfficer(strapi, 'canbo.19815@two-nodes.test', '19815');
    await strapi.db.query('api::unit-result.unit-result').create({
      data: { unit: unit.id, year: 2025, anttSafe: true, classification: 'xuat_sac' },
    });
    const auth = { authorization: `Bearer ${jwt}` };
    const reg = await (
      await fetch(`${a.baseUrl}/api/recognition/registrations`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ year: 2026 }),
      })
    ).json();
    expect(reg.data, JSON.stringify(reg)).toBeTruthy();
    const id = reg.data.documentId as string;
    await selectRegistrant(strapi, id);
    const png = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#06c' },
    })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'anh.png');
    const up = await fetch(`${a.baseUrl}/api/recognition/registrations/${id}/evidence/1.1`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    expect(up.status).toBe(200);
    const ref = (await up.json()).data;

    // The certificate node A issues (at its first download) is the one node B serves.
    const serial = 'DEMO-2025-HUE-0001';
    const fromA = Buffer.from(
      await (await fetch(`${a.baseUrl}/api/recognition/certificates/${serial}/pdf`)).arrayBuffer(),
    );
    const fromB = await fetch(`${b.baseUrl}/api/recognition/certificates/${serial}/pdf`);
    expect(fromB.status).toBe(200);
    expect(Buffer.from(await fromB.arrayBuffer()).equals(fromA)).toBe(true);
    expect(fromA.subarray(0, 5).toString()).toBe('%PDF-');
    // Its bytes live in the database, not in the uploads folder the two nodes happen to share
    // here, and node B serves them at the upload's own address too.
    const rec = await strapi.db
      .query('plugin::recognition.recognition')
      .findOne({ where: { serial }, populate: ['pdf'] });
    expect(rec.pdf.url).toMatch(/^\/uploads\/[^/]+\.pdf$/);
    expect(fs.existsSync(path.join(cmsDir, 'public', decodeURIComponent(rec.pdf.url)))).toBe(false);
    const byUrl = await fetch(`${b.baseUrl}${rec.pdf.url}`);
    expect(byUrl.status).toBe(200);
    expect(byUrl.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await byUrl.arrayBuffer()).equals(fromA)).toBe(true);
    // A stored PDF of several megabytes comes back whole through the other node, chunk by chunk.
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(2_621_440)]);
    const kept = await strapi
      .plugin('recognition')
      .service('files')
      .storePdf(big, 'van-ban-lon.pdf', 'Văn bản lớn');
    const bigFromB = await fetch(`${b.baseUrl}${kept.url}`);
    expect(bigFromB.headers.get('content-length')).toBe(String(big.length));
    expect(Buffer.from(await bigFromB.arrayBuffer()).equals(big)).toBe(true);

    // Node B has nothing of it on its own disk.
    expect(fs.existsSync(path.join(b.tmp, 'private'))).toBe(false);
    const down = await fetch(`${b.baseUrl}/api/recognition/registrations/${id}/files/${ref.id}`, {
      headers: auth,
    });
    expect(down.status, b.log()).toBe(200);
    expect(Buffer.from(await down.arrayBuffer()).equals(png)).toBe(true);

    // Staff opening it through node B is audited there: node A's check is anchored at B's event.
    const admin = await adminToken(a, 'admin@test.local');
    const staffDown = await fetch(`${b.baseUrl}/recognition/registrations/${id}/files/${ref.id}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(staffDown.status, b.log()).toBe(200);
    const newest = await strapi.db
      .query('plugin::recognition.audit-event')
      .findOne({ orderBy: { seq: 'desc' }, select: ['seq', 'action'] });
    expect(newest.action).toBe('file.download');
    const verdict = await strapi.plugin('recognition').service('audit').verify();
    expect(verdict).toMatchObject({ ok: true, anchoredSeq: newest.seq });
    expect(fs.existsSync(path.join(b.tmp, 'audit-anchor.chains'))).toBe(false);

    // One attestation key per province, kept in the database (sealed): both nodes publish it.
    const jwks = async (base: string) => (await fetch(`${base}/verify/keys.json`)).json();
    const [keysA, keysB] = await Promise.all([jwks(a.baseUrl), jwks(b.baseUrl)]);
    expect(keysB).toEqual(keysA);
    const sealed = await strapi.db
      .connection('recognition_attestation_keys')
      .where({ slug: 'hue' })
      .first('sealed');
    expect(sealed.sealed).not.toContain('PRIVATE KEY');
  }, 120_000);
});
