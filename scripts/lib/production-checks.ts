// Checks `npm start` makes before serving for real: the signing key is a real one (or the demo
// key is allowed on purpose), and no demonstration account still logs in with its published
// demo password. Each failure is one message naming the problem and the fix.
import fs from 'node:fs';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { Client } from 'pg';
import { demoKeyRefusal } from '../../plugins/recognition/server/src/decisions';

const root = path.resolve(__dirname, '..', '..');

export const checkSigningKey = async (): Promise<string | undefined> =>
  demoKeyRefusal({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' }) ?? undefined;

/** The e-mails of the demonstration accounts, and the passwords they were given. */
function demoAccounts(): { emails: string[]; passwords: string[] } {
  const seed = JSON.parse(
    fs.readFileSync(path.join(root, 'data', 'demo', 'accounts.json'), 'utf8'),
  ) as { admins: { email: string }[]; users: { email: string }[] };
  const emails = [
    process.env.DEMO_ADMIN_EMAIL || 'admin@dienhinh.local',
    ...seed.admins.map((a) => a.email),
    ...seed.users.map((u) => u.email),
  ].map((e) => e.toLowerCase());
  const passwords = [
    ...new Set(
      ['DienHinh@2026', process.env.DEMO_PASSWORD, process.env.DEMO_ADMIN_PASSWORD].filter(
        (p): p is string => !!p,
      ),
    ),
  ];
  return { emails, passwords };
}

async function accountRows(
  emails: string[],
): Promise<{ email: string; password: string | null; blocked: boolean }[]> {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  const sql = (table: string, blocked: string, ph: (i: number) => string) =>
    `select email, password, ${blocked} as blocked from ${table} where lower(email) in (${emails.map((_, i) => ph(i)).join(',')})`;
  if (client === 'sqlite') {
    const file = path.resolve(root, 'cms', process.env.DATABASE_FILENAME ?? '.tmp/data.db');
    if (!fs.existsSync(file)) return [];
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const has = (t: string) =>
        !!db.prepare("select name from sqlite_master where type='table' and name=?").get(t);
      const rows = [];
      if (has('admin_users'))
        rows.push(
          ...(db
            .prepare(
              sql('admin_users', 'coalesce(blocked, 0) or not coalesce(is_active, 1)', () => '?'),
            )
            .all(...emails) as any[]),
        );
      if (has('up_users'))
        rows.push(
          ...(db
            .prepare(sql('up_users', 'coalesce(blocked, 0)', () => '?'))
            .all(...emails) as any[]),
        );
      return rows.map((r) => ({ ...r, blocked: !!r.blocked }));
    } finally {
      db.close();
    }
  }
  const pg = new Client(
    process.env.DATABASE_URL
      ? { connectionString: process.env.DATABASE_URL }
      : {
          host: process.env.DATABASE_HOST ?? '127.0.0.1',
          port: Number(process.env.DATABASE_PORT ?? 5432),
          database: process.env.DATABASE_NAME ?? 'dienhinh',
          user: process.env.DATABASE_USERNAME ?? 'dienhinh',
          password: process.env.DATABASE_PASSWORD ?? '',
        },
  );
  await pg.connect();
  try {
    const rows = [];
    for (const [table, blocked] of [
      ['admin_users', 'coalesce(blocked, false) or not coalesce(is_active, true)'],
      ['up_users', 'coalesce(blocked, false)'],
    ]) {
      const exists = await pg.query('select to_regclass($1) as t', [table]);
      if (exists.rows[0].t)
        rows.push(
          ...(
            await pg.query(
              sql(table, blocked, (i) => `$${i + 1}`),
              emails,
            )
          ).rows,
        );
    }
    return rows;
  } finally {
    await pg.end();
  }
}

export async function checkDemoPasswords(): Promise<string | undefined> {
  const { emails, passwords } = demoAccounts();
  const still: string[] = [];
  for (const row of await accountRows(emails)) {
    if (row.blocked || !row.password) continue;
    for (const p of passwords) if (await bcrypt.compare(p, row.password)) still.push(row.email);
  }
  if (!still.length) return undefined;
  return (
    `Các tài khoản demo vẫn dùng mật khẩu demo công khai: ${[...new Set(still)].join(', ')} (demo passwords still in use). ` +
    'Đổi mật khẩu của từng tài khoản (quản trị: trang Hồ sơ / Profile; cán bộ, hội đồng: "Quên mật khẩu"), hoặc khóa (blocked) tài khoản không dùng, rồi chạy lại npm start.'
  );
}
