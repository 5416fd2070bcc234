// The import CLI as an editor runs it: a fresh SQLite file seeded at boot, a good CSV, the same
// CSV again, then a CSV with one bad row.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSecrets } from '../helpers/app-env';

const root = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);

// Each command boots the app on its own (seconds apiece); generous limits keep a busy CI green.
describe('the command-line tools', { timeout: 300_000 }, () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-cli-'));
    env = {
      ...(process.env as Record<string, string>),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.relative(path.join(root, 'cms'), path.join(dir, 'data.db')),
      ...appSecrets(dir),
      DIENHINH_DEMO_SEED: 'true',
      DEMO_ADMIN_EMAIL: 'cli@test.local',
      DEMO_ADMIN_PASSWORD: 'Test@12345',
    };
    fs.writeFileSync(
      path.join(dir, 'good.csv'),
      'kind,name,code\nxa,Một,99801\nphuong,Hai,99802\nco_quan,Cơ quan Ba,DT-CQ-801\n',
    );
    fs.writeFileSync(path.join(dir, 'bad.csv'), 'kind,name,code\nxa,Bốn,99804\nxa,Năm,99804\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        'node',
        [path.join(root, 'scripts/dist/import-units.js'), ...args],
        { cwd: root, env, timeout: 120_000 },
      );
      return { code: 0, out: stdout + stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };

  it('imports, re-imports without change, and refuses a file with a bad row', async () => {
    const first = await cli(path.join(dir, 'good.csv'), '--jurisdiction', 'dong-thap');
    expect(first.out).toContain('✓ Đã nhập: 3 dòng — thêm mới 3, cập nhật 0, không đổi 0.');
    expect(first.out).toContain('Nhập đơn vị [');
    expect(first.code).toBe(0);

    const again = await cli(path.join(dir, 'good.csv'), '--jurisdiction', 'dong-thap');
    expect(again.out).toContain('thêm mới 0, cập nhật 0, không đổi 3.');

    const bad = await cli(path.join(dir, 'bad.csv'), '--jurisdiction', 'dong-thap');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('✗ Không nhập gì: 1 lỗi trong 2 dòng.');
    expect(bad.out).toContain('Dòng 3, cột "code" (giá trị "99804"): mã đơn vị trùng với dòng 2');
  });

  it("makes officers' and council members' accounts from a list, refusing a list with a bad row", async () => {
    const run1 = async (file: string, ...extra: string[]) => {
      try {
        // SMTP points at a closed loopback port: the invitations are tried and fail at once.
        const { stdout, stderr } = await run(
          'node',
          [
            path.join(root, 'scripts/dist/import-accounts.js'),
            file,
            '--jurisdiction',
            'dong-thap',
            ...extra,
          ],
          { cwd: root, env: { ...env, SMTP_HOST: '127.0.0.1', SMTP_PORT: '9' }, timeout: 120_000 },
        );
        return { code: 0, out: stdout + stderr };
      } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, out: e.stdout + e.stderr };
      }
    };
    fs.writeFileSync(
      path.join(dir, 'people.csv'),
      'full_name,email,role,unit_code\nPhạm Văn Một,mot@cli.test,cán bộ đơn vị,99801\nĐỗ Thị Hai,hai@cli.test,thành viên hội đồng,\n',
    );
    fs.writeFileSync(
      path.join(dir, 'people-bad.csv'),
      'full_name,email,role,unit_code\nPhạm Văn Ba,ba@cli.test,cán bộ đơn vị,\n',
    );
    const bad = await run1(path.join(dir, 'people-bad.csv'));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('✗ Không tạo tài khoản nào: 1 lỗi trong 1 dòng.');
    expect(bad.out).toContain('cán bộ đơn vị cần mã đơn vị');
    const ok = await run1(path.join(dir, 'people.csv'));
    // The accounts are made even when the invitations cannot leave; the log says which failed.
    expect(ok.out).toContain('✓ Đã nhập: 2 dòng — tài khoản mới 2, đã có 0, đã gửi thư mời 0.');
    expect(ok.out).toContain('không gửi được thư mời đến mot@cli.test');
    expect(ok.code).toBe(0);
    expect((await run1(path.join(dir, 'people.csv'))).out).toContain(
      'tài khoản mới 0, đã có 2, đã gửi thư mời 0.',
    );
  });

  it('verifies the audit chain from the command line, and names a tampered event', async () => {
    const ok = await run('node', [path.join(root, 'scripts/dist/audit-verify.js')], {
      cwd: root,
      env,
      timeout: 120_000,
    });
    expect(ok.stdout).toMatch(/✓ Nhật ký nguyên vẹn: \d+ sự kiện/);
    // Tamper with the first event directly in the SQLite file, as an intruder with file access would.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(dir, 'data.db'));
    db.prepare(
      "update recognition_audit_events set actor = 'ke-gian@example.com' where seq = 1",
    ).run();
    db.close();
    const broken = await run('node', [path.join(root, 'scripts/dist/audit-verify.js')], {
      cwd: root,
      env,
      timeout: 120_000,
    }).catch((e) => e);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('✗ Chuỗi nhật ký bị phá vỡ ở sự kiện số 1');
  });

  it('lists and renders documents, and issues a year’s certificates exactly once (resumable)', async () => {
    const node = (script: string, ...args: string[]) =>
      run('node', [path.join(root, 'scripts/dist', script), ...args], {
        cwd: root,
        env,
        timeout: 180_000,
      });
    const list = await node('render.js', '--list');
    const lines = list.stdout.trim().split('\n');
    expect(lines).toContain('plan hue-487-kh-ubnd Kế hoạch số 487/KH-UBND');
    expect(
      lines.every((l) =>
        /^(plan|decision|certificate|minutes|dossier-report|registration-form|report) \S+ .+$/.test(
          l,
        ),
      ),
    ).toBe(true);
    // As after `npm run demo` (production mode, the demo key not allowed by cms/.env): a listing
    // and an unsigned plan need no signing key.
    const production = await run('node', [path.join(root, 'scripts/dist/render.js'), '--list'], {
      cwd: root,
      env: { ...env, NODE_ENV: 'production', DIENHINH_ALLOW_DEMO_KEY: '' },
      timeout: 180_000,
    });
    expect(production.stdout).toContain('plan hue-487-kh-ubnd Kế hoạch số 487/KH-UBND');
    const out = path.join(dir, 'plan.pdf');
    const rendered = await node('render.js', 'plan', 'dong-thap-67-kh-ubnd', '--out', out);
    expect(rendered.stdout).toContain('✓ KẾ HOẠCH số 67/KH-UBND');
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    // The demo year left two Huế units proposed: recognise them and issue their decision, then
    // issue their certificates with the command (this process leaves them to it).
    const { createStrapiForTest } = await import('../helpers/cli-strapi');
    await createStrapiForTest(env, async (strapi: any) => {
      const ids = (
        await strapi.db
          .query('plugin::recognition.registration')
          .findMany({ where: { state: 'proposed' } })
      ).map((r: any) => r.documentId);
      strapi.plugin('recognition').service('clock').now = () => new Date('2026-12-08T03:00:00Z');
      // Four-eyes compares persons: the approver is a person of their own, not the proposer.
      const person = await strapi.db
        .query('plugin::recognition.person')
        .create({ data: { fullName: 'Người phê duyệt thử' } });
      const approver = {
        id: 'pheduyet2@test.local',
        personId: person.documentId,
        role: 'approver',
        scope: { all: true },
      };
      const { decision } = await strapi
        .plugin('recognition')
        .service('approvals')
        .recognise(approver, ids, 'cli-test-recognise');
      strapi.plugin('recognition').service('jobs').startIssuing = async () => ({ queued: 0 });
      await strapi
        .plugin('recognition')
        .service('decisions')
        .issue(approver, decision.documentId, {
          number: '2788/QĐ-UBND',
          date: '2026-12-08',
          signer: 0,
          recipients: ['Lưu: VT.'],
        });
    });
    const first = await node('certificates.js', '--jurisdiction', 'hue', '--year', '2026');
    expect(first.stdout).toMatch(/2 giấy chứng nhận năm 2026 \(hue\): cấp mới 2, đã có từ trước 0/);
    expect(first.stdout + first.stderr).toContain('Cấp giấy chứng nhận [');
    const again = await node('certificates.js', '--jurisdiction', 'hue', '--year', '2026');
    expect(again.stdout).toMatch(/cấp mới 0, đã có từ trước 2/);
  });

  it('refuses to start a worker process on SQLite, saying why', async () => {
    const r = await run('node', [path.join(root, 'scripts/dist/worker.js')], {
      cwd: root,
      env,
      timeout: 120_000,
    }).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '✗ Tiến trình worker cần PostgreSQL (DATABASE_CLIENT=postgres); đang dùng sqlite.',
    );
  });

  it('explains how to call it when arguments are missing', async () => {
    const r = await cli(path.join(dir, 'good.csv'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Cách dùng: npm run import:units');
  });
});
