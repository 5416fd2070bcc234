// npm run bench:admin: the staff admin's first screen (the login page, ready to type) over an
// emulated provincial link, 1.6 Mbps down and 150 ms latency, as the server sends it (brotli or
// gzip), beside the same load with compression refused (the browser asking for no encoding) as the
// reference measured in the same run; with the bytes on the wire. A fresh browser context each
// time (nothing cached). A benchmark, not a test.
import { type Browser } from 'puppeteer';
import { launchChromium } from '../pipeline/src/chromium';
import { bootApp } from '../test/helpers/strapi';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const link = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

async function firstScreen(browser: Browser, url: string, compressed: boolean) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', link);
  // The reference: a browser that accepts no content encoding gets every file as it is.
  if (!compressed) await page.setExtraHTTPHeaders({ 'Accept-Encoding': 'identity' });
  let bytes = 0;
  const urls = new Map<string, string>();
  const sizes: [string, number][] = [];
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    sizes.push([urls.get(e.requestId) ?? '?', e.encodedDataLength]);
  });
  const start = performance.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 300_000 });
  await page.waitForSelector('input[name=email]', { timeout: 300_000 });
  const ms = performance.now() - start;
  // BENCH_VERBOSE=1 names the largest transfers, to see where the bytes go.
  if (process.env.BENCH_VERBOSE) for (const [u, n] of sizes.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${(n / 1024).toFixed(0).padStart(6)} KB ${u.replace(/^https?:\/\/[^/]+/, '')}`);
  await context.close();
  return { ms, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const app = await bootApp({ client: 'sqlite' }, { SERVE_ADMIN: 'true' });
  const browser = await launchChromium({ protocolTimeout: 600_000 });
  try {
    const url = `${app.baseUrl}/admin/auth/login`;
    await firstScreen(browser, url, true); // warm the server's own caches, not the browser's
    const rows: Record<string, { ms: number[]; bytes: number[] }> = { compressed: { ms: [], bytes: [] }, reference: { ms: [], bytes: [] } };
    for (let i = 0; i < RUNS; i++) {
      for (const [name, compressed] of [['compressed', true], ['reference', false]] as const) {
        const r = await firstScreen(browser, url, compressed);
        rows[name].ms.push(r.ms);
        rows[name].bytes.push(r.bytes);
      }
    }
    const c = { ms: median(rows.compressed.ms), bytes: median(rows.compressed.bytes) };
    const u = { ms: median(rows.reference.ms), bytes: median(rows.reference.bytes) };
    console.log(`\nAdmin first screen (login page ready) at 1.6 Mbps down, 150 ms latency, median of ${RUNS}, fresh cache each time`);
    console.log(`  as sent (brotli/gzip)      ${(c.ms / 1000).toFixed(1)} s, ${(c.bytes / 1e6).toFixed(2)} MB on the wire`);
    console.log(`  reference (no encoding)    ${(u.ms / 1000).toFixed(1)} s, ${(u.bytes / 1e6).toFixed(2)} MB on the wire`);
    console.log(`  ratio                      ${(c.ms / u.ms).toFixed(2)}× the time, ${(c.bytes / u.bytes).toFixed(2)}× the bytes; target < 10 s: ${c.ms < 10_000 ? 'met' : 'not met'}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
