// Two installations side by side: a province runs its own server (a child process here, on its
// own database, port and key), the Ministry another (this process). Huế's police issue and sign
// a report and export it as a package; the Ministry refuses it while Huế has registered no
// certificate there, takes it in once the certificate is registered (once, however often it is
// sent), and refuses a package whose figures or PDF were changed or that another key signed. The
// checkpoint the package carries stays with the Ministry: a tail erased at the province, with its
// own checkpoints and its anchor re-signed, is found against it.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAnchor } from '../../plugins/recognition/shared/domain/audit-chain';
import { appSecrets } from '../helpers/app-env';
import { issueSigner, makeTestPki, p12Of, type TestPki } from '../helpers/pki';
import { freePort } from '../helpers/postgres-cluster';
import { bootApp, cmsDir, projectRoot, type TestApp } from '../helpers/strapi';

const PASSWORD = 'DienHinh@2026';
const run = promisify(execFile);

describe('a report between two installations (a province’s and the Ministry’s)', () => {
  let ministry: TestApp;
  let province: {
    child: ChildProcess;
    baseUrl: string;
    tmp: string;
    env: NodeJS.ProcessEnv;
    log: () => string;
  };
  let pki: TestPki;

  beforeAll(async () => {
    pki = makeTestPki();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-province-'));
    const port = await freePort();
    let out = '';
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...appSecrets(tmp),
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DIENHINH_PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.relative(cmsDir, path.join(tmp, 'data.db')),
      DIENHINH_DEMO_SEED: 'true',
      DIENHINH_DEMO_WORKFLOW: 'true',
      DEMO_PASSWORD: PASSWORD,
      DIENHINH_REMINDERS_CRON: 'off',
      STRAPI_TELEMETRY_DISABLED: 'true',
      DIENHINH_SIGN_P12_HUE: p12Of(pki, pki.signer, 'Hue@p12'),
      DIENHINH_SIGN_P12_HUE_PASSWORD: 'Hue@p12',
    };
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'],
      { cwd: cmsDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    province = {
      child,
      baseUrl: `http://127.0.0.1:${port}`,
      tmp,
      env,
      log: () => out.slice(-4000),
    };
    // The Ministry's installation boots meanwhile, in this process.
    ministry = await bootApp(
      { client: 'sqlite' },
      { DIENHINH_DEMO_WORKFLOW: 'false', DEMO_PASSWORD: PASSWORD },
    );
    for (let i = 0; ; i++) {
      const ok = await fetch(`${province.baseUrl}/_health`).then(
        (r) => r.status === 204,
        () => false,
      );
      if (ok) break;
      if (i > 240 || child.exitCode !== null) throw new Error(`province did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 240_000);
  afterAll(async () => {
    province?.child.kill('SIGTERM');
    if (province && province.child.exitCode === null)
      await new Promise((r) => province.child.once('exit', r));
    await ministry?.stop();
    if (province) fs.rmSync(province.tmp, { recursive: true, force: true });
    if (pki) fs.rmSync(pki.dir, { recursive: true, force: true });
  });

  const call = async (base: string, token: string, method: string, p: string, body?: unknown) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const adminLogin = async (base: string, email: string) =>
    (
      await (
        await fetch(`${base}/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: PASSWORD }),
        })
      ).json()
    ).data.token as string;
  const send = async (token: string, pkg: unknown) => {
    const form = new FormData();
    form.append('file', new Blob([JSON.stringify(pkg)], { type: 'application/json' }), 'goi.json');
    const res = await fetch(`${ministry.baseUrl}/recognition/received-reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: await res.json() };
  };

  it('takes in a package signed with the province’s registered key once, and refuses a changed or foreign one', async () => {
    const base = province.baseUrl;
    const police = await adminLogin(base, 'thuky@dienhinh.local');
    const duty = (
      await call(base, police, 'GET', '/recognition/report-duties?jurisdiction=hue&year=2026')
    ).body.data.duties[0].key as string;
    const draft = await call(base, police, 'POST', '/recognition/report-acts', {
      jurisdiction: 'hue',
      year: 2026,
      duty,
    });
    expect(draft.status, province.log()).toBe(200);
    const id = draft.body.data.documentId;
    expect((await call(base, police, 'POST', `/recognition/report-acts/${id}/issue`)).status).toBe(
      200,
    );
    const pkg = await call(base, police, 'GET', `/recognition/report-acts/${id}/package`);
    expect(pkg.status).toBe(200);
    expect(pkg.body).toMatchObject({
      format: 'dienhinh.report-package',
      province: { slug: 'hue' },
      act: { number: '01/BC-CATP', subject: duty },
    });

    const v05 = await adminLogin(ministry.baseUrl, 'v05@dienhinh.local');
    // Huế has registered no certificate with the Ministry's installation yet.
    const unknown = await send(v05, pkg.body);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('chưa đăng ký chứng thư ký số');

    const register = (pem: string) =>
      ministry.strapi.db
        .query('api::jurisdiction.jurisdiction')
        .update({ where: { slug: 'hue' }, data: { signingCertificate: pem } });
    await register(fs.readFileSync(pki.signer.cert, 'utf8'));
    const taken = await send(v05, pkg.body);
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect((await send(v05, pkg.body)).body.data.documentId).toBe(taken.body.data.documentId);
    const status = await call(
      ministry.baseUrl,
      v05,
      'GET',
      '/recognition/national/report-status?year=2026',
    );
    const hue = status.body.data.provinces.find((p: { slug: string }) => p.slug === 'hue');
    expect(hue.reports).toEqual([
      expect.objectContaining({
        key: duty,
        state: 'received',
        imported: true,
        act: expect.objectContaining({ number: '01/BC-CATP' }),
      }),
    ]);
    // The secretariat of a province may not take packages in.
    const thuky = await adminLogin(ministry.baseUrl, 'thuky@dienhinh.local');
    expect((await send(thuky, pkg.body)).status).toBe(403);

    // Figures changed after signing.
    const figures = structuredClone(pkg.body);
    figures.data.figures[1].value += 5;
    const changed = await send(v05, { ...figures, act: { ...figures.act, number: '02/BC-CATP' } });
    expect(changed.status).toBe(400);
    expect(changed.body.error.message).toContain(
      'Số liệu gửi kèm không phải số liệu của bản đã ký',
    );
    // A byte of the signed PDF changed, its declared hash made to match.
    const pdf = Buffer.from(pkg.body.pdf, 'base64');
    const at = pdf.indexOf('/Title');
    pdf[at + 1] = 'X'.charCodeAt(0);
    const tampered = await send(v05, {
      ...pkg.body,
      act: { ...pkg.body.act, number: '03/BC-CATP' },
      pdf: pdf.toString('base64'),
      pdfSha256: crypto.createHash('sha256').update(pdf).digest('hex'),
    });
    expect(tampered.status).toBe(400);
    expect(tampered.body.error.message).toContain('Chữ ký số không khớp nội dung');
    // Signed with a key that is not the one Huế registered.
    await register(fs.readFileSync(issueSigner(pki, 'other', 'Tỉnh khác').cert, 'utf8'));
    const foreign = await send(v05, {
      ...pkg.body,
      act: { ...pkg.body.act, number: '04/BC-CATP' },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toContain('không được ký bằng chứng thư đã đăng ký của Huế');
  }, 240_000);

  it('keeps the checkpoint the report carried: the province’s tail erased with its own checkpoints, its anchor re-signed, is found against the Ministry’s copy', async () => {
    const url = `${ministry.baseUrl}/verify/audit-checkpoints/received/hue`;
    const feed = await (await fetch(url)).json();
    expect(feed.checkpoints).toHaveLength(1);
    const payload = JSON.parse(
      Buffer.from(feed.checkpoints[0].jws.split('.')[1], 'base64url').toString(),
    );
    expect(payload).toMatchObject({ typ: 'dienhinh-audit-checkpoint', chain: 'hue' });
    const verify = (args: string[]) =>
      run(process.execPath, [path.join(projectRoot, 'scripts/dist/audit-verify.js'), ...args], {
        env: { ...province.env, STRAPI_LOG_LEVEL: 'error' },
      }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({
          code: e.code,
          out: e.stdout + e.stderr,
        }),
      );
    const intact = await verify(['--checkpoints', url]);
    expect(intact.code, intact.out).toBe(0);
    expect(intact.out).toContain('khớp 1 điểm kiểm tra đã công bố');

    // Whoever owns the province's database and disk (and so its audit key) removes the chain's
    // tail from the checkpointed event on and the checkpoints the province kept itself, and
    // re-signs the chain's anchor at the new head.
    const db = new Database(path.join(province.tmp, 'data.db'));
    const gone = db
      .prepare('DELETE FROM recognition_audit_events WHERE chain = ? AND seq >= ?')
      .run('hue', payload.seq).changes;
    db.prepare('DELETE FROM recognition_audit_checkpoints WHERE chain = ?').run('hue');
    const head = db
      .prepare('SELECT seq, hash FROM recognition_audit_events WHERE chain = ? ORDER BY seq DESC')
      .get('hue') as { seq: number; hash: string };
    db.close();
    expect(gone).toBeGreaterThan(0);
    fs.writeFileSync(
      path.join(province.tmp, 'audit-anchor.chains', `${Buffer.from('hue').toString('hex')}.json`),
      JSON.stringify(
        signAnchor(
          { seq: Number(head.seq), hash: head.hash, at: new Date().toISOString(), chain: 'hue' },
          province.env.DIENHINH_AUDIT_KEY!,
        ),
      ),
    );
    // On its own the shortened log reads as whole: nothing left at the province says otherwise.
    const alone = await verify([]);
    expect(alone.code, alone.out).toBe(0);
    // The Ministry's copy of the checkpoint finds it.
    const found = await verify(['--checkpoints', url]);
    expect(found.code, found.out).toBe(1);
    expect(found.out).toContain(`sự kiện số ${payload.seq}`);
  }, 240_000);
});
