// PostgreSQL: pg_dump inside one exported snapshot, the same one the row counts and the uploads
// are read in, so that the manifest describes exactly the dump; restored with pg_restore in one
// transaction into an empty database.
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { splitUploads, UPLOAD_TABLE, urlsOf, type DatabaseFacts, type UploadRow } from './sqlite';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) =>
      reject(new Error(`Không chạy được ${cmd} (${e.message}): cài postgresql-client.`)),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} dừng với mã ${code}: ${err.trim()}`)),
    );
  });
}

async function factsIn(client: Client): Promise<DatabaseFacts> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const tables: Record<string, number> = {};
  for (const { name } of rows) {
    const r = await client.query(`SELECT count(*)::bigint AS n FROM "${name.replace(/"/g, '""')}"`);
    tables[name] = Number(r.rows[0].n);
  }
  const urls = rows.some((r) => r.name === 'files')
    ? urlsOf((await client.query<UploadRow>('SELECT url, formats FROM files')).rows)
    : [];
  const stored = rows.some((r) => r.name === UPLOAD_TABLE)
    ? (await client.query<{ name: string }>(`SELECT name FROM ${UPLOAD_TABLE}`)).rows.map(
        (r) => r.name,
      )
    : [];
  return { tables, ...splitUploads(urls, stored) };
}

export async function snapshotPostgres(url: string, dest: string): Promise<DatabaseFacts> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snap = (await client.query('SELECT pg_export_snapshot() AS s')).rows[0].s as string;
    const facts = await factsIn(client);
    await run('pg_dump', [
      `--snapshot=${snap}`,
      '--format=custom',
      '--no-owner',
      `--file=${dest}`,
      `--dbname=${url}`,
    ]);
    await client.query('COMMIT');
    return facts;
  } finally {
    await client.end();
  }
}

export async function factsOfPostgres(url: string): Promise<DatabaseFacts> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await factsIn(client);
  } finally {
    await client.end();
  }
}

/** Restores the dump into the database at `url`, which must hold no table yet. */
export async function restorePostgres(dump: string, url: string): Promise<void> {
  const present = await factsOfPostgres(url);
  if (Object.keys(present.tables).length > 0)
    throw new Error(
      `Cơ sở dữ liệu đích đã có ${Object.keys(present.tables).length} bảng: khôi phục chỉ vào một cơ sở dữ liệu trống (tạo mới, rồi chạy lại).`,
    );
  await run('pg_restore', [
    '--no-owner',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${url}`,
    dump,
  ]);
}
