// One supervised Chromium shared by all renders: a fresh context per job with JavaScript off
// and every request but the document refused; a bounded queue, bounded concurrency, a
// deadline per job, and a restart after N jobs or a crash.
import type { Browser, HTTPRequest } from 'puppeteer';
import { launchChromium } from './chromium';
import { chromiumProblem, type PipelineConfig } from './config';
import { fail, ok, type Result } from './errors';

export { chromiumArgs } from './chromium';

export type PdfOptions = { timeoutMs?: number };
/** Where a job's time went in Chromium (ms): a fresh context, the page and its lock-down, the document loaded, the print, the context closed. */
export type PdfStages = { contextMs: number; pageMs: number; contentMs: number; printMs: number; closeMs: number };
export type PdfOutput = { pdf: Buffer; waitMs: number; renderMs: number; stages: PdfStages };
export type BlockedRequest = { url: string; at: string };
export type PoolStats = { launches: number; completed: number; failed: number; queued: number; active: number; blocked: number };

type Job = {
  html: string;
  enqueuedAt: number;
  deadline: number;
  timer?: NodeJS.Timeout;
  settled: boolean;
  resolve: (r: Result<PdfOutput>) => void;
};

type Generation = { browser: Browser; jobs: number; active: number; retired: boolean };

const BLOCKED_LOG_MAX = 1000;

export class PdfPool {
  private readonly queue: Job[] = [];
  private active = 0;
  private current?: Generation;
  private launching?: Promise<Generation>;
  private closed = false;
  private readonly counters = { launches: 0, completed: 0, failed: 0 };
  /** Requests the pool refused, newest last (bounded). */
  readonly blockedRequests: BlockedRequest[] = [];

  constructor(private readonly cfg: PipelineConfig) {}

  stats(): PoolStats {
    return { ...this.counters, queued: this.queue.length, active: this.active, blocked: this.blockedRequests.length };
  }

  /** Renders HTML to a PDF; every expected failure comes back as a value. */
  render(html: string, opts: PdfOptions = {}): Promise<Result<PdfOutput>> {
    if (this.closed) return Promise.resolve(fail('pool-closed', 'Bộ dựng PDF đã đóng (renderer closed).'));
    if (this.queue.length >= this.cfg.queueMax) {
      return Promise.resolve(
        fail('queue-full', `Hàng đợi dựng PDF đã đầy (${this.cfg.queueMax} việc); thử lại sau (queue full).`),
      );
    }
    const timeoutMs = opts.timeoutMs ?? this.cfg.timeoutMs;
    return new Promise((resolve) => {
      const job: Job = { html, enqueuedAt: Date.now(), deadline: Date.now() + timeoutMs, settled: false, resolve };
      job.timer = setTimeout(() => {
        const i = this.queue.indexOf(job);
        if (i >= 0) this.queue.splice(i, 1);
        this.settle(job, fail('timeout', `Quá thời hạn dựng PDF (${timeoutMs} ms) (timeout).`));
      }, timeoutMs);
      this.queue.push(job);
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, fail('pool-closed', 'Bộ dựng PDF đã đóng (renderer closed).'));
    const gen = this.current ?? (await this.launching?.catch(() => undefined));
    this.current = undefined;
    await gen?.browser.close().catch(() => undefined);
  }

  private settle(job: Job, result: Result<PdfOutput>): void {
    if (job.settled) return;
    job.settled = true;
    clearTimeout(job.timer);
    if (result.ok) this.counters.completed++;
    else this.counters.failed++;
    job.resolve(result);
  }

  private pump(): void {
    while (this.active < this.cfg.concurrency && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.active++;
      void this.run(job).finally(() => {
        this.active--;
        this.pump();
      });
    }
  }

  private async run(job: Job): Promise<void> {
    const waitMs = Date.now() - job.enqueuedAt;
    // A crashed browser gets one more try on a fresh one before the job fails.
    for (let attempt = 0; attempt < 2 && !job.settled; attempt++) {
      let gen: Generation;
      try {
        gen = await this.generation();
      } catch (err) {
        this.settle(job, fail('browser-unavailable', (err as Error).message));
        return;
      }
      const started = Date.now();
      gen.active++;
      gen.jobs++;
      try {
        const stages: PdfStages = { contextMs: 0, pageMs: 0, contentMs: 0, printMs: 0, closeMs: 0 };
        const pdf = await this.print(gen.browser, job, stages);
        this.settle(job, ok({ pdf, waitMs, renderMs: Date.now() - started, stages }));
        return;
      } catch (err) {
        if (job.settled) return;
        if (!gen.browser.connected) {
          this.dropGeneration(gen);
          continue;
        }
        this.settle(job, fail('render-failed', `Không dựng được PDF: ${(err as Error).message}`));
        return;
      } finally {
        gen.active--;
        if (gen.jobs >= this.cfg.restartAfter) this.retire(gen);
        if (gen.retired && gen.active === 0) void gen.browser.close().catch(() => undefined);
      }
    }
    this.settle(job, fail('browser-unavailable', 'Trình duyệt Chromium dừng đột ngột hai lần (browser crashed).'));
  }

  private async print(browser: Browser, job: Job, stages: PdfStages): Promise<Buffer> {
    let mark = performance.now();
    const lap = (stage: keyof PdfStages) => {
      const now = performance.now();
      stages[stage] = now - mark;
      mark = now;
    };
    const context = await browser.createBrowserContext();
    lap('contextMs');
    const remaining = () => Math.max(1, job.deadline - Date.now());
    const watchdog = setTimeout(() => void context.close().catch(() => undefined), remaining());
    try {
      const page = await context.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (req: HTTPRequest) => {
        const url = req.url();
        // The document itself arrives through setContent; fonts and images are data: URLs.
        if (url.startsWith('data:') || url === 'about:blank') return void req.continue();
        this.logBlocked(url);
        void req.abort('blockedbyclient');
      });
      lap('pageMs');
      await page.setContent(job.html, { waitUntil: 'load', timeout: remaining() });
      lap('contentMs');
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: remaining() });
      lap('printMs');
      return Buffer.from(pdf);
    } finally {
      clearTimeout(watchdog);
      await context.close().catch(() => undefined);
      lap('closeMs');
    }
  }

  private logBlocked(url: string): void {
    this.blockedRequests.push({ url: url.slice(0, 500), at: new Date().toISOString() });
    if (this.blockedRequests.length > BLOCKED_LOG_MAX) this.blockedRequests.shift();
  }

  private retire(gen: Generation): void {
    if (gen.retired) return;
    gen.retired = true;
    if (this.current === gen) this.current = undefined;
  }

  private dropGeneration(gen: Generation): void {
    this.retire(gen);
    void gen.browser.close().catch(() => undefined);
  }

  private async generation(): Promise<Generation> {
    if (this.current && this.current.browser.connected && !this.current.retired) return this.current;
    if (this.launching) return this.launching;
    const problem = chromiumProblem(this.cfg);
    if (problem) throw new Error(problem);
    this.launching = (async () => {
      const browser = await launchChromium({ executablePath: this.cfg.chromiumPath, timeout: 30_000 });
      this.counters.launches++;
      const gen: Generation = { browser, jobs: 0, active: 0, retired: false };
      browser.on('disconnected', () => {
        if (this.current === gen) this.current = undefined;
        gen.retired = true;
      });
      this.current = gen;
      return gen;
    })();
    try {
      return await this.launching;
    } catch (err) {
      throw new Error(`Không khởi động được Chromium (${this.cfg.chromiumPath}): ${(err as Error).message}`);
    } finally {
      this.launching = undefined;
    }
  }
}
