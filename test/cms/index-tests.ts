// The workflow's lookup indexes (plugins/recognition/server/src/config/indexes.ts) exist on the
// database the app started on, and a province's audit chain head is found through one, not by a scan.
import { expect, it } from 'vitest';
import { indexes, indexName } from '../../plugins/recognition/server/src/config/indexes';
import type { TestApp } from '../helpers/strapi';

export function indexTests(getApp: () => TestApp) {
  it("has every lookup index after start, and finds a chain's head through the (chain, seq) index", async () => {
    const { strapi, db } = getApp();
    const knex = strapi.db.connection;
    const existing = new Set<string>();
    for (const table of new Set(indexes.map(([t]) => t))) {
      const rows =
        db === 'postgres'
          ? (
              await knex.raw('select indexname as name from pg_indexes where tablename = ?', [
                table,
              ])
            ).rows
          : await knex.raw(`pragma index_list("${table}")`);
      for (const r of rows) existing.add(r.name);
    }
    for (const [table, columns] of indexes)
      expect(existing, `${table} (${columns.join(', ')})`).toContain(indexName(table, columns));
    const head =
      "select seq, hash from recognition_audit_events where chain = 'hue' order by seq desc limit 1";
    // On a small table PostgreSQL may rightly prefer a scan, or the index on seq alone read
    // backwards (when one chain holds most events): with scans priced out and that index dropped
    // inside a transaction that is then rolled back, the plan shows whether (chain, seq) serves the query.
    let plan = '';
    if (db === 'postgres') {
      await knex
        .transaction(async (trx: any) => {
          await trx.raw('set local enable_seqscan = off');
          await trx.raw('drop index if exists recognition_audit_events_seq_idx');
          plan = (await trx.raw(`explain ${head}`)).rows
            .map((r: Record<string, string>) => r['QUERY PLAN'])
            .join('\n');
          throw new Error('roll back');
        })
        .catch((e: Error) => {
          if (e.message !== 'roll back') throw e;
        });
    } else
      plan = (await knex.raw(`explain query plan ${head}`))
        .map((r: { detail: string }) => r.detail)
        .join('\n');
    expect(plan).toContain(indexName('recognition_audit_events', ['chain', 'seq']));
  });
}
