// Batches: one print for many one-page documents, split back; an image they all carry written once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combineHtml, renderOnePageBatch, splitPages } from '../../../../pipeline/src/render/batch';
import { loadPipelineConfig } from '../../../../pipeline/src/config';
import { PdfPool } from '../../../../pipeline/src/render/pool';
import { renderHtml } from '../../../../pipeline/src/render/render-html';
import { signatureImages } from '../../../../pipeline/src/sign/stamps';
import { pdfInfo, pdfText } from '../../../helpers/poppler';

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../../templates/certificate/fixture.json'), 'utf8'),
);
const certificate = async (i: number) => ({
  ...fixture,
  unit: { name: `Xã Thử Nghiệm ${i}` },
  serial: `TEST-${String(i).padStart(6, '0')}`,
  signature: {
    time: '2026-12-08T10:00:00+07:00',
    ...(await signatureImages(fixture.issuer.lines.join(' '), fixture.signer.name)),
  },
});

describe('combineHtml', () => {
  it('writes an image every document carries once, in the stylesheet, and keeps each element and its classes', async () => {
    const htmls = await Promise.all(
      [1, 2, 3].map(async (i) => {
        const r = renderHtml('certificate', await certificate(i));
        if (!r.ok) throw new Error(r.error.message);
        return r.value.html;
      }),
    );
    const combined = combineHtml(htmls);
    expect((combined.match(/data:image\/png;base64/g) ?? []).length).toBe(2);
    expect((combined.match(/<img class="seal dh-shared-\d"/g) ?? []).length).toBe(3);
    expect((combined.match(/<img class="hand dh-shared-\d"/g) ?? []).length).toBe(3);
    // Handlebars' character references are decoded for the stylesheet, where they would not be.
    expect(combined).toMatch(
      /img\.dh-shared-0\{content:url\("data:image\/png;base64,[A-Za-z0-9+/=]+"\)\}/,
    );
    expect(combined.length).toBeLessThan(htmls.reduce((n, h) => n + h.length, 0) / 2);
  });

  it('leaves an image that only one document carries, and anything that is not a base64 image, where it is', () => {
    const doc = (body: string) =>
      `<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`;
    const svg = 'data:image/svg+xml;utf8,&lt;svg&gt;&lt;/svg&gt;';
    const combined = combineHtml([
      doc(`<img src="${svg}"><img src="data:image/png;base64,AAAA">`),
      doc(`<img src="${svg}">`),
    ]);
    expect(combined).not.toContain('dh-shared');
    expect((combined.match(/src="data:/g) ?? []).length).toBe(3);
  });
});

describe('renderOnePageBatch with real Chromium', () => {
  let pool: PdfPool;
  beforeAll(() => {
    pool = new PdfPool(loadPipelineConfig({}));
  });
  afterAll(() => pool.close());

  it('gives each certificate its own page with its own text and the seal and signature images drawn', async () => {
    const items = await Promise.all([1, 2, 3].map(certificate));
    const r = await renderOnePageBatch(pool, 'certificate', items);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toHaveLength(3);
    for (const [i, item] of r.value.entries()) {
      const pdf = Buffer.from(await (await item.doc()).save());
      expect(pdfInfo(pdf).pages).toBe(1);
      expect(pdfText(pdf)).toContain(`Xã Thử Nghiệm ${i + 1}`);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-batch-'));
      fs.writeFileSync(path.join(dir, 'c.pdf'), pdf);
      // pdfimages lists each image and its soft mask: the seal (400 × 400) and the signature (480 × 180).
      const list = execFileSync('pdfimages', ['-list', path.join(dir, 'c.pdf')], {
        encoding: 'utf8',
      });
      fs.rmSync(dir, { recursive: true, force: true });
      expect(list).toMatch(/\bimage\s+400\s+400\b/);
      expect(list).toMatch(/\bimage\s+480\s+180\b/);
    }
  });

  it('splits a printed PDF into one titled PDF per page, and into none when the count differs', async () => {
    const r = await pool.render(
      combineHtml([
        '<!doctype html><html><head></head><body><p>một</p></body></html>',
        '<!doctype html><html><head></head><body><p>hai</p></body></html>',
      ]),
    );
    if (!r.ok) throw new Error(r.error.message);
    const pages = await splitPages(r.value.pdf, ['Một & một', 'Hai']);
    expect(pages.map((p) => pdfInfo(p).title)).toEqual(['Một & một', 'Hai']);
    expect(pdfText(pages[1])).toContain('hai');
    expect(await splitPages(r.value.pdf, ['chỉ một'])).toEqual([]);
  });
});
