// A preview's mark ("BẢN XEM TRƯỚC – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ") on every official template, printed
// in real Chromium and read back with poppler: whole on the page (never cut at the margins, as it
// once was on the minutes) and on every page.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipelineConfig } from '../../pipeline/src/config';
import { PdfPool } from '../../pipeline/src/render/pool';
import { renderDocument } from '../../pipeline/src/render/render-document';
import { pdfWords, wordsOutsideMargins } from '../helpers/poppler';

const fixture = (kind: string) =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../templates', kind, 'fixture.json'), 'utf8'),
  );
const MARK = ['XEM', 'TRƯỚC', 'KHÔNG', 'GIÁ', 'TRỊ', 'PHÁP'];

describe('the preview mark', () => {
  let pool: PdfPool;
  beforeAll(() => {
    pool = new PdfPool(loadPipelineConfig({}));
  });
  afterAll(async () => {
    await pool.close();
  });

  it.each(['plan', 'decision', 'minutes', 'dossier-report', 'registration-form', 'report'])(
    '%s: the mark is whole, inside the margins, on every page',
    async (kind) => {
      const r = await renderDocument(pool, kind, fixture(kind), { preview: true });
      if (!r.ok) throw new Error(r.error.message);
      const pages = pdfWords(r.value.pdf);
      for (const p of pages)
        expect(
          MARK.filter((w) => !p.words.some((x) => x.text === w)),
          `page ${pages.indexOf(p) + 1}`,
        ).toEqual([]);
      expect(wordsOutsideMargins(pages).map((o) => `${o.page}: ${o.word.text}`)).toEqual([]);
    },
  );
});
