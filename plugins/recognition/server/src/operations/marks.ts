// Marks an installation leaves for its operator in its own database (Strapi's core store), so
// that every node reads the same: when the audit log was last walked whole, with its verdict,
// and when the last backup was taken (written by `npm run backup`: in the database on
// PostgreSQL, in a file beside the database on SQLite, scripts/lib/backup/last-backup.ts).
import fs from 'node:fs';
import type { Core } from '@strapi/strapi';

const TABLE = 'strapi_core_store_settings';
export const LAST_BACKUP = 'dienhinh_last_backup';
export const LAST_CHAIN_CHECK = 'dienhinh_last_chain_check';

export type LastChainCheck = { at: string; ok: boolean; events: number };

export async function readMark<T>(strapi: Core.Strapi, key: string): Promise<T | null> {
  const row = await strapi.db.connection(TABLE).where({ key }).first('value');
  if (!row?.value) return null;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return null;
  }
}

export async function writeMark(strapi: Core.Strapi, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  const updated = await strapi.db.connection(TABLE).where({ key }).update({ value: text });
  if (!updated) await strapi.db.connection(TABLE).insert({ key, value: text, type: 'object' });
}

/** The last backup `npm run backup` recorded, wherever it records it for this database. */
export async function readLastBackup(strapi: Core.Strapi): Promise<{ at: string } | null> {
  if (strapi.db.dialect.client !== 'sqlite') return readMark(strapi, LAST_BACKUP);
  const connection = strapi.config.get('database.connection') as {
    connection: { filename: string };
  };
  const file = `${connection.connection.filename}.last-backup.json`;
  try {
    return JSON.parse(await fs.promises.readFile(file, 'utf8')) as { at: string };
  } catch {
    return null;
  }
}
