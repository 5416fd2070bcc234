import { describe, expect, it } from 'vitest';
import {
  checkAttachment,
  checkQuota,
  looksLikePage,
  safeFileName,
} from '../../../../../plugins/recognition/shared/domain/uploads';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const limits = { maxFileBytes: 1000, maxRegistrationBytes: 2500, maxFiles: 3 };

describe('attachments judged by content', () => {
  it('accepts the allowlisted types and names them by what they are', () => {
    expect(
      checkAttachment({ ext: 'pdf', mime: 'application/pdf' }, bytes('%PDF-1.7\n%âãÏÓ'), 'a.exe'),
    ).toEqual({ ok: true, value: { ext: 'pdf', mime: 'application/pdf' } });
    expect(
      checkAttachment({ ext: 'jpeg', mime: 'image/jpeg' }, bytes('\xff\xd8\xff\xe0'), 'a.jpeg'),
    ).toMatchObject({ ok: true, value: { ext: 'jpg' } });
  });

  it('refuses unknown, undetected and page-like content, naming the file and what is allowed', () => {
    const gif = checkAttachment({ ext: 'gif', mime: 'image/gif' }, bytes('GIF89a'), 'x.gif');
    expect(gif).toMatchObject({ ok: false, error: { code: 'file-type-refused' } });
    expect(!gif.ok && gif.error.message).toContain('PDF, JPEG, PNG, DOCX, XLSX, ODT');
    expect(checkAttachment(undefined, bytes('<html>'), 'x.html')).toMatchObject({
      ok: false,
      error: { code: 'file-type-refused' },
    });
    expect(
      checkAttachment(
        { ext: 'png', mime: 'image/png' },
        bytes('\x89PNG\r\n\x1a\n....<script>alert(1)</script>'),
        'p.png',
      ),
    ).toMatchObject({ ok: false });
    for (const marker of [
      '<!DOCTYPE html>',
      '<svg ',
      '<SCRIPT>',
      '< iframe',
      'javascript:alert(1)',
      '<?xml version="1.0"?>',
    ])
      expect(looksLikePage(bytes(`%PDF-1.4 ${marker}`)), marker).toBe(true);
    expect(looksLikePage(bytes('%PDF-1.4 1 0 obj << /Type /Catalog >>'))).toBe(false);
  });

  it('limits the size of a file, the number of files and the total of a registration', () => {
    expect(checkQuota([], 1000, limits, 'a.pdf')).toEqual({ ok: true, value: true });
    expect(checkQuota([], 1001, limits, 'a.pdf')).toMatchObject({
      ok: false,
      error: { code: 'file-too-large' },
    });
    expect(checkQuota([], 0, limits, 'a.pdf')).toMatchObject({ ok: false });
    expect(checkQuota([{ size: 1 }, { size: 1 }, { size: 1 }], 1, limits, 'a.pdf')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('tối đa 3 tệp') },
    });
    expect(checkQuota([{ size: 1000 }, { size: 1000 }], 501, limits, 'a.pdf')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Tổng dung lượng') },
    });
  });

  it('keeps a readable Vietnamese name with the real extension and nothing a header or a path could misread', () => {
    expect(safeFileName('Biên bản họp.exe', 'pdf')).toBe('Biên bản họp.pdf');
    expect(safeFileName('../../etc/"pass"wd', 'png')).toBe('.. .. etc passwd.png');
    expect(safeFileName('\u202Egnp.exe', 'png')).toBe('gnp.png');
    expect(safeFileName('', 'pdf')).toBe('tep.pdf');
  });
});
