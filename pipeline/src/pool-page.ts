// The pages the pool prints on. Every page is locked down the same way: its own browser
// context, JavaScript off, every request but the document refused and reported. A document
// someone waits for is printed on a warm page (one kept per slot): a fresh context and page cost
// more than the print itself (about 20 + 120 ms against a 45 ms print, measured by bench:pdf).
// A large job (a batch of fifty certificates, a long annex) gets a page of its own, closed after
// it: a warm page that printed fifty pages keeps their memory, which is how the batch's peak
// memory once rose past its bound. A page that failed or missed its deadline is never reused.
import type { Browser, BrowserContext, HTTPRequest, Page } from 'puppeteer';

/** Where a job's time went in Chromium (ms): a context, the page and its lock-down (both 0 on a warm page), the document loaded, the print, the page kept or closed. */
export type PdfStages = { contextMs: number; pageMs: number; contentMs: number; printMs: number; closeMs: number };

/** `documents`: how many documents the page has printed. */
export type PrintPage = { context: BrowserContext; page: Page; documents: number };

/**
 * A warm page is replaced after printing this many documents (a batch of fifty counts fifty), so
 * that nothing it keeps can grow without bound.
 */
const WARM_PAGE_DOCUMENTS = 200;
/** HTML larger than this gets a page of its own (a certificate is 55 KB; twenty printed together about 1.1 MB; a batch of fifty 2.7 MB). */
export const WARM_HTML_MAX = 1_500_000;

export const emptyStages = (): PdfStages => ({ contextMs: 0, pageMs: 0, contentMs: 0, printMs: 0, closeMs: 0 });

async function openPage(browser: Browser, onBlocked: (url: string) => void, stages: PdfStages): Promise<PrintPage> {
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
    return { context, page, documents: 0 };
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
  const reused = large ? undefined : warm.pop();
  const slot = reused && !reused.page.isClosed() ? reused : await openPage(browser, onBlocked, stages);
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
  let printed = false;
  try {
    await slot.page.setContent(html, { waitUntil: 'load', timeout: remaining() });
    lap('contentMs');
    const pdf = await slot.page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: remaining() });
    lap('printMs');
    printed = true;
    return Buffer.from(pdf);
  } finally {
    clearTimeout(watchdog);
    if (printed && !large && slot.documents < WARM_PAGE_DOCUMENTS && keepWarm() && !slot.page.isClosed()) warm.push(slot);
    else await slot.context.close().catch(() => undefined);
    lap('closeMs');
  }
}
