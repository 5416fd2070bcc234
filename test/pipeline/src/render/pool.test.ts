// Real Chromium, real poppler: the certificate as a person would receive it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipelineConfig } from '../../../../pipeline/src/config';
import { PdfPool } from '../../../../pipeline/src/render/pool';
import { renderDocument } from '../../../../pipeline/src/render/render-document';
import { pdfFonts, pdfInfo, pdfText } from '../../../helpers/poppler';

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../../templates/certificate/fixture.json'), 'utf8'),
);
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe('PdfPool with real Chromium', () => {
  let pool: PdfPool;
  beforeAll(() => {
    pool = new PdfPool(loadPipelineConfig({}));
  });
  afterAll(() => pool.close());

  it('renders the certificate: A4, the national title and motto exactly, only the bundled font', async () => {
    const r = await renderDocument(pool, 'certificate', fixture);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    const pdf = r.value.pdf;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(info.pageSizeName).toBe('A4');
    // A4 landscape: 297 × 210 mm = 841.89 × 595.28 pt (Chromium rounds to whole pixels).
    expect(Math.abs(info.widthPt - 841.89)).toBeLessThan(1.5);
    expect(Math.abs(info.heightPt - 595.28)).toBeLessThan(1.5);
    expect(info.title).toBe('Giấy chứng nhận Phường An Cựu năm 2026');

    const text = pdfText(pdf);
    expect(text.normalize('NFC')).toBe(text);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('Phường An Cựu');
    expect(text).toContain('Nguyễn Thanh Bình');

    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
      expect(f.embedded).toBe(true);
    }
  });

  it('refuses and logs every request outside the document', async () => {
    const before = pool.blockedRequests.length;
    const r = await pool.render(
      page(
        '<img src="http://127.0.0.1:9/leak.png"><link rel="stylesheet" href="https://example.com/x.css"><iframe src="file:///etc/passwd"></iframe><p>nội dung</p>',
      ),
    );
    expect(r.ok).toBe(true);
    const urls = pool.blockedRequests.slice(before).map((b) => b.url);
    expect(urls).toEqual(
      expect.arrayContaining(['http://127.0.0.1:9/leak.png', 'https://example.com/x.css']),
    );
    if (r.ok) expect(pdfText(r.value.pdf)).not.toContain('root:');
  });

  it('prints hostile unit names and plan text as text, and Chromium asks for nothing outside the document', async () => {
    const hostile = [
      '<script>fetch("http://127.0.0.1:9/x")</script>',
      '<img src="http://example.com/a.png">',
      '<iframe src="file:///etc/passwd"></iframe>',
      '<iframe src="http://127.0.0.1:1337/admin"></iframe>',
      '<style>@import url("http://127.0.0.1:9/x.css");</style>',
      '<link rel="stylesheet" href="//example.com/x.css">',
      '{{constructor.constructor "return process"}}',
    ].join(' ');
    const before = pool.blockedRequests.length;
    const cert = await renderDocument(pool, 'certificate', {
      ...fixture,
      unit: { name: hostile.slice(0, 200) },
      grantor: hostile.slice(100, 300),
    });
    if (!cert.ok) throw new Error(cert.error.message);
    const plan = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../../../templates/plan/fixture.json'), 'utf8'),
    );
    plan.sections[0].blocks[0].text = hostile;
    plan.title = hostile;
    const planPdf = await renderDocument(pool, 'plan', plan);
    if (!planPdf.ok) throw new Error(planPdf.error.message);
    expect(pool.blockedRequests.slice(before)).toEqual([]);
    for (const pdf of [cert.value.pdf, planPdf.value.pdf]) {
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain('<script>fetch(');
      expect(text).not.toContain('root:x:0:0');
    }
    expect(pdfText(planPdf.value.pdf).replace(/\s+/g, ' ')).toContain(
      '{{constructor.constructor "return process"}}',
    );
  });

  it('keeps JavaScript off', async () => {
    const r = await pool.render(
      page('<p id="t">tĩnh</p><script>document.getElementById("t").textContent = "động"</script>'),
    );
    if (!r.ok) throw new Error(r.error.message);
    const text = pdfText(r.value.pdf);
    expect(text).toContain('tĩnh');
    expect(text).not.toContain('động');
  });

  it('answers queue-full when the queue is at its bound', async () => {
    const small = new PdfPool(
      loadPipelineConfig({ DIENHINH_PDF_CONCURRENCY: '1', DIENHINH_PDF_QUEUE_MAX: '1' }),
    );
    try {
      const jobs = [
        small.render(page('<p>1</p>')),
        small.render(page('<p>2</p>')),
        small.render(page('<p>3</p>')),
      ];
      const results = await Promise.all(jobs);
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([
        'queue-full',
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(2);
    } finally {
      await small.close();
    }
  });

  it('answers timeout when a job misses its deadline', async () => {
    const r = await pool.render(page('<p>chậm</p>'), { timeoutMs: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('restarts the browser after N jobs and keeps rendering', async () => {
    const p = new PdfPool(
      loadPipelineConfig({ DIENHINH_PDF_RESTART_AFTER: '2', DIENHINH_PDF_CONCURRENCY: '1' }),
    );
    try {
      for (let i = 0; i < 5; i++) expect((await p.render(page(`<p>${i}</p>`))).ok).toBe(true);
      expect(p.stats().launches).toBe(3);
      expect(p.stats().completed).toBe(5);
    } finally {
      await p.close();
    }
  });

  it('recovers when the browser process is killed', async () => {
    const p = new PdfPool(loadPipelineConfig({}));
    try {
      expect((await p.render(page('<p>trước</p>'))).ok).toBe(true);
      type Killable = { browser: { process(): { kill(s: string): void } | null } };
      const browser = (p as unknown as { browsers: { current: Killable } }).browsers.current
        .browser;
      browser.process()?.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 200));
      const r = await p.render(page('<p>sau</p>'));
      expect(r.ok).toBe(true);
      expect(p.stats().launches).toBe(2);
    } finally {
      await p.close();
    }
  });

  it('answers browser-unavailable with the install hint when Chromium is missing', async () => {
    const p = new PdfPool(loadPipelineConfig({ DIENHINH_CHROMIUM_PATH: '/nonexistent/chromium' }));
    const r = await p.render(page('<p>x</p>'));
    expect(r).toMatchObject({ ok: false, error: { code: 'browser-unavailable' } });
    if (!r.ok) expect(r.error.message).toContain('apt-get install -y chromium');
    await p.close();
  });

  it('answers pool-closed after close', async () => {
    const p = new PdfPool(loadPipelineConfig({}));
    await p.close();
    expect(await p.render(page('<p>x</p>'))).toMatchObject({
      ok: false,
      error: { code: 'pool-closed' },
    });
  });
});
