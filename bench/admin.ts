// npm run bench:admin: a staff role's first usable screen over an emulated provincial link (1.6
// Mbps down, 150 ms latency), nothing cached: the login page ready to type, then, after signing
// in, the programme's landing page showing its tabs and its first data. Measured as the server
// sends it (brotli or gzip), beside the same walk with compression refused (the browser asking
// for no encoding) as the reference measured in the same run, with the bytes on the wire.
// Issue 32 measured 12.7 s and 1.88 MB for the first screen before the admin's editors and video
// player were made lazy (cms/src/admin/vite.config.ts). A benchmark, not a test.
import { type Browser } from 'puppeteer';
import { launchChromium } from '../pipeline/src/chromium';
import { bootApp } from '../test/helpers/strapi';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PASSWORD = 'DienHinh@2026';
// The programme's plugin-only roles (secretariat, approver) of both demo provinces, in turn: Strapi
// allows an account five sign-ins in five minutes, and each walk signs in once.
const ACCOUNTS = [
  'thuky@dienhinh.local',
  'pheduyet@dienhinh.local',
  'thuky.dongthap@dienhinh.local',
  'pheduyet.dongthap@dienhinh.local',
];
let turn = 0;
const link = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
};
const TARGET_MS = 5_000;

async function firstScreen(browser: Browser, baseUrl: string, compressed: boolean) {
  const account = ACCOUNTS[turn++ % ACCOUNTS.length];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1366, height: 768 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', link);
  // The reference: a browser that accepts no content encoding gets every file as it is.
  if (!compressed) await page.setExtraHTTPHeaders({ 'Accept-Encoding': 'identity' });
  let bytes = 0;
  const urls = new Map<string, string>();
  const sizes: [string, number][] = [];
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) =>
    urls.set(e.requestId, e.request.url),
  );
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    sizes.push([urls.get(e.requestId) ?? '?', e.encodedDataLength]);
  });
  const start = performance.now();
  await page.goto(`${baseUrl}/admin`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
  await page.waitForSelector('input[name=email]', { timeout: 300_000 });
  const login = performance.now() - start;
  const loginBytes = bytes;
  await page.type('input[name=email]', account);
  await page.type('input[name=password]', PASSWORD);
  const submitted = performance.now();
  await page.keyboard.press('Enter');
  // Usable: the programme's tabs are there and the landing list has answered (a row or "none").
  await page.waitForSelector('nav[aria-label="Các trang công nhận điển hình"] a', {
    timeout: 300_000,
  });
  await page.waitForFunction(
    () =>
      document.querySelector('main table tbody tr') ||
      /Chưa có|Không có/.test(document.querySelector('main')?.textContent ?? ''),
    { timeout: 300_000 },
  );
  const landing = performance.now() - submitted;
  // BENCH_VERBOSE=1 names the largest transfers, to see where the bytes go.
  if (process.env.BENCH_VERBOSE)
    for (const [u, n] of sizes.sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(
        `    ${(n / 1024).toFixed(0).padStart(6)} KB ${u.replace(/^https?:\/\/[^/]+/, '')}`,
      );
  await context.close();
  return { login, landing, total: login + landing, loginBytes, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
type Run = Awaited<ReturnType<typeof firstScreen>>;
const summary = (runs: Run[]) =>
  Object.fromEntries(
    (['login', 'landing', 'total', 'loginBytes', 'bytes'] as const).map((k) => [
      k,
      median(runs.map((r) => r[k])),
    ]),
  ) as Run;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;

async function main() {
  const app = await bootApp(
    { client: 'sqlite' },
    { SERVE_ADMIN: 'true', DIENHINH_DEMO_WORKFLOW: 'true', DEMO_PASSWORD: PASSWORD },
  );
  const browser = await launchChromium({ protocolTimeout: 600_000 });
  try {
    await firstScreen(browser, app.baseUrl, true); // warm the server's own caches, not the browser's
    const rows: Record<'compressed' | 'reference', Run[]> = { compressed: [], reference: [] };
    for (let i = 0; i < RUNS; i++) {
      rows.compressed.push(await firstScreen(browser, app.baseUrl, true));
      rows.reference.push(await firstScreen(browser, app.baseUrl, false));
    }
    const c = summary(rows.compressed);
    const u = summary(rows.reference);
    console.log(
      `\nStaff admin, first usable screen of the secretariat and the approver, 1.6 Mbps down, 150 ms latency, median of ${RUNS}, nothing cached`,
    );
    console.log(
      `                              login page ready      signed in → landing ready   first usable screen`,
    );
    console.log(
      `  as sent (brotli/gzip)       ${s(c.login).padEnd(8)} ${mb(c.loginBytes).padEnd(12)} ${s(c.landing).padEnd(27)} ${s(c.total)}, ${mb(c.bytes)} on the wire`,
    );
    console.log(
      `  reference (no encoding)     ${s(u.login).padEnd(8)} ${mb(u.loginBytes).padEnd(12)} ${s(u.landing).padEnd(27)} ${s(u.total)}, ${mb(u.bytes)} on the wire`,
    );
    console.log(
      `  ratio                       ${(c.total / u.total).toFixed(2)}× the time, ${(c.bytes / u.bytes).toFixed(2)}× the bytes`,
    );
    console.log(
      `  target: first usable screen under ${TARGET_MS / 1000} s: ${c.total < TARGET_MS ? 'met' : 'not met'} (issue 32 measured 12.7 s, 1.88 MB before)`,
    );
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
