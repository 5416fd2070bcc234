// Documents of any length printed together and cut back by their markers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument, PDFName } from 'pdf-lib';
import { combineHtml } from '../../../../pipeline/src/render/batch';
import { loadPipelineConfig } from '../../../../pipeline/src/config';
import { splitDocuments } from '../../../../pipeline/src/render/merge';
import { PdfPool } from '../../../../pipeline/src/render/pool';
import { pdfInfo, pdfText } from '../../../helpers/poppler';

const doc = (name: string, pages: number) =>
  `<!doctype html><html><head><style>@page{size:A4;margin:20mm;@top-center{content:counter(page)}}@page :first{@top-center{content:none}}</style></head><body>${Array.from(
    { length: pages },
    (_, i) => `<p style="break-after: page">${name} trang ${i + 1}</p>`,
  )
    .join('')
    .replace(/ style="break-after: page">([^<]*)<\/p>$/, '>$1</p>')}</body></html>`;

describe('splitDocuments', () => {
  let pool: PdfPool;
  beforeAll(() => {
    pool = new PdfPool(loadPipelineConfig({}));
  });
  afterAll(async () => {
    await pool.close();
  });

  it('cuts documents of different lengths back apart, numbered each from its own second page, without the markers', async () => {
    const r = await pool.render(
      combineHtml([doc('một', 3), doc('hai', 1), doc('ba', 2)], 'numbered'),
    );
    if (!r.ok) throw new Error(r.error.message);
    const docs = await splitDocuments(r.value.pdf, ['Một', 'Hai', 'Ba']);
    expect(docs.map((p) => pdfInfo(p).pages)).toEqual([3, 1, 2]);
    expect(docs.map((p) => pdfInfo(p).title)).toEqual(['Một', 'Hai', 'Ba']);
    // pdftotext ends every page with a form feed.
    const pages = (pdf: Buffer, n: number) =>
      pdfText(pdf)
        .split('\f')
        .slice(0, n)
        .map((t) => t.trim());
    expect(pages(docs[0], 3)).toEqual(['một trang 1', '2\n\nmột trang 2', '3\n\nmột trang 3']);
    expect(pages(docs[1], 1)).toEqual(['hai trang 1']);
    expect(pages(docs[2], 2)).toEqual(['ba trang 1', '2\n\nba trang 2']);
    for (const pdf of docs) {
      const loaded = await PDFDocument.load(pdf);
      for (const page of loaded.getPages())
        expect(page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)).toBeUndefined();
    }
  });

  it('gives nothing back when the markers do not account for every document', async () => {
    const r = await pool.render(combineHtml([doc('một', 2), doc('hai', 1)], 'numbered'));
    if (!r.ok) throw new Error(r.error.message);
    expect(await splitDocuments(r.value.pdf, ['Một'])).toEqual([]);
    expect(await splitDocuments(r.value.pdf, ['Một', 'Hai', 'Ba'])).toEqual([]);
    const plain = await pool.render(doc('một', 2));
    if (!plain.ok) throw new Error(plain.error.message);
    expect(await splitDocuments(plain.value.pdf, ['Một'])).toEqual([]);
  });
});
