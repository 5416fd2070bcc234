// The shared queue (PostgreSQL): jobs are rows in pg-boss's tables, so every server and worker
// process attached to the database takes its share. A job is fetched with SKIP LOCKED, so no
// two processes take the same one; a process that dies with a job in hand leaves it to expire
// and be retried by another. The work itself is idempotent (issued certificates are skipped),
// so a retried job never issues twice.
import crypto from 'node:crypto';
import PgBoss from 'pg-boss';
import pg from 'pg';
import {
  CERTIFICATE_BATCH,
  certificateBatchSchema,
  type CertificateBatch,
  type JobFailure,
  type JobHandler,
  type JobQueue,
  type RetryPolicy,
} from './types';

export type PgConnection = {
  connectionString?: string;
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
  ssl?: unknown;
};

export type PostgresQueueOptions = {
  connection: PgConnection;
  /** The schema pg-boss keeps its tables in. */
  schema: string;
  policy: RetryPolicy;
  pollMs: number;
  log: { warn(msg: string): void; error(msg: string): void };
};

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

export async function postgresQueue(opts: PostgresQueueOptions): Promise<JobQueue> {
  if (!identifier.test(opts.schema))
    throw new Error(
      `DIENHINH_QUEUE_SCHEMA: "${opts.schema}" không phải tên schema hợp lệ (chữ thường, số, "_").`,
    );
  const { connectionString, host, port, database, user, password, ssl } = opts.connection;
  // Strapi turns off pg's JSONB parsing for the whole process; pg-boss's own connections get
  // their own type parsers, so job data and output come back as objects whatever loaded first.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.JSONB, 'text', (v: string) => JSON.parse(v));
  const boss = new PgBoss({
    ...(connectionString ? { connectionString } : { host, port, database, user, password }),
    ssl,
    // Passed through to pg.Pool, which pg-boss's types leave out.
    ...({ types } as object),
    schema: opts.schema,
    application_name: 'dienhinh-queue',
    max: 3,
    // Only the work queue is used: no cron schedules.
    schedule: false,
    retryLimit: opts.policy.retryLimit,
    retryDelay: opts.policy.retryDelaySeconds,
    expireInSeconds: opts.policy.expireInSeconds,
  });
  boss.on('error', (err: Error) => opts.log.error(`recognition: queue: ${err.message}`));
  await boss.start();
  // Nodes booting at the same moment can deadlock while creating the queue (seen in CI):
  // PostgreSQL aborts one of them, which tries again and finds the queue made.
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(CERTIFICATE_BATCH, {
        name: CERTIFICATE_BATCH,
        retryLimit: opts.policy.retryLimit,
        retryDelay: opts.policy.retryDelaySeconds,
        expireInSeconds: opts.policy.expireInSeconds,
      });
      break;
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
  const db = boss.getDb();
  const table = `${opts.schema}.job`;

  let loop: Promise<void> | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  async function runOne(handler: JobHandler): Promise<boolean> {
    const [job] = await boss.fetch<unknown>(CERTIFICATE_BATCH, { batchSize: 1 });
    if (!job) return false;
    let batch: CertificateBatch;
    try {
      batch = certificateBatchSchema.parse(job.data);
    } catch (err) {
      await boss.fail(CERTIFICATE_BATCH, job.id, {
        message: `dữ liệu công việc không hợp lệ: ${(err as Error).message}`,
      });
      return true;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`quá thời hạn ${opts.policy.expireInSeconds} s`)),
          opts.policy.expireInSeconds * 1000,
        );
      });
      const output = await Promise.race([handler(batch), deadline]);
      await boss.complete(CERTIFICATE_BATCH, job.id, output);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      opts.log.warn(`recognition: job ${job.id} failed: ${message}`);
      await boss.fail(CERTIFICATE_BATCH, job.id, { message });
    } finally {
      clearTimeout(timer);
    }
    return true;
  }

  async function workLoop(handler: JobHandler) {
    while (!stopping) {
      let tookOne = false;
      try {
        tookOne = await runOne(handler);
      } catch (err) {
        // The database went away for a moment: wait and try again.
        opts.log.error(`recognition: queue fetch failed: ${(err as Error).message}`);
      }
      if (!tookOne && !stopping) await sleep(opts.pollMs);
    }
  }

  const queue: JobQueue = {
    kind: 'postgres',
    get working() {
      return loop !== undefined;
    },
    async send(batches) {
      const jobs = batches.map((data) => ({
        id: crypto.randomUUID(),
        name: CERTIFICATE_BATCH,
        data,
      }));
      if (jobs.length) await boss.insert(jobs);
      return jobs.map((j) => j.id);
    },
    async work(handler) {
      if (loop) return;
      stopping = false;
      loop = workLoop(handler);
    },
    async stopWorking() {
      if (!loop) return;
      stopping = true;
      wake?.();
      await loop;
      loop = undefined;
    },
    async failures(ids): Promise<JobFailure[]> {
      if (!ids.length) return [];
      const { rows } = await db.executeSql(
        `SELECT id, output->>'message' AS message FROM ${table} WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'failed'`,
        [CERTIFICATE_BATCH, ids],
      );
      return rows.map((r: { id: string; message: string | null }) => ({
        id: r.id,
        message: r.message ?? '',
      }));
    },
    async pending(ids) {
      if (!ids.length) return 0;
      const { rows } = await db.executeSql(
        `SELECT count(*)::int AS n FROM ${table} WHERE name = $1 AND id = ANY($2::uuid[]) AND state < 'completed'`,
        [CERTIFICATE_BATCH, ids],
      );
      return rows[0].n as number;
    },
    async summary(jurisdiction, year) {
      const { rows } = await db.executeSql(
        `SELECT count(*) FILTER (WHERE state < 'completed')::int AS pending,
                count(*) FILTER (WHERE state = 'failed')::int AS failed,
                (array_agg(output->>'message' ORDER BY completed_on DESC) FILTER (WHERE state = 'failed'))[1] AS last_error
           FROM ${table} WHERE name = $1 AND data->>'jurisdiction' = $2 AND data->>'year' = $3`,
        [CERTIFICATE_BATCH, jurisdiction, String(year)],
      );
      return {
        pending: rows[0].pending,
        failed: rows[0].failed,
        lastError: rows[0].last_error ?? null,
      };
    },
    async depth() {
      const { rows } = await db.executeSql(
        `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting,
                count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE state = 'failed')::int AS failed
           FROM ${table} WHERE name = $1`,
        [CERTIFICATE_BATCH],
      );
      return { waiting: rows[0].waiting, active: rows[0].active, failed: rows[0].failed };
    },
    async stop() {
      await queue.stopWorking();
      await boss.stop({ graceful: false, wait: true, timeout: 5000 });
    },
  };
  return queue;
}
