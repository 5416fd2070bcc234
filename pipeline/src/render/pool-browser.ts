// The pool's Chromium, one generation at a time: launched on first use (one launch however many
// jobs ask at once), retired after N jobs or when it disconnects, and closed once its last job
// is done. A retired generation finishes what it prints; new work goes to the next.
import type { Browser } from 'puppeteer';
import { launchChromium } from './chromium';
import { chromiumProblem, type PipelineConfig } from '../config';
import type { PrintPage } from './pool-page';

export type Generation = {
  browser: Browser;
  jobs: number;
  active: number;
  retired: boolean;
  warm: PrintPage[];
};

export class BrowserGenerations {
  private current?: Generation;
  private launching?: Promise<Generation>;
  launches = 0;

  constructor(private readonly cfg: PipelineConfig) {}

  retire(gen: Generation): void {
    if (gen.retired) return;
    gen.retired = true;
    if (this.current === gen) this.current = undefined;
  }

  drop(gen: Generation): void {
    this.retire(gen);
    void gen.browser.close().catch(() => undefined);
  }

  /** Closes the generation in use (or being launched). */
  async close(): Promise<void> {
    const gen = this.current ?? (await this.launching?.catch(() => undefined));
    this.current = undefined;
    await gen?.browser.close().catch(() => undefined);
  }

  /** The generation to print on: the current one, or one launched now. */
  async get(): Promise<Generation> {
    if (this.current && this.current.browser.connected && !this.current.retired)
      return this.current;
    if (this.launching) return this.launching;
    const problem = chromiumProblem(this.cfg);
    if (problem) throw new Error(problem);
    this.launching = (async () => {
      const browser = await launchChromium({
        executablePath: this.cfg.chromiumPath,
        timeout: 30_000,
      });
      this.launches++;
      const gen: Generation = { browser, jobs: 0, active: 0, retired: false, warm: [] };
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
      throw new Error(
        `Không khởi động được Chromium (${this.cfg.chromiumPath}): ${(err as Error).message}`,
      );
    } finally {
      this.launching = undefined;
    }
  }
}
