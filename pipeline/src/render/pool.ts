// One supervised Chromium shared by all renders: pages locked down and kept warm as
// pool-page.ts says; a bounded queue, bounded concurrency, a deadline per job, and a restart
// after N jobs or a crash. Documents of one template that are waiting together (twenty officers
// opening their certificates at once, a year's acts) are printed as one job and split again: one
// load and one print for all of them instead of one each behind two slots.
import type { PipelineConfig } from '../config';
import { fail, ok, type Result } from './errors';
import { BrowserGenerations, type Generation } from './pool-browser';
import { printGroup, takeGroup } from './pool-groups';
import { emptyStages, printOnPage, type PdfStages } from './pool-page';

export { chromiumArgs } from './chromium';

/**
 * `mergeKey`: the document may be printed in one job with others waiting under the same key
 * (same template, same head), each numbered from its own second page, then split; a group that
 * does not split back one per document is printed again one by one.
 */
export type PdfOptions = {
  timeoutMs?: number;
  mergeKey?: string;
  /** How many documents the HTML holds (a batch); 1 when not said. */ documents?: number;
};
export type { PdfStages } from './pool-page';
/** `together`: how many documents were printed in the job this one came from. */
export type PdfOutput = {
  pdf: Buffer;
  waitMs: number;
  renderMs: number;
  stages: PdfStages;
  together: number;
};
export type BlockedRequest = { url: string; at: string };
export type PoolStats = {
  launches: number;
  completed: number;
  failed: number;
  queued: number;
  active: number;
  blocked: number;
};

type Job = {
  html: string;
  mergeKey?: string;
  documents: number;
  enqueuedAt: number;
  deadline: number;
  timer?: NodeJS.Timeout;
  settled: boolean;
  resolve: (r: Result<PdfOutput>) => void;
};

const BLOCKED_LOG_MAX = 1000;

export class PdfPool {
  private readonly queue: Job[] = [];
  private active = 0;
  private readonly browsers: BrowserGenerations;
  private closed = false;
  private readonly counters = { completed: 0, failed: 0 };
  /** Groups of one-page documents being printed, by merge key. */
  private readonly groupsPrinting = new Map<string, number>();
  private pumpScheduled = false;
  /** Requests the pool refused, newest last (bounded). */
  readonly blockedRequests: BlockedRequest[] = [];

  constructor(private readonly cfg: PipelineConfig) {
    this.browsers = new BrowserGenerations(cfg);
  }

  stats(): PoolStats {
    return {
      launches: this.browsers.launches,
      ...this.counters,
      queued: this.queue.length,
      active: this.active,
      blocked: this.blockedRequests.length,
    };
  }

  /** Renders HTML to a PDF; every expected failure comes back as a value. */
  render(html: string, opts: PdfOptions = {}): Promise<Result<PdfOutput>> {
    if (this.closed)
      return Promise.resolve(fail('pool-closed', 'Bộ dựng PDF đã đóng (renderer closed).'));
    // Jobs that a free slot will take on the next turn are not waiting in the queue's sense.
    if (this.queue.length >= this.cfg.queueMax + Math.max(0, this.cfg.concurrency - this.active)) {
      return Promise.resolve(
        fail(
          'queue-full',
          `Hàng đợi dựng PDF đã đầy (${this.cfg.queueMax} việc); thử lại sau (queue full).`,
        ),
      );
    }
    const timeoutMs = opts.timeoutMs ?? this.cfg.timeoutMs;
    return new Promise((resolve) => {
      const job: Job = {
        html,
        mergeKey: opts.mergeKey,
        documents: opts.documents ?? 1,
        enqueuedAt: Date.now(),
        deadline: Date.now() + timeoutMs,
        settled: false,
        resolve,
      };
      job.timer = setTimeout(() => {
        const i = this.queue.indexOf(job);
        if (i >= 0) this.queue.splice(i, 1);
        this.settle(job, fail('timeout', `Quá thời hạn dựng PDF (${timeoutMs} ms) (timeout).`));
      }, timeoutMs);
      this.queue.push(job);
      this.schedulePump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      this.settle(job, fail('pool-closed', 'Bộ dựng PDF đã đóng (renderer closed).'));
    await this.browsers.close();
  }

  private settle(job: Job, result: Result<PdfOutput>): void {
    if (job.settled) return;
    job.settled = true;
    clearTimeout(job.timer);
    if (result.ok) this.counters.completed++;
    else this.counters.failed++;
    job.resolve(result);
  }

  /**
   * Jobs are taken from the queue after the current turn of the event loop, not at once: the
   * documents asked for in the same turn (requests that arrived together) are then all waiting
   * and can be grouped from the first, at the cost of one turn's delay.
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.active < this.cfg.concurrency && this.queue.length > 0) {
      const group = takeGroup(
        this.queue,
        this.cfg.concurrency,
        (key) => this.groupsPrinting.get(key) ?? 0,
      );
      const key = group[0].mergeKey;
      this.active++;
      const grouped = key && group.length > 1 ? key : undefined;
      if (grouped) this.groupsPrinting.set(grouped, (this.groupsPrinting.get(grouped) ?? 0) + 1);
      void this.run(group).finally(() => {
        this.active--;
        if (grouped) this.groupsPrinting.set(grouped, this.groupsPrinting.get(grouped)! - 1);
        this.pump();
      });
    }
  }

  private async run(group: Job[]): Promise<void> {
    const waits = group.map((job) => Date.now() - job.enqueuedAt);
    const open = () => group.filter((job) => !job.settled);
    const settleAll = (r: Result<PdfOutput>) => open().forEach((job) => this.settle(job, r));
    // A crashed browser gets one more try on a fresh one before the jobs fail.
    for (let attempt = 0; attempt < 2 && open().length > 0; attempt++) {
      let gen: Generation;
      try {
        gen = await this.browsers.get();
      } catch (err) {
        return settleAll(fail('browser-unavailable', (err as Error).message));
      }
      const started = Date.now();
      gen.active++;
      gen.jobs += group.length;
      try {
        const stages = emptyStages();
        const print = (html: string, documents: number, deadline: number) =>
          printOnPage(
            gen.browser,
            gen.warm,
            html,
            documents,
            deadline,
            stages,
            (url) => this.logBlocked(url),
            () => !gen.retired,
          );
        const jobs = open();
        const pdfs = await printGroup(jobs, print);
        jobs.forEach((job, i) =>
          this.settle(
            job,
            ok({
              pdf: pdfs[i],
              waitMs: waits[group.indexOf(job)],
              renderMs: Date.now() - started,
              stages,
              together: jobs.length,
            }),
          ),
        );
        return;
      } catch (err) {
        if (open().length === 0) return;
        if (!gen.browser.connected) {
          this.browsers.drop(gen);
          continue;
        }
        return settleAll(fail('render-failed', `Không dựng được PDF: ${(err as Error).message}`));
      } finally {
        gen.active--;
        if (gen.jobs >= this.cfg.restartAfter) this.browsers.retire(gen);
        if (gen.retired && gen.active === 0) void gen.browser.close().catch(() => undefined);
      }
    }
    settleAll(
      fail('browser-unavailable', 'Trình duyệt Chromium dừng đột ngột hai lần (browser crashed).'),
    );
  }

  private logBlocked(url: string): void {
    this.blockedRequests.push({ url: url.slice(0, 500), at: new Date().toISOString() });
    if (this.blockedRequests.length > BLOCKED_LOG_MAX) this.blockedRequests.shift();
  }
}
