// bench:api --queries: where a request's time goes, counted in SQL statements per table.
import type autocannon from 'autocannon';
import type { TestApp } from '../../test/helpers/strapi';

/**
 * `--queries`: the SQL each route runs per request, counted over 20 requests in sequence and
 * grouped by table, to show where a write's time goes (load, checks, audit append).
 */
export async function countQueries(
  label: string,
  app: TestApp,
  cases: [string, Partial<autocannon.Options> & { path: string }][],
) {
  const knex = app.strapi.db.connection;
  for (const [name, { path, method, headers, body }] of cases) {
    const tables = new Map<string, number>();
    let total = 0;
    const onQuery = (q: { sql: string }) => {
      total++;
      const verb = q.sql.trim().split(/\s+/)[0].toLowerCase();
      const table = /(?:from|into|update)\s+[`"]?([a-z0-9_]+)/i.exec(q.sql)?.[1] ?? '';
      const k = `${verb} ${table}`.trim();
      tables.set(k, (tables.get(k) ?? 0) + 1);
    };
    knex.on('query', onQuery);
    const runs = 20;
    for (let i = 0; i < runs; i++)
      await fetch(`${app.baseUrl}${path}`, {
        method: method ?? 'GET',
        headers: headers as Record<string, string>,
        body: body as string | undefined,
      });
    knex.off('query', onQuery);
    const top = [...tables]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${(n / runs).toFixed(1)}`)
      .join(', ');
    console.log(`${label}: ${name}: ${(total / runs).toFixed(1)} queries per request (${top})`);
  }
}
