// npm run bench:admin: a staff role's first usable screen over an emulated provincial link (1.6
// Mbps down, 150 ms latency), nothing cached: the login page ready to type, then, after signing
// in, the programme's landing page showing its tabs and its first data. Measured as the server
// sends it (brotli or gzip), beside the same walk with compression refused (the browser asking
// for no encoding) as the reference measured in the same run, with the bytes on the wire.
// The staff desk (/desk: the plugin's pages without Strapi's admin application) is measured beside
// Strapi's full admin (/admin), whose first screen issue 32 measured at 12.7 s and 1.88 MB before
// its editors and video player were made lazy (cms/src/admin/vite.config.ts). A benchmark, not a test.
import { type Browser } from 'puppeteer';
import { launchChromium } from '../pipeline/src/render';
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

/** Where staff sign in: the staff desk (/desk) or Strapi's full admin (/admin). */
type Door = 'desk' | 'admin';

async function firstScreen(browser: Browser, baseUrl: string, door: Door, compressed: boolean) {
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
  await page.goto(`${baseUrl}/${door}`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
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
    // Warm the server's own caches, not the browser's.
    await firstScreen(browser, app.baseUrl, 'desk', true);
    await firstScreen(browser, app.baseUrl, 'admin', true);
    const walks = {
      desk: { door: 'desk', compressed: true, label: 'staff desk /desk (brotli/gzip)' },
      admin: { door: 'admin', compressed: true, label: 'full admin /admin (brotli/gzip)' },
      reference: { door: 'admin', compressed: false, label: 'reference: /admin, no encoding' },
    } as const;
    const rows: Record<keyof typeof walks, Run[]> = { desk: [], admin: [], reference: [] };
    for (let i = 0; i < RUNS; i++)
      for (const [k, w] of Object.entries(walks))
        rows[k as keyof typeof walks].push(
          await firstScreen(browser, app.baseUrl, w.door, w.compressed),
        );
    const m = Object.fromEntries(
      Object.entries(rows).map(([k, runs]) => [k, summary(runs)]),
    ) as Record<keyof typeof walks, Run>;
    console.log(
      `\nStaff, first usable screen of the secretariat and the approver, 1.6 Mbps down, 150 ms latency, median of ${RUNS}, nothing cached`,
    );
    console.log(
      `                                   login page ready      signed in → landing ready   first usable screen`,
    );
    for (const [k, w] of Object.entries(walks)) {
      const r = m[k as keyof typeof walks];
      console.log(
        `  ${w.label.padEnd(33)} ${s(r.login).padEnd(8)} ${mb(r.loginBytes).padEnd(12)} ${s(r.landing).padEnd(27)} ${s(r.total)}, ${mb(r.bytes)} on the wire`,
      );
    }
    console.log(
      `  ratio to the reference            desk ${(m.desk.total / m.reference.total).toFixed(2)}× the time, ${(m.desk.bytes / m.reference.bytes).toFixed(2)}× the bytes; full admin ${(m.admin.total / m.reference.total).toFixed(2)}×, ${(m.admin.bytes / m.reference.bytes).toFixed(2)}×`,
    );
    console.log(
      `  target: a staff role's first usable screen under ${TARGET_MS / 1000} s: desk ${m.desk.total < TARGET_MS ? 'met' : 'not met'} (full admin today ${s(m.admin.total)}; issue 32 measured 12.7 s, 1.88 MB before)`,
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
