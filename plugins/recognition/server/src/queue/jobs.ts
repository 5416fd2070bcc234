// Long render-and-issue work as queued jobs. With SQLite the jobs run in this process; with
// PostgreSQL they go through the shared pg-boss queue, so every server (DIENHINH_WORKER=on, the
// default for servers) and every `npm run worker` process takes its share. The database is the
// record of progress: a certificate counts as done when it is issued, whoever issued it.
import type { Core } from '@strapi/strapi';
import { DomainFailure } from '../errors';
import { loadQueueConfig, type QueueConfig } from './config';
import { inProcessQueue } from './in-process';
import { postgresQueue, type PgConnection } from './postgres';
import type { BatchOutput, CertificateBatch, JobQueue } from './types';
import { documentsService, pdfService } from '../documents';

export type IssueResult = { total: number; issued: number; skipped: number };
type Progress = (done: number, total: number) => void;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cfg: QueueConfig | undefined;
  let queue: JobQueue | undefined;
  const config = () => (cfg ??= loadQueueConfig());
  const documents = () => documentsService(strapi);

  async function handle(batch: CertificateBatch): Promise<BatchOutput> {
    const { issued, rendered } = await documents().issueCertificateBatch(batch.serials);
    return { node: config().nodeName, issued, rendered };
  }

  function current(): JobQueue {
    if (!queue) throw new Error('recognition: the job queue is not started');
    return queue;
  }

  return {
    config,

    /** Opens the queue for this process: at bootstrap, before any job is sent. */
    async start(): Promise<void> {
      if (queue) return;
      const c = config();
      const log = {
        warn: (m: string) => strapi.log.warn(m),
        error: (m: string) => strapi.log.error(m),
      };
      if (strapi.db.dialect.client === 'postgres') {
        const connection = strapi.config.get('database.connection.connection') as PgConnection;
        queue = await postgresQueue({
          connection,
          schema: c.schema,
          policy: c.policy,
          pollMs: c.pollMs,
          log,
        });
        if (c.worker) {
          await queue.work(handle);
          strapi.log.info(
            `recognition: worker ${c.nodeName} takes jobs from the shared PostgreSQL queue`,
          );
        }
      } else {
        // Nobody else can reach an in-process queue: this process always works it.
        queue = inProcessQueue(c.policy, log);
        await queue.work(handle);
      }
    },

    kind: () => current().kind,
    working: () => current().working,
    /** Takes jobs in this process from now on (PostgreSQL; SQLite always does). */
    startWorking: () => current().work(handle),
    stopWorking: () => current().stopWorking(),

    /**
     * Starts issuing a year's certificates in the background and returns at once. Jobs of that
     * year already waiting are not queued twice.
     */
    async startIssuing(jurisdiction: string, year: number) {
      const before = await this.yearStatus(jurisdiction, year);
      if (before.total === 0)
        throw new DomainFailure(
          'not-found',
          `Không có đơn vị nào được công nhận năm ${year} ở "${jurisdiction}".`,
        );
      if (before.pending > 0 || before.issued === before.total) return { ...before, queued: 0 };
      const { jobs } = await this.enqueueCertificates(jurisdiction, year);
      return { ...(await this.yearStatus(jurisdiction, year)), queued: jobs.length };
    },

    /** A year's certificates: how many, how many issued, jobs waiting, jobs that failed for good. */
    async yearStatus(jurisdiction: string, year: number) {
      const [{ total, todo }, jobs] = await Promise.all([
        documents().pendingCertificates(jurisdiction, year),
        current().summary(jurisdiction, year),
      ]);
      return {
        jurisdiction,
        year,
        total,
        issued: total - todo.length,
        ...jobs,
        queue: current().kind,
      };
    },

    /** Queues a year's unissued certificates in batches; returns the job ids. */
    async enqueueCertificates(
      jurisdiction: string,
      year: number,
      opts: { batchSize?: number } = {},
    ): Promise<{ total: number; todo: number; jobs: string[] }> {
      const { total, todo } = await documents().pendingCertificates(jurisdiction, year);
      const size = opts.batchSize ?? pdfService(strapi).config().batchSize;
      const batches: CertificateBatch[] = [];
      for (let i = 0; i < todo.length; i += size)
        batches.push({ jurisdiction, year, serials: todo.slice(i, i + size) });
      const jobs = await current().send(batches);
      return { total, todo: todo.length, jobs };
    },

    /**
     * Issues every unissued certificate of a jurisdiction's year and waits until all are issued,
     * reporting progress from the database (so work done by other processes counts). Unless
     * `work` is false, this process takes jobs too while it waits.
     */
    async issueCertificates(
      jurisdiction: string,
      year: number,
      onProgress?: Progress,
      opts: { work?: boolean; batchSize?: number } = {},
    ): Promise<IssueResult> {
      const q = current();
      const { total, todo, jobs } = await this.enqueueCertificates(jurisdiction, year, opts);
      const before = total - todo;
      onProgress?.(before, total);
      const helping = (opts.work ?? true) && !q.working;
      if (helping) await q.work(handle);
      let done = before;
      try {
        for (;;) {
          done = await documents().issuedCount(jurisdiction, year);
          onProgress?.(done, total);
          if (done >= total) break;
          if ((await q.pending(jobs)) === 0) {
            // Every job has ended; look once more, as the last one may have just finished.
            done = await documents().issuedCount(jurisdiction, year);
            onProgress?.(done, total);
            if (done >= total) break;
            const failed = await q.failures(jobs);
            const reason = failed[0]?.message ? `: ${failed[0].message}` : '';
            throw new DomainFailure(
              'render-failed',
              `Còn ${total - done}/${total} giấy chứng nhận chưa cấp được sau ${config().policy.retryLimit} lần thử lại${reason}. Chạy lại lệnh để cấp tiếp; giấy đã cấp được giữ nguyên.`,
            );
          }
          await sleep(Math.min(config().pollMs, 500));
        }
      } finally {
        if (helping) await q.stopWorking();
      }
      return { total, issued: done - before, skipped: before };
    },

    /** The queue's jobs by state (none before the queue starts). */
    async depth() {
      return queue ? queue.depth() : { waiting: 0, active: 0, failed: 0 };
    },

    async stop(): Promise<void> {
      const q = queue;
      queue = undefined;
      await q?.stop();
    },
  };
};
