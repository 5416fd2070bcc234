// /metrics as the operator's Prometheus scrapes it: only with the token; request latency by route
// group, failed logins, the render pool, the job queue, and the ages of the last whole audit
// check and the last backup, which move when those run.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { METRICS_TOKEN, type TestApp } from '../helpers/strapi';

export function metricsTests(getApp: () => TestApp) {
  const scrape = async (baseUrl: string, token = METRICS_TOKEN) =>
    fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    if (line === undefined) return undefined;
    const raw = line.slice(series.length + 1);
    return raw === '+Inf' ? Infinity : Number(raw);
  };

  it('answers /metrics only with the operator token, in Prometheus text, with every figure an operator watches', async () => {
    const { baseUrl, strapi } = getApp();
    expect((await fetch(`${baseUrl}/metrics`)).status).toBe(401);
    const wrong = await scrape(baseUrl, `${METRICS_TOKEN}x`);
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.message).toContain('DIENHINH_METRICS_TOKEN');

    const before = await (await scrape(baseUrl)).text();
    const failed = (t: string) =>
      value(t, 'dienhinh_failed_logins_total{route="/api/auth/local"}') ?? 0;
    await fetch(`${baseUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'khong-co-ai@metrics.test', password: 'Sai@12345' }),
    });
    await fetch(`${baseUrl}/cong-nhan/hue/2025.json`);
    // A whole audit check and a backup's mark, as the nightly check and npm run backup leave them.
    await strapi.plugin('recognition').service('audit').verify({});
    const res = await scrape(baseUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(failed(text)).toBe(failed(before) + 1);
    expect(text).toMatch(
      /^dienhinh_http_request_duration_seconds_count\{group="public-register",method="GET",status="2xx"\} [1-9]/m,
    );
    expect(text).toMatch(/^dienhinh_http_request_duration_seconds_bucket\{[^}]*group="login"/m);
    for (const series of [
      'dienhinh_render_pool_jobs{state="active"}',
      'dienhinh_render_pool_jobs{state="queued"}',
      'dienhinh_render_pool_done{outcome="failed"}',
      'dienhinh_queue_jobs{state="waiting"}',
      'dienhinh_queue_jobs{state="failed"}',
    ])
      expect(value(text, series), series).toBeGreaterThanOrEqual(0);
    expect(value(text, 'dienhinh_audit_chain_check_ok')).toBe(1);
    expect(value(text, 'dienhinh_audit_chain_check_age_seconds')).toBeLessThan(60);
    expect(text).toMatch(/^dienhinh_process_resident_memory_bytes \d+/m);
    // No backup yet on this installation: its age is infinite until one is recorded, where
    // npm run backup records it (in the database on PostgreSQL, beside the SQLite file).
    const knex = strapi.db.connection;
    const key = 'dienhinh_last_backup';
    const sqliteMark = `${strapi.config.get('database.connection').connection.filename}.last-backup.json`;
    const record = async (value: { at: string } | null) => {
      if (getApp().db === 'sqlite') {
        if (value) fs.writeFileSync(sqliteMark, JSON.stringify(value));
        else fs.rmSync(sqliteMark, { force: true });
        return;
      }
      await knex('strapi_core_store_settings').where({ key }).delete();
      if (value)
        await knex('strapi_core_store_settings').insert({
          key,
          value: JSON.stringify(value),
          type: 'object',
        });
    };
    await record(null);
    expect(value(await (await scrape(baseUrl)).text(), 'dienhinh_backup_age_seconds')).toBe(
      Infinity,
    );
    await record({ at: new Date(Date.now() - 3_600_000).toISOString() });
    const age = value(await (await scrape(baseUrl)).text(), 'dienhinh_backup_age_seconds')!;
    expect(age).toBeGreaterThan(3590);
    expect(age).toBeLessThan(3700);
  });
}
