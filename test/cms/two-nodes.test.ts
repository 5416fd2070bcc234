// Two servers on one PostgreSQL, each with its own private directory and anchors, as two machines
// behind a load balancer: evidence an officer uploads through one is downloaded through the
// other (the private store lives in the database), and a certificate the first issued is fetched
// from the second. Both share this clone's cms/public/uploads, as nodes share a mount or S3.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../helpers/postgres-cluster';
import {
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

  it('serves through one node the evidence uploaded through the other, and the certificate the other issued', async () => {
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
    // Node B has nothing of it on its own disk.
    expect(fs.existsSync(path.join(b.tmp, 'private'))).toBe(false);
    const down = await fetch(`${b.baseUrl}/api/recognition/registrations/${id}/files/${ref.id}`, {
      headers: auth,
    });
    expect(down.status, b.log()).toBe(200);
    expect(Buffer.from(await down.arrayBuffer()).equals(png)).toBe(true);

    // The certificate node A issues (at its first download) is the one node B serves.
    const serial = 'DEMO-2025-HUE-0001';
    const fromA = Buffer.from(
      await (await fetch(`${a.baseUrl}/api/recognition/certificates/${serial}/pdf`)).arrayBuffer(),
    );
    const fromB = await fetch(`${b.baseUrl}/api/recognition/certificates/${serial}/pdf`);
    expect(fromB.status).toBe(200);
    expect(Buffer.from(await fromB.arrayBuffer()).equals(fromA)).toBe(true);
    expect(fromA.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
