// When the last backup was taken, where every reader finds it: on PostgreSQL in the database
// (Strapi's core store), read by every node; on SQLite in a file beside the database, never in
// it: a second process writing the database would fail the server's own write transactions
// ("database is locked") while they wait on each other.
import fs from 'node:fs';
import { Client } from 'pg';
import type { DatabaseTarget } from './installation';

const KEY = 'dienhinh_last_backup';
const TABLE = 'strapi_core_store_settings';
/** Beside an SQLite database: the file the server reads too (operations/marks.ts). */
export const lastBackupFile = (dbFile: string) => `${dbFile}.last-backup.json`;

export type LastBackup = { at: string; dir: string; files: number; bytes: number; tookMs: number };

export async function recordBackup(db: DatabaseTarget, last: LastBackup): Promise<void> {
  const value = JSON.stringify(last);
  if (db.client === 'sqlite') {
    const file = lastBackupFile(db.file);
    fs.writeFileSync(`${file}.tmp`, value, { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
    return;
  }
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const update = await client.query(`UPDATE ${TABLE} SET value = $1 WHERE key = $2`, [
      value,
      KEY,
    ]);
    if (update.rowCount === 0)
      await client.query(`INSERT INTO ${TABLE} (key, value, type) VALUES ($1, $2, 'object')`, [
        KEY,
        value,
      ]);
  } finally {
    await client.end();
  }
}

export async function readLastBackup(db: DatabaseTarget): Promise<LastBackup | null> {
  if (db.client === 'sqlite') {
    const file = lastBackupFile(db.file);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as LastBackup) : null;
  }
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const raw = (await client.query(`SELECT value FROM ${TABLE} WHERE key = $1`, [KEY])).rows[0]
      ?.value;
    return raw ? (JSON.parse(raw) as LastBackup) : null;
  } finally {
    await client.end();
  }
}
