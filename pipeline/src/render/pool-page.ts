// The pages the pool prints on. Every page is locked down the same way: its own browser
// context, JavaScript off, every request but the document refused and reported. A document
// someone waits for is printed on a warm page (one kept per slot): a fresh context and page cost
// more than the print itself (about 20 + 120 ms against a 45 ms print, measured by bench:pdf).
// A large job (a batch of fifty certificates, a long annex) gets a page of its own, closed after
// it: a warm page that printed fifty pages keeps their memory, which is how the batch's peak
// memory once rose past its bound. A page that failed or missed its deadline is never reused.
import type { Browser, BrowserContext, HTTPRequest, Page } from 'puppeteer';

/** Where a job's time went in Chromium (ms): a context, the page and its lock-down (both 0 on a warm page), the document loaded, the print, the page kept or closed. */
export type PdfStages = {
  contextMs: number;
  pageMs: number;
  contentMs: number;
  printMs: number;
  closeMs: number;
};

/** `documents`: how many documents the page has printed; `crashed`: its renderer is gone (killed, out of memory). */
export type PrintPage = {
  context: BrowserContext;
  page: Page;
  documents: number;
  crashed: boolean;
};

/**
 * A warm page is replaced after printing this many documents (a batch of fifty counts fifty), so
 * that nothing it keeps can grow without bound.
 */
const WARM_PAGE_DOCUMENTS = 200;
/** HTML larger than this gets a page of its own (a certificate is 55 KB; twenty printed together about 1.1 MB; a batch of fifty 2.7 MB). */
export const WARM_HTML_MAX = 1_500_000;

export const emptyStages = (): PdfStages => ({
  contextMs: 0,
  pageMs: 0,
  contentMs: 0,
  printMs: 0,
  closeMs: 0,
});

async function openPage(
  browser: Browser,
  onBlocked: (url: string) => void,
  stages: PdfStages,
): Promise<PrintPage> {
  let mark = performance.now();
  const context = await browser.createBrowserContext();
  stages.contextMs = performance.now() - mark;
  mark = performance.now();
  try {
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      const url = req.url();
      // The document itself arrives through setContent; its images are data: URLs.
      if (url.startsWith('data:') || url === 'about:blank') return void req.continue();
      onBlocked(url);
      void req.abort('blockedbyclient');
    });
    stages.pageMs = performance.now() - mark;
    const slot: PrintPage = { context, page, documents: 0, crashed: false };
    // A renderer that dies (killed, out of memory) leaves a page that would only time out.
    page.once('error', () => (slot.crashed = true));
    return slot;
  } catch (err) {
    await context.close().catch(() => undefined);
    throw err;
  }
}

/**
 * Prints one HTML job (`documents` documents) on a warm page from `warm` (or a new one), before `deadline`. The
 * page goes back to `warm` only after a small job that went well, while `keepWarm()` holds.
 * The previous document is not cleared first: setContent replaces it, and with JavaScript off
 * and no network nothing of it can reach the next one.
 */
export async function printOnPage(
  browser: Browser,
  warm: PrintPage[],
  html: string,
  documents: number,
  deadline: number,
  stages: PdfStages,
  onBlocked: (url: string) => void,
  keepWarm: () => boolean,
): Promise<Buffer> {
  const large = html.length > WARM_HTML_MAX;
  let reused: PrintPage | undefined;
  while (!large && !reused && warm.length) {
    const candidate = warm.pop()!;
    if (!candidate.page.isClosed() && !candidate.crashed) reused = candidate;
    else void candidate.context.close().catch(() => undefined);
  }
  if (reused) {
    try {
      return await printOn(reused, large, html, documents, deadline, stages, keepWarm, warm);
    } catch (err) {
      // The document is not at fault when the warm page's renderer died under it: once more on a fresh page.
      if (!reused.crashed) throw err;
    }
  }
  return printOn(
    await openPage(browser, onBlocked, stages),
    large,
    html,
    documents,
    deadline,
    stages,
    keepWarm,
    warm,
  );
}

async function printOn(
  slot: PrintPage,
  large: boolean,
  html: string,
  documents: number,
  deadline: number,
  stages: PdfStages,
  keepWarm: () => boolean,
  warm: PrintPage[],
): Promise<Buffer> {
  slot.documents += documents;
  let mark = performance.now();
  const lap = (stage: keyof PdfStages) => {
    const now = performance.now();
    stages[stage] = now - mark;
    mark = now;
  };
  const remaining = () => Math.max(1, deadline - Date.now());
  // A job past its deadline loses its page: the context is closed under it.
  const watchdog = setTimeout(() => void slot.context.close().catch(() => undefined), remaining());
  // A renderer dying under the job fails it at once instead of at its deadline.
  let onCrash = () => {};
  const crash = new Promise<never>(
    (_, reject) =>
      (onCrash = () => reject(new Error('trang in bị dừng đột ngột (renderer crashed)'))),
  );
  crash.catch(() => undefined);
  slot.page.once('error', onCrash);
  let printed = false;
  try {
    await Promise.race([
      slot.page.setContent(html, { waitUntil: 'load', timeout: remaining() }),
      crash,
    ]);
    lap('contentMs');
    const pdf = await Promise.race([
      slot.page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: remaining() }),
      crash,
    ]);
    lap('printMs');
    printed = true;
    return Buffer.from(pdf);
  } finally {
    clearTimeout(watchdog);
    slot.page.off('error', onCrash);
    if (
      printed &&
      !large &&
      !slot.crashed &&
      slot.documents < WARM_PAGE_DOCUMENTS &&
      keepWarm() &&
      !slot.page.isClosed()
    )
      warm.push(slot);
    else await slot.context.close().catch(() => undefined);
    lap('closeMs');
  }
}
