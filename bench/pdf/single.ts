// One document where a person waits (a preview, the first download of a certificate, a plan),
// through the pool as the server runs it, against blank pages printed on warm pages in the same
// run: alone, 20 requested at once over as many warm pages as the pool has slots, and a blank
// document with as many pages as the plan.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'puppeteer';
import {
  finishPdf,
  launchChromium,
  loadPipelineConfig,
  loadSigningIdentity,
  PdfPool,
  renderDocument,
  renderHtml,
  signatureImages,
} from '../../pipeline/src';
import { projectRoot } from '../../pipeline/src/paths';
import { crowdTimes, met, pct } from './measure';

const fixture = (kind: string) =>
  JSON.parse(fs.readFileSync(path.join(projectRoot(), 'templates', kind, 'fixture.json'), 'utf8'));

export type Floors = {
  perSecond: number;
  alone50: number;
  crowd50: number;
  crowd99: number;
  pages: number;
  pages50: number;
  singles50: number;
  bare50: number;
};

/**
 * Blank pages on warm pages: one at a time, `together` at once over `slots` pages, one document
 * of `pages` blank pages, and `pages` one-page blank documents printed one after another. Then
 * `html` (the plan) printed on the same bare warm page: Chromium's own time for the document,
 * without the pool, the lock-down or the templates, which tells the pipeline's share from the
 * engine's.
 */
export async function blankFloors(
  slots: number,
  pages: number,
  html: string,
  together = 20,
  m = 100,
): Promise<Floors> {
  const browser = await launchChromium({ executablePath: loadPipelineConfig().chromiumPath });
  const warm: Page[] = await Promise.all(Array.from({ length: slots }, () => browser.newPage()));
  const blankHtml = (n: number) =>
    `<!doctype html><html><body>${'<div style="height: 1px; break-after: page"></div>'.repeat(n)}</body></html>`;
  const print = async (p: Page, n = 1) => {
    await p.setContent(blankHtml(n));
    return p.pdf({ format: 'A4' });
  };
  for (let i = 0; i < 5; i++) await print(warm[0]);
  const alone: number[] = [];
  const started = performance.now();
  for (let i = 0; i < m; i++) {
    const t = performance.now();
    await print(warm[0]);
    alone.push(performance.now() - t);
  }
  const perSecond = m / ((performance.now() - started) / 1000);
  // The same queue discipline as the pool: requests wait for the next free page.
  const crowd = await crowdTimes(warm, together, (p) => print(p));
  const many: number[] = [];
  const check = await PDFDocument.load(await print(warm[0], pages));
  if (check.getPageCount() !== pages)
    throw new Error(`blank document has ${check.getPageCount()} pages, not ${pages}`);
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await print(warm[0], pages);
    many.push(performance.now() - t);
  }
  const singles: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    for (let k = 0; k < pages; k++) await print(warm[0]);
    singles.push(performance.now() - t);
  }
  const bare: number[] = [];
  for (let i = 0; i < 23; i++) {
    const t = performance.now();
    await warm[0].setContent(html, { waitUntil: 'load' });
    await warm[0].pdf({ preferCSSPageSize: true, printBackground: true });
    if (i >= 3) bare.push(performance.now() - t);
  }
  await browser.close();
  return {
    perSecond,
    alone50: pct(alone, 50),
    crowd50: pct(crowd, 50),
    crowd99: pct(crowd, 99),
    pages,
    pages50: pct(many, 50),
    singles50: pct(singles, 50),
    bare50: pct(bare, 50),
  };
}

/** A certificate through the pool, signed: in sequence and `together` at once, with each stage's time. */
export async function oneCertificate(keyFile: string, m = 30, together = 20) {
  const pool = new PdfPool(loadPipelineConfig());
  const identity = loadSigningIdentity(keyFile, 'bench');
  const cert = fixture('certificate');
  const images = await signatureImages(cert.issuer.lines.join(' '), cert.signer.name);
  const one = async (i: number) => {
    const t = performance.now();
    const r = await renderDocument(pool, 'certificate', {
      ...cert,
      serial: `ONE-${String(i).padStart(6, '0')}`,
      signature: { time: '2026-12-08T10:00:00+07:00', ...images },
    });
    if (!r.ok) throw new Error(r.error.message);
    const f = performance.now();
    await finishPdf(
      r.value.pdf,
      {
        title: r.value.title,
        subject: r.value.subject,
        templateVersion: r.value.templateVersion,
        dataHash: '0'.repeat(64),
      },
      { identity, signingTime: new Date(), reason: r.value.subject, location: 'Huế' },
    );
    const end = performance.now();
    return {
      total: end - t,
      render: f - t,
      finish: end - f,
      html: r.value.htmlMs,
      wait: r.value.waitMs,
      htmlBytes: r.value.htmlBytes,
      ...r.value.stages,
    };
  };
  for (let i = 0; i < 3; i++) await one(i);
  const sequence: Awaited<ReturnType<typeof one>>[] = [];
  for (let i = 0; i < m; i++) sequence.push(await one(i));
  const crowd: Awaited<ReturnType<typeof one>>[] = [];
  for (let round = 0; round < 5; round++)
    crowd.push(
      ...(await Promise.all(Array.from({ length: together }, (_, i) => one(1000 * round + i)))),
    );
  await pool.close();
  const p50 = (xs: typeof sequence, k: keyof (typeof sequence)[number]) =>
    pct(
      xs.map((x) => x[k] as number),
      50,
    );
  const p99 = (xs: typeof sequence, k: keyof (typeof sequence)[number]) =>
    pct(
      xs.map((x) => x[k] as number),
      99,
    );
  return {
    seq: {
      render50: p50(sequence, 'render'),
      render99: p99(sequence, 'render'),
      total50: p50(sequence, 'total'),
      total99: p99(sequence, 'total'),
    },
    crowd: {
      render50: p50(crowd, 'render'),
      render99: p99(crowd, 'render'),
      total50: p50(crowd, 'total'),
      total99: p99(crowd, 'total'),
    },
    stages: {
      html: p50(sequence, 'html'),
      queue: p50(sequence, 'wait'),
      context: p50(sequence, 'contextMs'),
      page: p50(sequence, 'pageMs'),
      load: p50(sequence, 'contentMs'),
      print: p50(sequence, 'printMs'),
      close: p50(sequence, 'closeMs'),
      finish: p50(sequence, 'finish'),
    },
    htmlKb: sequence[0].htmlBytes / 1024,
  };
}

/** A plan of about ten pages (the fixture's sections repeated) through the pool, in sequence; its page count for the blank floor. */
export async function onePlan(m = 20, wantPages = 10) {
  const pool = new PdfPool(loadPipelineConfig());
  const base = fixture('plan');
  const pagesOf = async (data: unknown) => {
    const r = await renderDocument(pool, 'plan', data);
    if (!r.ok) throw new Error(r.error.message);
    return (await PDFDocument.load(r.value.pdf)).getPageCount();
  };
  let plan = base;
  let pages = await pagesOf(plan);
  for (let copies = 2; pages < wantPages; copies++) {
    const sections = Array.from({ length: copies }, () => base.sections).flat();
    plan = {
      ...base,
      sections: sections.map((s: { number: string }, i: number) => ({
        ...s,
        number: String(i + 1),
      })),
    };
    pages = await pagesOf(plan);
  }
  const times: number[] = [];
  for (let i = 0; i < m + 3; i++) {
    const t = performance.now();
    const r = await renderDocument(pool, 'plan', plan);
    if (!r.ok) throw new Error(r.error.message);
    if (i >= 3) times.push(performance.now() - t);
  }
  await pool.close();
  const html = renderHtml('plan', plan);
  if (!html.ok) throw new Error(html.error.message);
  return { p50: pct(times, 50), pages, html: html.value.html };
}

export function printSingle(
  single: Awaited<ReturnType<typeof oneCertificate>>,
  plan: Awaited<ReturnType<typeof onePlan>>,
  floor: Floors,
): void {
  const { seq, crowd, stages: st } = single;
  console.log(`\none certificate where a person waits (pool as the server runs it):`);
  console.log(
    `  render, in sequence: p50 ${seq.render50.toFixed(0)} ms, p99 ${seq.render99.toFixed(0)} ms; signed: p50 ${seq.total50.toFixed(0)} ms, p99 ${seq.total99.toFixed(0)} ms`,
  );
  console.log(
    `  render, 20 at once: p50 ${crowd.render50.toFixed(0)} ms, p99 ${crowd.render99.toFixed(0)} ms; signed: p50 ${crowd.total50.toFixed(0)} ms, p99 ${crowd.total99.toFixed(0)} ms`,
  );
  console.log(
    `  where the time goes (p50 in sequence, ms): HTML ${st.html.toFixed(1)} (${single.htmlKb.toFixed(0)} KB), queue ${st.queue.toFixed(0)}, new context ${st.context.toFixed(1)}, page and lock-down ${st.page.toFixed(1)}, document load ${st.load.toFixed(1)}, print ${st.print.toFixed(1)}, page kept or closed ${st.close.toFixed(1)}, finish and sign ${st.finish.toFixed(1)}`,
  );
  console.log(
    `  blank-page floor on warm pages: alone p50 ${floor.alone50.toFixed(1)} ms; 20 at once over as many warm pages as the pool's slots p50 ${floor.crowd50.toFixed(0)} ms, p99 ${floor.crowd99.toFixed(0)} ms`,
  );
  const r50 = crowd.render50 / floor.crowd50;
  const r99 = crowd.render99 / floor.crowd50;
  console.log(
    `  ratios at 20 at once, against the blank floor at 20 at once: p50 ${r50.toFixed(2)}× (target ≤ 2×: ${met(r50 <= 2)}), p99 ${r99.toFixed(2)}× its p50 (target ≤ 5×: ${met(r99 <= 5)})`,
  );
  console.log(
    `  against one blank page alone: 20 at once p50 ${(crowd.render50 / floor.alone50).toFixed(1)}×, p99 ${(crowd.render99 / floor.alone50).toFixed(1)}×; in sequence p50 ${(seq.render50 / floor.alone50).toFixed(1)}×`,
  );
  const rp = plan.p50 / floor.pages50;
  console.log(
    `  plan of ${plan.pages} pages: p50 ${plan.p50.toFixed(0)} ms against a document of ${floor.pages} blank pages p50 ${floor.pages50.toFixed(0)} ms: ${rp.toFixed(2)}× (target ≤ 2×: ${met(rp <= 2)})`,
  );
  console.log(
    `    the same plan's HTML printed by Chromium alone on a bare warm page: p50 ${floor.bare50.toFixed(0)} ms, ${(floor.bare50 / floor.pages50).toFixed(2)}× the blank document; the pool adds ${(plan.p50 / floor.bare50).toFixed(2)}× on it`,
  );
  console.log(
    `    ${floor.pages} one-page blank documents printed one after another: p50 ${floor.singles50.toFixed(0)} ms; the plan takes ${(plan.p50 / floor.singles50).toFixed(2)}× that`,
  );
}
