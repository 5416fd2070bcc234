// Many one-page documents of one kind printed as one Chromium job and split into one PDF each:
// a browser context and a layout pass per batch instead of per document.
import { PDFDocument } from 'pdf-lib';
import { fail, ok, type Result } from './errors';
import type { PdfPool } from './pool';
import { renderHtml, type RenderedHtml } from './render-html';

export type BatchItem = { html: RenderedHtml; /** Copies the document's page into a PDF of its own (made on demand, to keep memory flat). */ doc: () => Promise<PDFDocument> };

/** Puts the bodies of documents that share one head (same template) into one HTML page each. */
export function combineHtml(htmls: string[]): string {
  const first = htmls[0];
  const headEnd = first.indexOf('<body>');
  const bodies = htmls.map((h) => h.slice(h.indexOf('<body>') + 6, h.lastIndexOf('</body>')));
  return `${first.slice(0, headEnd)}<body>${bodies.map((b) => `<div style="break-after: page">${b}</div>`).join('')}</body></html>`;
}

export async function renderOnePageBatch(pool: PdfPool, kind: string, items: unknown[], timeoutMs?: number): Promise<Result<BatchItem[]>> {
  const htmls: RenderedHtml[] = [];
  for (const item of items) {
    const r = renderHtml(kind, item);
    if (!r.ok) return r;
    htmls.push(r.value);
  }
  const printed = await pool.render(combineHtml(htmls.map((h) => h.html)), timeoutMs ? { timeoutMs } : {});
  if (!printed.ok) return printed;
  const source = await PDFDocument.load(printed.value.pdf, { updateMetadata: false });
  if (source.getPageCount() !== items.length) {
    return fail('render-failed', `Lô ${items.length} văn bản cho ${source.getPageCount()} trang: mỗi văn bản phải đúng một trang.`);
  }
  return ok(
    htmls.map((html, i) => ({
      html,
      doc: async () => {
        const doc = await PDFDocument.create({ updateMetadata: false });
        const [page] = await doc.copyPages(source, [i]);
        doc.addPage(page);
        return doc;
      },
    })),
  );
}

/** One PDF per page of `pdf`, each titled from `titles`; the pool's way back from documents printed together. */
export async function splitPages(pdf: Buffer, titles: string[]): Promise<Buffer[]> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  if (source.getPageCount() !== titles.length) return [];
  const out: Buffer[] = [];
  for (let i = 0; i < titles.length; i++) {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const [page] = await doc.copyPages(source, [i]);
    doc.addPage(page);
    doc.setTitle(titles[i]);
    out.push(Buffer.from(await doc.save({ useObjectStreams: false })));
  }
  return out;
}
