import { describe, expect, it } from 'vitest';
import {
  reviewInput,
  reviewRows,
  reviewSummary,
  type YearResult,
} from '../../../../../../plugins/recognition/shared/domain/reports';

const year = (y: number, recognised: number, maintained: number, met: number): YearResult => ({
  year: y,
  cutOff: `${y}-11-20`,
  units: 100,
  registered: 6,
  selected: 5,
  submitted: 4,
  recognised,
  maintained,
  targets: 4,
  targetsMet: met,
});

describe('a review over several years', () => {
  it('lays the years side by side with how the units holding the title moved', () => {
    const { rows, totals } = reviewRows([
      year(2027, 3, 2, 4),
      year(2026, 3, 0, 4),
      year(2028, 2, 2, 3),
    ]);
    expect(rows.map((r) => [r.year, r.targets, r.trend])).toEqual([
      [2026, '4/4', ''],
      [2027, '4/4', 'tăng 2'],
      [2028, '3/4', 'giảm 1'],
    ]);
    expect(totals).toEqual({ registered: 18, recognised: 8, maintained: 4, yearsAllTargetsMet: 2 });
  });

  it('opens its results with the span’s figures', () => {
    expect(reviewSummary('so_ket', 2026, 2027, [year(2026, 3, 0, 4), year(2027, 3, 2, 4)])).toBe(
      'Giai đoạn 2026–2027: 12 lượt đơn vị đăng ký xây dựng điển hình; 6 lượt đơn vị được công nhận mới, 2 lượt duy trì; 2/2 năm đạt mọi chỉ tiêu của kế hoạch.',
    );
  });

  it('refuses a span that ends before it starts or runs past ten years, naming the field', () => {
    const backwards = reviewInput.safeParse({ kind: 'so_ket', fromYear: 2028, toYear: 2026 });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]).toMatchObject({ path: ['toYear'] });
    expect(reviewInput.safeParse({ kind: 'tong_ket', fromYear: 2026, toYear: 2036 }).success).toBe(
      false,
    );
    expect(reviewInput.safeParse({ kind: 'tong_ket', fromYear: 2026, toYear: 2030 }).success).toBe(
      true,
    );
    expect(reviewInput.safeParse({ kind: 'khac', fromYear: 2026, toYear: 2030 }).success).toBe(
      false,
    );
  });
});
