// The preflight script as a user meets it: one clear line per problem, exit code 1.
import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/postgres-cluster';

const root = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);

async function preflight(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/preflight.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, DATABASE_CLIENT: 'sqlite', DATABASE_URL: '', ...env },
      },
    );
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('preflight', () => {
  it('passes on a healthy machine with a free port', async () => {
    const port = await freePort();
    const r = await preflight([], { PORT: String(port), HOST: '127.0.0.1' });
    expect(r).toEqual({ code: 0, out: '' });
  });

  it('names a busy port and the fix', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as net.AddressInfo;
    try {
      const r = await preflight(['port'], { PORT: String(port), HOST: '127.0.0.1' });
      expect(r.code).toBe(1);
      expect(r.out).toContain(`Cổng ${port} đang được một chương trình khác dùng`);
      expect(r.out).toContain(`PORT=${port + 1} npm run demo`);
      expect(r.out).not.toMatch(/\n\s+at /);
    } finally {
      server.close();
    }
  });

  it('names a malformed DATABASE_URL and the expected form', async () => {
    const r = await preflight(['database'], {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: 'localhost:5432 dienhinh',
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('DATABASE_URL');
    expect(r.out).toContain('postgres://');
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it('names an unreachable database, where it was looked for, and the fix', async () => {
    const port = await freePort();
    const r = await preflight(['database'], {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: `postgres://u:p@127.0.0.1:${port}/dienhinh`,
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Không kết nối được PostgreSQL tại 127.0.0.1:${port}/dienhinh`);
    expect(r.out).toContain('ECONNREFUSED');
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it('names a missing Chromium and how to install it', async () => {
    const r = await preflight(['pipeline'], { DIENHINH_CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('Không tìm thấy Chromium tại /nonexistent/chromium');
    expect(r.out).toContain('apt-get install -y chromium');
  });

  it('names a bad work-queue setting and what is allowed', async () => {
    const r = await preflight(['pipeline'], {
      DIENHINH_WORKER: 'yes',
      DIENHINH_QUEUE_RETRIES: '-1',
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('DIENHINH_WORKER="yes": phải là một trong: on, off');
    expect(r.out).toContain('DIENHINH_QUEUE_RETRIES="-1": phải ≥ 0');
  });

  it('rejects an unsupported DATABASE_CLIENT', async () => {
    const r = await preflight(['database'], { DATABASE_CLIENT: 'mysql' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('DATABASE_CLIENT=mysql không được hỗ trợ');
  });
});

describe('preflight for npm start', () => {
  it('refuses the demo signing key in production unless it is allowed on purpose', async () => {
    const refused = await preflight(['signing'], {
      NODE_ENV: 'production',
      DIENHINH_SIGN_P12: '',
      DIENHINH_ALLOW_DEMO_KEY: '',
    });
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('✗ DIENHINH_SIGN_P12 chưa đặt: ở chế độ production');
    expect(refused.out).toContain('DIENHINH_ALLOW_DEMO_KEY=true');
    expect(
      await preflight(['signing'], {
        NODE_ENV: 'production',
        DIENHINH_SIGN_P12: '',
        DIENHINH_ALLOW_DEMO_KEY: 'true',
      }),
    ).toEqual({ code: 0, out: '' });
  });

  it('refuses to start while a demo account still has the demo password, naming it and how to change it', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const bcrypt = (await import('bcryptjs')).default;
    const Database = (await import('better-sqlite3')).default;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-demo-pw-')), 'data.db');
    const db = new Database(file);
    db.exec(
      'create table admin_users (id integer primary key, email text, password text, blocked boolean, is_active boolean); create table up_users (id integer primary key, email text, password text, blocked boolean)',
    );
    db.prepare(
      'insert into admin_users (email, password, blocked, is_active) values (?, ?, 0, 1)',
    ).run('pheduyet@dienhinh.local', bcrypt.hashSync('DienHinh@2026', 4));
    db.prepare('insert into up_users (email, password, blocked) values (?, ?, 0)').run(
      'hoidong1@dienhinh.local',
      bcrypt.hashSync('Mat-khau-rieng-1', 4),
    );
    db.close();
    const env = { DATABASE_FILENAME: file, DEMO_PASSWORD: '', DEMO_ADMIN_PASSWORD: '' };
    const r = await preflight(['demo-passwords'], env);
    expect(r.code).toBe(1);
    expect(r.out).toContain('vẫn dùng mật khẩu demo công khai: pheduyet@dienhinh.local');
    expect(r.out).not.toContain('hoidong1');
    expect(r.out).toContain('Đổi mật khẩu');
    const again = new Database(file);
    again
      .prepare('update admin_users set password = ?')
      .run(bcrypt.hashSync('Mat-khau-moi-2026', 4));
    again.close();
    expect(await preflight(['demo-passwords'], env)).toEqual({ code: 0, out: '' });
  });
});
