// npm run bench:portal: what the built portal costs a phone. Prints the JavaScript and CSS sent on
// first load (gzipped, as the server sends them) against the 250 KB target, then Lighthouse's
// mobile run (simulated slow 4G, a mid-range phone) of the login and self-score pages, beside the
// same run of the public verification page, a static server-rendered page, as the reference
// measured in the same conditions. A benchmark, not a test.
import fs from 'node:fs';
import path from 'node:path';
import { type Page } from 'puppeteer';
import { launchChromium } from '../pipeline/src/render';
import { bootApp, projectRoot } from '../test/helpers/strapi';

const dist = path.join(projectRoot, 'plugins/recognition/portal/dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function firstLoad() {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/portal\/(assets\/[^"]+\.(js|css))"/g)].map(
    (m) => ({ file: m[1], kind: m[2] }),
  );
  const size = (kind: string, gz: boolean) =>
    assets
      .filter((a) => a.kind === kind)
      .reduce((s, a) => s + fs.statSync(path.join(dist, a.file + (gz ? '.gz' : ''))).size, 0);
  return {
    js: size('js', true),
    jsRaw: size('js', false),
    css: size('css', true),
    cssRaw: size('css', false),
    html: fs.statSync(path.join(dist, 'index.html.gz')).size,
  };
}

type Scores = { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number };

async function lighthouseRun(page: Page, url: string): Promise<Scores> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(
    url,
    {
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: true,
    },
    undefined,
    page,
  );
  const lhr = result!.lhr;
  const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
  };
}

async function main() {
  const sizes = firstLoad();
  console.log('\nPortal, first load (gzipped as sent; brotli is smaller still)');
  console.log(
    `  JavaScript ${kb(sizes.js)} (raw ${kb(sizes.jsRaw)}), target ≤ 250 KB: ${(sizes.js / (250 * 1024)).toFixed(2)}× the budget`,
  );
  console.log(`  CSS        ${kb(sizes.css)} (raw ${kb(sizes.cssRaw)}); HTML ${kb(sizes.html)}`);

  const app = await bootApp(
    { client: 'sqlite' },
    { DIENHINH_DEMO_WORKFLOW: 'true', DEMO_PASSWORD: 'Bench@12345' },
  );
  const browser = await launchChromium();
  try {
    const { strapi, baseUrl } = app;
    const user = await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: 'canbo.ancuu@dienhinh.local' } });
    const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    const reg = await strapi.db
      .query('plugin::recognition.registration')
      .findOne({ where: { unit: { code: '19815' }, year: 2026 } });
    const serial = (await strapi.db.query('plugin::recognition.recognition').findOne({ where: {} }))
      .serial;
    const pages: [string, string, boolean][] = [
      ['reference: verification page', `${baseUrl}/verify/${serial}`, false],
      ['portal: login', `${baseUrl}/portal/`, false],
      ['portal: self-score', `${baseUrl}/portal/ho-so/${reg.documentId}/tieu-chi`, true],
    ];
    const rows: [string, Scores][] = [];
    for (const [label, url, signedIn] of pages) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      // Signed in as the demo officer: the token is where the portal keeps it, in every document.
      if (signedIn)
        await page.evaluateOnNewDocument(
          (t) => sessionStorage.setItem('dienhinh.portal.jwt', t),
          jwt,
        );
      rows.push([label, await lighthouseRun(page, url)]);
      // The self-score page is measured signed in, with its criteria on screen, not a redirect to the login.
      if (signedIn) {
        const shown = await page.$$eval('.criterion', (l) => l.length);
        if (!shown)
          throw new Error(
            'the self-score page showed no criterion: the run did not measure it signed in',
          );
        console.log(`  (${label}: ${shown} criteria on screen)`);
      }
      await context.close();
    }
    const ref = rows[0][1];
    console.log('\nLighthouse, mobile (targets: performance ≥ 90, accessibility ≥ 95)');
    console.log(
      '  page                           perf  a11y   FCP ms   LCP ms  TBT ms   LCP / reference',
    );
    for (const [label, s] of rows) {
      console.log(
        `  ${label.padEnd(30)} ${String(s.performance).padStart(4)}  ${String(s.accessibility).padStart(4)}  ${String(s.fcp).padStart(7)}  ${String(s.lcp).padStart(7)}  ${String(s.tbt).padStart(6)}   ${(s.lcp / ref.lcp).toFixed(2)}×`,
      );
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
