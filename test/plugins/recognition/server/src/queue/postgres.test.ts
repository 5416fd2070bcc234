// The shared queue on a real PostgreSQL (the throwaway cluster): two queues on one database stand
// for two nodes. Every job runs exactly once, both nodes take a share, failures are retried and
// then kept with their message, and a malformed job is refused at the edge.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg, { Client } from 'pg';
import { postgresQueue } from '../../../../../../plugins/recognition/server/src/queue/postgres';
import type {
  CertificateBatch,
  JobQueue,
} from '../../../../../../plugins/recognition/server/src/queue/types';
import { createDatabase } from '../../../../../helpers/strapi';

const policy = { retryLimit: 2, retryDelaySeconds: 0, expireInSeconds: 60 };
const quiet = { warn: () => undefined, error: () => undefined };
const batch = (n: number): CertificateBatch => ({
  jurisdiction: 'hue',
  year: 2026,
  serials: [`2026-AAAA-BBBB-${String(n).padStart(4, '0')}`],
});
const until = async (check: () => Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('postgresQueue', () => {
  let url: string;
  let a: JobQueue;
  let b: JobQueue;

  beforeAll(async () => {
    // As Strapi does at boot for the whole process: JSONB comes back as text. The queue must not
    // depend on it.
    pg.types.setTypeParser(pg.types.builtins.JSONB, 'text', (v: string) => v);
    url = await createDatabase(inject('pgAdminUrl'));
    // Started together, as nodes booting at once: the schema is installed once.
    [a, b] = await Promise.all([
      postgresQueue({
        connection: { connectionString: url },
        schema: 'pgboss',
        policy,
        pollMs: 50,
        log: quiet,
      }),
      postgresQueue({
        connection: { connectionString: url },
        schema: 'pgboss',
        policy,
        pollMs: 50,
        log: quiet,
      }),
    ]);
  });

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('shares 40 jobs between two nodes, each job run exactly once', async () => {
    const runs: { node: string; serial: string }[] = [];
    const handler = (node: string) => async (job: CertificateBatch) => {
      await new Promise((r) => setTimeout(r, 20));
      runs.push({ node, serial: job.serials[0] });
      return { node, issued: 1, rendered: 1 };
    };
    const ids = await a.send(Array.from({ length: 40 }, (_, i) => batch(i + 1)));
    expect(await b.pending(ids)).toBe(40);
    await Promise.all([a.work(handler('a')), b.work(handler('b'))]);
    await until(async () => (await a.pending(ids)) === 0);
    await Promise.all([a.stopWorking(), b.stopWorking()]);
    expect(runs).toHaveLength(40);
    expect(new Set(runs.map((r) => r.serial)).size).toBe(40);
    expect(runs.filter((r) => r.node === 'a').length).toBeGreaterThan(0);
    expect(runs.filter((r) => r.node === 'b').length).toBeGreaterThan(0);
    // Each job's output names the node that did it.
    const pg = new Client({ connectionString: url });
    await pg.connect();
    const { rows } = await pg.query(
      `SELECT output->>'node' AS node, count(*)::int AS n FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'completed' GROUP BY 1 ORDER BY 1`,
      [ids],
    );
    await pg.end();
    expect(rows).toEqual([
      { node: 'a', n: runs.filter((r) => r.node === 'a').length },
      { node: 'b', n: runs.filter((r) => r.node === 'b').length },
    ]);
  });

  it('retries a failing job up to the limit, then reports it failed with the last message', async () => {
    let attempts = 0;
    await a.work(async () => {
      attempts++;
      throw new Error(`Chromium không phản hồi (lần ${attempts})`);
    });
    const ids = await b.send([batch(100)]);
    await until(async () => (await b.pending(ids)) === 0);
    await a.stopWorking();
    expect(attempts).toBe(3);
    expect(await b.failures(ids)).toEqual([
      { id: ids[0], message: 'Chromium không phản hồi (lần 3)' },
    ]);
  });

  it('refuses a malformed job at the edge, without running the handler', async () => {
    let ran = false;
    await a.work(async () => {
      ran = true;
      return { node: 'a', issued: 0, rendered: 0 };
    });
    const ids = await b.send([
      { jurisdiction: 'hue', year: 2026, serials: ['<script>'] } as CertificateBatch,
    ]);
    await until(async () => (await b.pending(ids)) === 0);
    await a.stopWorking();
    expect(ran).toBe(false);
    const [failure] = await b.failures(ids);
    expect(failure.message).toMatch(/^dữ liệu công việc không hợp lệ/);
  });

  it('stopWorking() waits for the job in hand', async () => {
    let finished = false;
    await a.work(async () => {
      await new Promise((r) => setTimeout(r, 300));
      finished = true;
      return { node: 'a', issued: 1, rendered: 1 };
    });
    const ids = await b.send([batch(200)]);
    await until(async () => (await b.pending(ids)) === 1 && (await activeCount(url, ids)) === 1);
    await a.stopWorking();
    expect(finished).toBe(true);
    expect(await b.pending(ids)).toBe(0);
  });

  it('names a bad schema in Vietnamese instead of interpolating it into SQL', async () => {
    await expect(
      postgresQueue({
        connection: { connectionString: url },
        schema: 'x; drop table y',
        policy,
        pollMs: 50,
        log: quiet,
      }),
    ).rejects.toThrow(/DIENHINH_QUEUE_SCHEMA.*không phải tên schema hợp lệ/);
  });
});

async function activeCount(url: string, ids: string[]): Promise<number> {
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const { rows } = await pg.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'active'`,
      [ids],
    );
    return rows[0].n;
  } finally {
    await pg.end();
  }
}
