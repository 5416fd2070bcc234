// Where what every node must see is kept, by one setting (DIENHINH_FILE_STORE): `database`, the
// default on PostgreSQL (nodes share nothing else), or `disk`, the default on SQLite (one machine):
// the private store's files, the audit chains' anchors and the attestation keys the app makes.
import type { Core } from '@strapi/strapi';

export type SharedStoreKind = 'database' | 'disk';

export function sharedStoreKind(strapi: Core.Strapi): SharedStoreKind {
  const set = process.env.DIENHINH_FILE_STORE;
  if (set === 'database' || set === 'disk') return set;
  if (set) throw new Error(`DIENHINH_FILE_STORE: là "database" hoặc "disk" (đang đặt "${set}").`);
  return strapi.db.dialect.client === 'postgres' ? 'database' : 'disk';
}

/** A table made on first need by whichever node gets there first (a second CREATE finds it made). */
export async function ensureTable(
  strapi: Core.Strapi,
  name: string,
  build: Parameters<Core.Strapi['db']['connection']['schema']['createTable']>[1],
): Promise<void> {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(name)) return;
  await knex.schema.createTable(name, build).catch(async (err: unknown) => {
    if (!(await knex.schema.hasTable(name))) throw err;
  });
}
