// The door every room's index.ts opens onto its own services: Strapi keeps one instance of each
// (tests replace a method on it, as the clock's `now`), typed by the file that builds it.
import type { Core } from '@strapi/strapi';

export function pluginService<Factory extends (deps: { strapi: Core.Strapi }) => unknown>(
  strapi: Core.Strapi,
  key: string,
): ReturnType<Factory> {
  return strapi.plugin('recognition').service(key) as ReturnType<Factory>;
}

/**
 * Serialises work on `key` until the surrounding transaction ends. PostgreSQL takes a
 * transaction-scoped advisory lock; SQLite needs none, as Strapi gives it a single connection,
 * so transactions already run one at a time.
 */
export async function lockKey(strapi: Core.Strapi, key: string): Promise<void> {
  if (!strapi.db.inTransaction())
    throw new Error(`lockKey(${key}) must run inside strapi.db.transaction`);
  if (strapi.db.dialect.client !== 'postgres') return;
  await rawInTransaction(strapi, 'select pg_advisory_xact_lock(hashtext(?))', [key]);
}

/** Runs SQL on the surrounding transaction's connection (PostgreSQL's answer: `rows`). */
export async function rawInTransaction<Row = unknown>(
  strapi: Core.Strapi,
  sql: string,
  bindings: unknown[] = [],
): Promise<{ rows: Row[] }> {
  // Inside a transaction, transaction() without a callback hands back the current one.
  const current = await (
    strapi.db as unknown as {
      transaction(): Promise<{
        get(): { raw(sql: string, bindings: unknown[]): Promise<{ rows: Row[] }> };
      }>;
    }
  ).transaction();
  return current.get().raw(sql, bindings);
}
