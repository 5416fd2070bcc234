// Warm pages: a document someone waits for reuses a locked-down page; a large job and a failed
// one never leave a page behind for the next.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipelineConfig } from '../../../../pipeline/src/config';
import { PdfPool } from '../../../../pipeline/src/render/pool';
import { WARM_HTML_MAX } from '../../../../pipeline/src/render/pool-page';
import { pdfInfo, pdfText } from '../../../helpers/poppler';

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe('PdfPool warm pages', () => {
  let pool: PdfPool;
  beforeAll(() => {
    pool = new PdfPool(loadPipelineConfig({ DIENHINH_PDF_CONCURRENCY: '1' }));
  });
  afterAll(() => pool.close());

  const render = async (html: string, timeoutMs?: number) => {
    const r = await pool.render(html, timeoutMs ? { timeoutMs } : {});
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  };

  it('reuses the page for the next document, which shows nothing of the one before', async () => {
    const first = await render(page('<p>văn bản thứ nhất</p>'));
    expect(first.stages.contextMs).toBeGreaterThan(0);
    const second = await render(page('<p>văn bản thứ hai</p>'));
    expect(second.stages.contextMs).toBe(0);
    expect(second.stages.pageMs).toBe(0);
    const text = pdfText(second.pdf);
    expect(text).toContain('văn bản thứ hai');
    expect(text).not.toContain('thứ nhất');
  });

  it('keeps the lock-down on a reused page: JavaScript off, outside requests refused and logged', async () => {
    await render(page('<p>làm ấm</p>'));
    const before = pool.blockedRequests.length;
    const r = await render(
      page(
        '<p id="t">tĩnh</p><script>document.getElementById("t").textContent = "động"</script><img src="http://127.0.0.1:9/leak.png">',
      ),
    );
    expect(r.stages.contextMs).toBe(0);
    expect(pdfText(r.pdf)).toContain('tĩnh');
    expect(pdfText(r.pdf)).not.toContain('động');
    expect(pool.blockedRequests.slice(before).map((b) => b.url)).toEqual([
      'http://127.0.0.1:9/leak.png',
    ]);
  });

  it('prints a large job in a context of its own and keeps the warm page for the next small one', async () => {
    await render(page('<p>làm ấm</p>'));
    // Large in bytes, quick to print: the size alone decides.
    const large = await render(page(`<p>phụ lục</p><!--${'x'.repeat(WARM_HTML_MAX)}-->`));
    expect(large.stages.contextMs).toBeGreaterThan(0);
    const small = await render(page('<p>nhỏ</p>'));
    expect(small.stages.contextMs).toBe(0);
  });

  it('throws the page away after a job that missed its deadline', async () => {
    await render(page('<p>làm ấm</p>'));
    const late = await pool.render(page('<p>chậm</p>'), { timeoutMs: 1 });
    expect(late).toMatchObject({ ok: false, error: { code: 'timeout' } });
    // The timed-out job may still be running on the warm page; the next one waits for the slot.
    const next = await render(page('<p>tiếp theo</p>'));
    expect(pdfText(next.pdf)).toContain('tiếp theo');
  });

  it('replaces a warm page whose renderer died, without waiting for the deadline', async () => {
    await render(page('<p>làm ấm</p>'));
    // The generation in use (pool-browser.ts), reached past its privacy for the test.
    const warm = (
      pool as unknown as { browsers: { current: { warm: { page: import('puppeteer').Page }[] } } }
    ).browsers.current.warm;
    expect(warm.length).toBe(1);
    // The renderer killed while the page waits (by another program, out of memory): the next job opens a fresh page.
    const crashed = new Promise((resolve) => warm[0].page.once('error', resolve));
    // (Page.crash answers only when the target is gone: not awaited.)
    void (await warm[0].page.createCDPSession()).send('Page.crash').catch(() => undefined);
    await crashed;
    const t = Date.now();
    const next = await render(page('<p>sau khi trang chết</p>'), 20_000);
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(next.stages.contextMs).toBeGreaterThan(0);
    expect(pdfText(next.pdf)).toContain('sau khi trang chết');
  });

  it('prints one-page documents waiting together as one job and gives each its own PDF and title', async () => {
    const doc = (i: number) =>
      `<!doctype html><html><head><meta charset="utf-8"><title>Giấy số ${i} &amp; bản chính</title></head><body><p>Đơn vị số ${i}</p></body></html>`;
    // Asked for in one turn of the event loop: all six go to the only slot as one job.
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => pool.render(doc(i), { mergeKey: 'giay' })),
    );
    const values = results.map((r) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    expect(values.map((v) => v.together)).toEqual([6, 6, 6, 6, 6, 6]);
    values.forEach((v, i) => {
      const info = pdfInfo(v.pdf);
      expect(info.pages).toBe(1);
      expect(info.title).toBe(`Giấy số ${i} & bản chính`);
      const text = pdfText(v.pdf);
      expect(text).toContain(`Đơn vị số ${i}`);
      for (let j = 0; j < 6; j++) if (j !== i) expect(text).not.toContain(`Đơn vị số ${j}`);
    });
  });

  it('prints a group again one by one when a document is not one page', async () => {
    const one = (i: number) => page(`<p>Trang đơn ${i}</p>`);
    const two = page('<p>Trang một</p><div style="break-before: page"><p>Trang hai</p></div>');
    const results = await Promise.all(
      [one(0), one(1), two, one(2)].map((html) => pool.render(html, { mergeKey: 'lẫn' })),
    );
    const pages = results.map((r) => (r.ok ? pdfInfo(r.value.pdf).pages : -1));
    expect(pages).toEqual([1, 1, 2, 1]);
    const text = results.map((r) => (r.ok ? pdfText(r.value.pdf) : ''));
    expect(text[2]).toContain('Trang hai');
    expect(text[3]).toContain('Trang đơn 2');
    expect(text[3]).not.toContain('Trang hai');
  });

  it('shares the documents waiting together between the slots, and groups only those of one key', async () => {
    const two = new PdfPool(loadPipelineConfig({ DIENHINH_PDF_CONCURRENCY: '2' }));
    try {
      const doc = (i: number) => page(`<p>Giấy ${i}</p>`);
      const jobs = [
        ...Array.from({ length: 8 }, (_, i) => two.render(doc(i), { mergeKey: 'giay' })),
        two.render(page('<p>riêng</p>')),
      ];
      const together = (await Promise.all(jobs)).map((r) => (r.ok ? r.value.together : -1));
      expect(together).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 1]);
    } finally {
      await two.close();
    }
  });
});
