// The restore drill, on both databases: the demo's year loaded, a backup taken while audit events
// keep being written, the app stopped and its uploads removed, the snapshot restored into a new,
// empty installation; then the chain and every anchor verify, each table's rows match the
// manifest, the public register, a certificate and its check answer as before, its signature
// still validates; a tampered snapshot is refused with nothing written. The doctor is asked
// about the running source on the way.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { pdfSignatures } from '../helpers/poppler';
import { startSmtp } from '../helpers/smtp';
import {
  bootApp,
  createDatabase,
  cmsDir,
  projectRoot,
  type DbTarget,
  type TestApp,
} from '../helpers/strapi';

const run = promisify(execFile);
const cli = (name: string, args: string[], env: NodeJS.ProcessEnv) =>
  run(process.execPath, [path.join(projectRoot, 'scripts/dist', `${name}.js`), ...args], {
    env: { ...env, STRAPI_LOG_LEVEL: 'error' },
    maxBuffer: 16 << 20,
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      out: e.stdout + e.stderr,
    }),
  );

type Seen = { register: string; csv: string; verify: string; pdf: Buffer; serial: string };

async function look(baseUrl: string, serial?: string): Promise<Seen> {
  const text = async (p: string) => {
    const r = await fetch(`${baseUrl}${p}`);
    expect(r.status, p).toBe(200);
    return r.text();
  };
  const register = await text('/cong-nhan/hue/2025.json');
  const found: string | undefined =
    serial ?? JSON.parse(register).units.find((u: { serial?: string }) => u.serial)?.serial;
  expect(found, register.slice(0, 400)).toBeTruthy();
  const pdf = Buffer.from(
    await (await fetch(`${baseUrl}/api/recognition/certificates/${found}/pdf`)).arrayBuffer(),
  );
  return {
    register,
    csv: await text('/cong-nhan/hue/2025.csv'),
    verify: await text(`/verify/${found}`),
    pdf,
    serial: found!,
  };
}

function drill(name: string, target: () => DbTarget) {
  describe(`backup and restore drill (${name})`, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-drill-'));
    let restored: TestApp | undefined;
    afterAll(async () => {
      await restored?.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    });

    it('restores a year taken under writes into an empty installation, and refuses a tampered snapshot', async () => {
      const source = await bootApp(target(), {
        DIENHINH_DEMO_WORKFLOW: 'true',
        DEMO_PASSWORD: 'DienHinh@2026',
      });
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DIENHINH_BACKUP_PASSPHRASE: 'mật khẩu sao lưu thử',
      };
      let before: Seen;
      const snap = path.join(tmp, 'snap');
      // The restored installation answers at the same public address, as a restored server would.
      const publicUrl = source.baseUrl;
      let committedBefore = 0;
      try {
        before = await look(source.baseUrl);
        expect(pdfSignatures(before.pdf).every((s) => s.valid)).toBe(true);
        const audit = source.strapi.plugin('recognition').service('audit');
        const knex = source.strapi.db.connection;
        const count = async () =>
          Number((await knex('recognition_audit_events').count('* as n'))[0].n);
        // Writes keep coming while the backup runs; whatever committed before it began must be in it.
        let writing = true;
        let written = 0;
        const writer = (async () => {
          while (writing) {
            await audit.append(
              {
                action: 'drill.write',
                subjectType: 'drill',
                subjectId: String(written),
                actor: 'drill',
                actorRole: 'system',
                jurisdiction: 'hue',
              },
              new Date(),
            );
            written++;
            // A write every few milliseconds, as a busy office makes them; back-to-back, the
            // driver's synchronous SQLite calls would never let this process's timers run.
            await new Promise((r) => setTimeout(r, 5));
          }
        })();
        while (written < 5) await new Promise((r) => setTimeout(r, 20));
        committedBefore = await count();
        const taken = await cli('backup', ['--out', snap], env);
        writing = false;
        await writer;
        expect(taken.code, taken.out).toBe(0);
        expect(taken.out).toContain('Đã sao lưu');
        const manifest = JSON.parse(fs.readFileSync(path.join(snap, 'manifest.json'), 'utf8'));
        expect(manifest.tables.recognition_audit_events).toBeGreaterThanOrEqual(committedBefore);
        expect(manifest.keys.included).toBe(true);
        // Issued PDFs are files on SQLite, rows of the dump on PostgreSQL (the nodes' shared store).
        if (target().client === 'sqlite')
          expect(
            manifest.files.some((f: { path: string }) => f.path.startsWith('public/uploads/')),
          ).toBe(true);
        else expect(taken.out).toMatch(/\d+ tệp nằm trong cơ sở dữ liệu/);
        // Anchors are files beside the SQLite database, rows of the dump on PostgreSQL.
        expect(manifest.files.some((f: { path: string }) => f.path.startsWith('anchors/'))).toBe(
          target().client === 'sqlite',
        );
        expect(written).toBeGreaterThan(5);

        // The doctor on the running source: the demo key and the missing TSA named, the backup
        // just taken seen; a relay without STARTTLS is a fault, one with it is fine.
        const plain = await startSmtp();
        const withTls = new SMTPServer({ logger: false, authOptional: true });
        await new Promise<void>((r) => withTls.listen(0, '127.0.0.1', r));
        try {
          const smtpAt = (port: number) => ({
            ...env,
            SMTP_HOST: '127.0.0.1',
            SMTP_PORT: String(port),
          });
          const sick = await cli('doctor', [], smtpAt(plain.port));
          expect(sick.code, sick.out).toBe(1);
          expect(sick.out).toContain('⚠ Khóa ký: đang dùng khóa DEMO');
          expect(sick.out).toContain('⚠ Dấu thời gian: chưa đặt DIENHINH_TSA_URL');
          expect(sick.out).toContain('✗ Thư điện tử: 127.0.0.1');
          expect(sick.out).toContain('không có STARTTLS');
          expect(sick.out).toMatch(/✓ Địa chỉ công khai: http:\/\/127\.0\.0\.1:\d+ trả lời/);
          expect(sick.out).toMatch(/✓ Sao lưu: lần gần nhất .*\(0\.0 giờ trước\)/);
          expect(sick.out).toMatch(
            target().client === 'sqlite'
              ? /✓ Kho tệp riêng: .* ghi được/
              : /✓ Kho dùng chung: trong cơ sở dữ liệu .*[1-9]\d* tệp tải lên, [1-9]\d* mốc neo nhật ký, [1-9]\d* khóa mã QR/,
          );
          const port = (withTls.server.address() as AddressInfo).port;
          const well = await cli('doctor', [], smtpAt(port));
          expect(well.code, well.out).toBe(0);
          expect(well.out).toContain(`✓ Thư điện tử: 127.0.0.1:${port} có STARTTLS.`);
        } finally {
          await plain.close();
          await new Promise<void>((r) => withTls.close(() => r()));
        }
      } finally {
        await source.stop();
      }
      // The source's uploads go, as on a machine that lost them (they were its own files).
      const manifest = JSON.parse(fs.readFileSync(path.join(snap, 'manifest.json'), 'utf8'));
      const uploads = manifest.files.filter((f: { path: string }) => f.path.startsWith('public/'));
      for (const f of uploads) fs.rmSync(path.join(cmsDir, f.path), { force: true });

      // A fresh installation: its own database, private store and anchors, the same secrets.
      const fresh = path.join(tmp, 'fresh');
      const t = target();
      const freshDb =
        t.client === 'sqlite'
          ? ({ client: 'sqlite', file: path.join(fresh, 'data.db') } as const)
          : ({ ...t, url: await createDatabase(t.adminUrl) } as const);
      const freshEnv = {
        ...env,
        DIENHINH_PRIVATE_DIR: path.join(fresh, 'private'),
        DIENHINH_AUDIT_ANCHOR: path.join(fresh, 'audit-anchor.json'),
        ...(freshDb.client === 'sqlite'
          ? { DATABASE_FILENAME: path.relative(cmsDir, freshDb.file) }
          : { DATABASE_URL: freshDb.url }),
      };

      // Tampered: one byte of an issued PDF (of the dump that holds them, on PostgreSQL), then a
      // row count in the manifest. Nothing is written.
      const bad = path.join(tmp, 'bad');
      fs.cpSync(snap, bad, { recursive: true });
      const changed = uploads[0]?.path ?? manifest.database.file;
      const pdfFile = path.join(bad, changed);
      const bytes = fs.readFileSync(pdfFile);
      bytes[bytes.length >> 1] ^= 1;
      fs.writeFileSync(pdfFile, bytes);
      const refused = await cli('restore', [bad], freshEnv);
      expect(refused.code).not.toBe(0);
      expect(refused.out).toContain('không khớp SHA-256');
      fs.writeFileSync(pdfFile, fs.readFileSync(path.join(snap, changed)));
      const m2 = JSON.parse(fs.readFileSync(path.join(bad, 'manifest.json'), 'utf8'));
      m2.tables.recognition_audit_events += 1;
      fs.writeFileSync(path.join(bad, 'manifest.json'), JSON.stringify(m2));
      const refused2 = await cli('restore', [bad], freshEnv);
      expect(refused2.code).not.toBe(0);
      expect(refused2.out).toContain('Mã xác thực của bản kê');
      expect(fs.existsSync(path.join(fresh, 'private'))).toBe(false);
      for (const f of uploads) expect(fs.existsSync(path.join(cmsDir, f.path))).toBe(false);
      if (freshDb.client === 'sqlite') expect(fs.existsSync(freshDb.file)).toBe(false);

      // The real restore, with its own audit check on the restored data.
      const done = await cli('restore', [snap], freshEnv);
      expect(done.code, done.out).toBe(0);
      expect(done.out).toContain('khớp bản kê từng bảng');
      expect(done.out).toMatch(/Nhật ký nguyên vẹn sau khôi phục: \d+ sự kiện/);
      for (const f of uploads) expect(fs.existsSync(path.join(cmsDir, f.path))).toBe(true);

      // The restored data's last backup is the snapshot it came from.
      const doctor = await cli('doctor', [], freshEnv);
      expect(doctor.out).toContain(`✓ Sao lưu: lần gần nhất ${manifest.createdAt}`);

      // A restore over it is refused: never into an installation that holds data.
      const again = await cli('restore', [snap], freshEnv);
      expect(again.code).not.toBe(0);

      restored = await bootApp(freshDb, {
        DIENHINH_PRIVATE_DIR: freshEnv.DIENHINH_PRIVATE_DIR,
        DIENHINH_AUDIT_ANCHOR: freshEnv.DIENHINH_AUDIT_ANCHOR,
        DIENHINH_AUDIT_KEY: env.DIENHINH_AUDIT_KEY!,
        DIENHINH_DEMO_SEED: 'false',
        DIENHINH_PUBLIC_URL: publicUrl,
      });
      const after = await look(restored.baseUrl, before!.serial);
      expect(after.register).toBe(before!.register);
      expect(after.csv).toBe(before!.csv);
      expect(after.verify).toBe(before!.verify);
      expect(after.pdf.equals(before!.pdf)).toBe(true);
      expect(pdfSignatures(after.pdf).every((s) => s.valid)).toBe(true);
      const verdict = await restored.strapi.plugin('recognition').service('audit').verify({});
      expect(verdict.ok).toBe(true);
      const knex = restored.strapi.db.connection;
      for (const table of [
        'recognition_registrations',
        'recognition_recognitions',
        'recognition_audit_events',
      ])
        if (manifest.tables[table] !== undefined)
          expect(Number((await knex(table).count('* as n'))[0].n), table).toBe(
            manifest.tables[table],
          );
    }, 600_000);
  });
}

drill('SQLite', () => ({ client: 'sqlite' }));
drill('PostgreSQL', () => ({ client: 'postgres', adminUrl: inject('pgAdminUrl') }));
