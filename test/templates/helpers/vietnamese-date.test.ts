import { describe, expect, it } from 'vitest';
import {
  formatDateLine,
  formatDateWords,
  formatShortDate,
  formatSignTime,
  parseIsoDate,
} from '../../../templates/helpers/vietnamese-date';

describe('Decree 30 date wording', () => {
  it.each([
    ['2025-12-26', 'Huế', 'Huế, ngày 26 tháng 12 năm 2025'],
    ['2026-12-08', 'Huế', 'Huế, ngày 08 tháng 12 năm 2026'],
    ['2026-01-05', 'Đồng Tháp', 'Đồng Tháp, ngày 05 tháng 01 năm 2026'],
    ['2026-02-10', 'Huế', 'Huế, ngày 10 tháng 02 năm 2026'],
    ['2026-03-09', 'Huế', 'Huế, ngày 09 tháng 3 năm 2026'],
    ['2026-11-30', 'Huế', 'Huế, ngày 30 tháng 11 năm 2026'],
  ])('%s in %s reads "%s"', (date, place, expected) => {
    expect(formatDateLine(place, date)).toBe(expected);
  });

  it('leaves an unknown day blank, as the original plan was printed before the day was written in', () => {
    const words = formatDateWords('2026-01-??');
    expect(words).toMatch(/^ngày\s+tháng 01 năm 2026$/);
    expect(words).not.toContain('?');
  });

  it('formats short dates with two-digit day and month', () => {
    expect(formatShortDate('2025-12-09')).toBe('09/12/2025');
    expect(formatShortDate('2026-01-??')).toBe('../01/2026');
  });

  it.each(['2026-1-5', '26/12/2025', '', '2026-13'])(
    'rejects "%s" with a message naming the expected form',
    (bad) => {
      expect(() => parseIsoDate(bad)).toThrow(/YYYY-MM-DD/);
    },
  );

  it('writes the signing moment in Vietnamese, never as ISO', () => {
    expect(formatSignTime('2026-12-05T16:08:14+07:00')).toBe('Ký số lúc 16:08:14 ngày 05/12/2026');
    expect(() => formatSignTime('2026-12-05T09:08:14Z')).toThrow('Thời điểm ký không hợp lệ');
  });
});
