import { describe, expect, it } from 'vitest';
import {
  checkMarkImage,
  MARK_MAX_BYTES,
} from '../../../../../plugins/recognition/shared/domain/marks';

const png = { mime: 'image/png', bytes: 40_000, width: 400, height: 400, hasAlpha: true };

describe('seal and signature images', () => {
  it('accepts a transparent PNG of a sensible size', () =>
    expect(checkMarkImage('Hình con dấu', png)).toEqual({ ok: true, value: true }));
  it.each([
    [{ mime: 'image/jpeg' }, 'file-type-refused', 'chỉ nhận ảnh PNG'],
    [{ bytes: MARK_MAX_BYTES + 1 }, 'file-too-large', 'tối đa 512 KB'],
    [{ hasAlpha: false }, 'file-type-refused', 'nền trong suốt'],
    [{ width: 40 }, 'file-type-refused', '40×400'],
    [{ height: 5000 }, 'file-type-refused', '400×5000'],
  ])('refuses %o (%s) saying why in Vietnamese', (change, code, words) => {
    const r = checkMarkImage('Hình chữ ký', { ...png, ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toContain('Hình chữ ký');
      expect(r.error.message).toContain(words);
    }
  });
});
