import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../pipeline/src/render/render-html';

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../../templates/certificate/fixture.json'), 'utf8'),
);

describe('renderHtml', () => {
  it('renders the certificate fixture with national title, motto, unit, decision and signer', () => {
    const r = renderHtml('certificate', fixture);
    if (!r.ok) throw new Error(r.error.message);
    const { html, title, templateVersion } = r.value;
    expect(title).toBe('Giấy chứng nhận Phường An Cựu năm 2026');
    expect(templateVersion).toBe('certificate@3');
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN',
      'Phường An Cựu',
      'Huế, ngày 08 tháng 12 năm 2026',
      'Quyết định số 05/QĐ-UBND ngày 08 tháng 12 năm 2026',
      'KT. CHỦ TỊCH',
      'Nguyễn Thanh Bình',
      'HUE-2026-000001',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('<svg');
  });

  it('carries no web font (Chromium has Tinos installed privately) and references no file or remote URL', () => {
    const r = renderHtml('certificate', fixture);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.html).not.toContain('@font-face');
    // The seal and signature images are data URLs; without inlined fonts the page is small.
    expect(Buffer.byteLength(r.value.html)).toBeLessThan(120_000);
    expect(r.value.html).not.toMatch(/url\((?!data:)/);
    expect(r.value.html).not.toMatch(/\b(src|href)="(https?:|file:)/);
  });

  it('normalises decomposed Vietnamese input to NFC', () => {
    const decomposed = 'Phường An Cựu'.normalize('NFD');
    const r = renderHtml('certificate', { ...fixture, unit: { name: decomposed } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.html).toContain('Phường An Cựu'.normalize('NFC'));
    expect(r.value.html).not.toContain(decomposed);
  });

  it('strips bidirectional-text controls from every text that reaches a document', () => {
    const reversed = 'An Cựu \u202Eựưc nA\u202C \u2066x\u2069\u200F';
    const r = renderHtml('certificate', {
      ...fixture,
      unit: { name: reversed },
      signer: { ...fixture.signer, name: 'Nguyễn\u202E Văn A' },
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.html).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(r.value.html).toContain('An Cựu ựưc nA x');
    expect(r.value.html).toContain('Nguyễn Văn A');
  });

  it('prints hostile unit names as text', () => {
    const hostile = '<script>alert(1)</script><img src="http://127.0.0.1:9/x"> {{constructor}}';
    const r = renderHtml('certificate', { ...fixture, unit: { name: hostile } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.html).not.toContain('<script>');
    expect(r.value.html).not.toContain('<img src=');
    expect(r.value.html).toContain('&lt;script&gt;');
    expect(r.value.html).toContain('{{constructor}}');
  });

  it('returns template-data-invalid naming the field for bad data', () => {
    const r = renderHtml('certificate', { ...fixture, year: 'năm ngoái' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('template-data-invalid');
    expect(r.error.message).toContain('"year"');
  });

  it('returns unknown-template for a kind that does not exist', () => {
    const r = renderHtml('bằng khen', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown-template' } });
  });
});
