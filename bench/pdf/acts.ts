// Every kind of act as issued on demand (rendered through the pool and signed, from its template's
// fixture): in sequence and 20 at once, against blank documents of the same page count printed on
// warm pages at the same concurrency in the same run. The ratio is the certificate's: the act's
// render p50 at 20 at once over the blank floor's p50 at 20 at once (target ≤ 2×); the signed
// time is printed beside it.
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
} from '../../pipeline/src';
import { projectRoot } from '../../pipeline/src/paths';
import { crowdTimes, met, pct } from './measure';

/** The template of each act the programme issues (templates/<kind>). */
export const actTemplates = [
  'plan',
  'council-decision',
  'minutes',
  'proposal',
  'report-act',
  'review-act',
  'commendation-decision',
] as const;

const fixture = (kind: string) =>
  JSON.parse(fs.readFileSync(path.join(projectRoot(), 'templates', kind, 'fixture.json'), 'utf8'));

/** Blank documents of `pages` pages, `together` at once over `slots` warm pages, five rounds: p50 ms. */
async function blankCrowd(slots: number, pages: number, together: number): Promise<number> {
  const browser = await launchChromium({ executablePath: loadPipelineConfig().chromiumPath });
  const warm: Page[] = await Promise.all(Array.from({ length: slots }, () => browser.newPage()));
  const html = `<!doctype html><html><body>${'<div style="height: 1px; break-after: page"></div>'.repeat(pages)}</body></html>`;
  const print = async (p: Page) => {
    await p.setContent(html);
    return p.pdf({ format: 'A4' });
  };
  const check = await PDFDocument.load(await print(warm[0]));
  if (check.getPageCount() !== pages)
    throw new Error(`blank floor has ${check.getPageCount()} pages`);
  for (let i = 0; i < 5; i++) await print(warm[0]);
  const times = await crowdTimes(warm, together, print);
  await browser.close();
  return pct(times, 50);
}

export type ActFigures = {
  kind: string;
  pages: number;
  /** Rendered (the ratio's measure, as the certificate's), and rendered and signed. */
  seq50: number;
  crowd50: number;
  crowd99: number;
  signedSeq50: number;
  signedCrowd50: number;
  floor50: number;
};

/** One kind of act, signed, in sequence (`m` of them) and `together` at once (five rounds). */
async function oneKind(pool: PdfPool, keyFile: string, kind: string, m: number, together: number) {
  const identity = loadSigningIdentity(keyFile, 'bench');
  const data = fixture(kind);
  let pages = 0;
  const one = async (i: number) => {
    const t = performance.now();
    const r = await renderDocument(pool, kind, { ...data, number: `${i + 1}/BENCH` });
    if (!r.ok) throw new Error(`${kind}: ${r.error.message}`);
    const rendered = performance.now() - t;
    const signed = await finishPdf(
      r.value.pdf,
      {
        title: r.value.title,
        subject: r.value.subject,
        templateVersion: r.value.templateVersion,
        dataHash: '0'.repeat(64),
      },
      { identity, signingTime: new Date(), reason: r.value.subject, location: 'Huế' },
    );
    if (!pages) pages = (await PDFDocument.load(signed)).getPageCount();
    return { render: rendered, total: performance.now() - t };
  };
  for (let i = 0; i < 3; i++) await one(i);
  const seq: { render: number; total: number }[] = [];
  for (let i = 0; i < m; i++) seq.push(await one(i));
  const crowd: { render: number; total: number }[] = [];
  for (let round = 0; round < 5; round++)
    crowd.push(
      ...(await Promise.all(Array.from({ length: together }, (_, i) => one(1000 * round + i)))),
    );
  return { pages, seq, crowd };
}

export async function actsOnDemand(keyFile: string, m = 20, together = 20): Promise<ActFigures[]> {
  const cfg = loadPipelineConfig();
  const out: ActFigures[] = [];
  // An untimed pass first: the machine, the fonts and the signer warm, as a running server has them.
  const warm = new PdfPool(cfg);
  await oneKind(warm, keyFile, actTemplates[0], 3, together);
  await warm.close();
  // The certificate first, measured the same way: the reference whose ratio the acts are held to.
  for (const kind of ['certificate', ...actTemplates]) {
    const pool = new PdfPool(cfg);
    const r = await oneKind(pool, keyFile, kind, m, together);
    await pool.close();
    // Each kind's floor is measured right after it, so that both see the machine alike.
    const floor = await blankCrowd(cfg.concurrency, r.pages, together);
    out.push({
      kind,
      pages: r.pages,
      seq50: pct(
        r.seq.map((x) => x.render),
        50,
      ),
      crowd50: pct(
        r.crowd.map((x) => x.render),
        50,
      ),
      crowd99: pct(
        r.crowd.map((x) => x.render),
        99,
      ),
      signedSeq50: pct(
        r.seq.map((x) => x.total),
        50,
      ),
      signedCrowd50: pct(
        r.crowd.map((x) => x.total),
        50,
      ),
      floor50: floor,
    });
  }
  return out;
}

export function printActs(figures: ActFigures[]): void {
  console.log(
    '\nevery act on demand, signed (pool as the server runs it), against blank documents of the same page count at the same concurrency:',
  );
  for (const f of figures) {
    const ratio = f.crowd50 / f.floor50;
    console.log(
      `  ${f.kind === 'certificate' ? 'certificate, for reference' : f.kind} (${f.pages} page${f.pages > 1 ? 's' : ''}): render in sequence p50 ${f.seq50.toFixed(0)} ms, 20 at once p50 ${f.crowd50.toFixed(0)} ms, p99 ${f.crowd99.toFixed(0)} ms; signed in sequence p50 ${f.signedSeq50.toFixed(0)} ms, 20 at once p50 ${f.signedCrowd50.toFixed(0)} ms; blank floor 20 at once p50 ${f.floor50.toFixed(0)} ms; render ratio ${ratio.toFixed(2)}× (target ≤ 2×: ${met(ratio <= 2)}), signed ${(f.signedCrowd50 / f.floor50).toFixed(2)}×`,
    );
  }
}
