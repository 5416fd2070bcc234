// When the last backup was taken, kept in the installation's own database (Strapi's core store)
// so that every node, `npm run doctor` and the metrics read the same answer.
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { DatabaseTarget } from './installation';

const KEY = 'dienhinh_last_backup';
const TABLE = 'strapi_core_store_settings';

export type LastBackup = { at: string; dir: string; files: number; bytes: number; tookMs: number };

export async function recordBackup(db: DatabaseTarget, last: LastBackup): Promise<void> {
  const value = JSON.stringify(last);
  if (db.client === 'sqlite') {
    const conn = new Database(db.file, { fileMustExist: true, timeout: 10_000 });
    try {
      const update = conn.prepare(`UPDATE ${TABLE} SET value = ? WHERE key = ?`).run(value, KEY);
      if (update.changes === 0)
        conn
          .prepare(`INSERT INTO ${TABLE} (key, value, type) VALUES (?, ?, 'object')`)
          .run(KEY, value);
    } finally {
      conn.close();
    }
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
  let raw: string | undefined;
  if (db.client === 'sqlite') {
    const conn = new Database(db.file, { readonly: true, fileMustExist: true });
    try {
      raw = (
        conn.prepare(`SELECT value FROM ${TABLE} WHERE key = ?`).get(KEY) as
          | { value?: string }
          | undefined
      )?.value;
    } finally {
      conn.close();
    }
  } else {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      raw = (await client.query(`SELECT value FROM ${TABLE} WHERE key = $1`, [KEY])).rows[0]?.value;
    } finally {
      await client.end();
    }
  }
  return raw ? (JSON.parse(raw) as LastBackup) : null;
}
