// Many one-page documents of one kind printed as one Chromium job and split into one PDF each:
// a browser context and a layout pass per batch instead of per document.
import { PDFDocument } from 'pdf-lib';
import { fail, ok, type Result } from './errors';
import type { PdfPool } from './pool';
import { renderHtml, type RenderedHtml } from './render-html';
import { unescapeHtml } from './html-text';
import { numberedBody, numberedPageRules } from './merge';

export type BatchItem = {
  html: RenderedHtml;
  /** Copies the document's page into a PDF of its own (made on demand, to keep memory flat). */ doc: () => Promise<PDFDocument>;
};

/**
 * Puts the bodies of documents that share one head (same template) into one HTML page: each on
 * one page of its own (`one-page`, split back page by page) or on pages of its own numbered from
 * its second (`numbered`, split back by merge.ts's markers). An
 * image every document carries (the seal, the signature) is written once, in the shared
 * stylesheet, instead of once per document: fifty copies of the same data URL were 2.5 MB of HTML
 * for Chromium to parse and decode per batch.
 */
export function combineHtml(htmls: string[], layout: 'one-page' | 'numbered' = 'one-page'): string {
  const first = htmls[0];
  const headEnd = first.indexOf('<body>');
  let bodies = htmls.map((h) => h.slice(h.indexOf('<body>') + 6, h.lastIndexOf('</body>')));
  const imgs = /<img\b[^>]*>/g;
  const srcOf = (tag: string) => /\ssrc="(data:[^"]+)"/.exec(tag)?.[1];
  const counts = new Map<string, number>();
  for (const b of bodies)
    for (const [tag] of b.matchAll(imgs)) {
      const url = srcOf(tag);
      if (url) counts.set(url, (counts.get(url) ?? 0) + 1);
    }
  // Only base64 images: nothing in them can end the stylesheet's string.
  const base64Image = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/;
  const shared = [...counts]
    .filter(([url, n]) => n > 1 && base64Image.test(unescapeHtml(url)))
    .map(([url]) => url);
  const index = new Map(shared.map((url, i) => [url, i]));
  const rules = shared
    .map((url, i) => `img.dh-shared-${i}{content:url("${unescapeHtml(url)}")}`)
    .join('');
  if (shared.length) {
    // The image moves to the stylesheet; the element keeps its own classes, size and place.
    const withShared = (tag: string) => {
      const i = index.get(srcOf(tag) ?? '');
      if (i === undefined) return tag;
      const bare = tag.replace(/\ssrc="[^"]*"/, '');
      return /\sclass="/.test(bare)
        ? bare.replace(/\sclass="([^"]*)"/, ` class="$1 dh-shared-${i}"`)
        : bare.replace('<img', `<img class="dh-shared-${i}"`);
    };
    bodies = bodies.map((b) => b.replace(imgs, withShared));
  }
  // One page each on a page of its own name, which carries no page number: an official act
  // numbers its pages from the second, and a one-page act has none (Decree 30).
  const pageRules =
    layout === 'numbered'
      ? numberedPageRules(bodies.length)
      : '@page dh-one{@top-center{content:none}}';
  const head = first
    .slice(0, headEnd)
    .replace('</head>', `<style>${pageRules}${rules}</style></head>`);
  const wrapped = bodies.map((b, i) =>
    layout === 'numbered'
      ? numberedBody(i, b)
      : `<div style="page: dh-one; break-after: page">${b}</div>`,
  );
  return `${head}<body>${wrapped.join('')}</body></html>`;
}

export async function renderOnePageBatch(
  pool: PdfPool,
  kind: string,
  items: unknown[],
  timeoutMs?: number,
): Promise<Result<BatchItem[]>> {
  const htmls: RenderedHtml[] = [];
  for (const item of items) {
    const r = renderHtml(kind, item);
    if (!r.ok) return r;
    htmls.push(r.value);
  }
  const printed = await pool.render(combineHtml(htmls.map((h) => h.html)), {
    documents: items.length,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  if (!printed.ok) return printed;
  const source = await PDFDocument.load(printed.value.pdf, { updateMetadata: false });
  if (source.getPageCount() !== items.length) {
    return fail(
      'render-failed',
      `Lô ${items.length} văn bản cho ${source.getPageCount()} trang: mỗi văn bản phải đúng một trang.`,
    );
  }
  return ok(
    htmls.map((html, i) => ({
      html,
      doc: () => pageAsDocument(source, i),
    })),
  );
}

/** Page `i` of `source` as a document of its own. */
async function pageAsDocument(source: PDFDocument, i: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const [page] = await doc.copyPages(source, [i]);
  doc.addPage(page);
  return doc;
}

/** One PDF per page of `pdf`, each titled from `titles`; the pool's way back from documents printed together. */
export async function splitPages(pdf: Buffer, titles: string[]): Promise<Buffer[]> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  if (source.getPageCount() !== titles.length) return [];
  const out: Buffer[] = [];
  for (let i = 0; i < titles.length; i++) {
    const doc = await pageAsDocument(source, i);
    doc.setTitle(titles[i]);
    out.push(Buffer.from(await doc.save({ useObjectStreams: false })));
  }
  return out;
}
