// A review over several years (sơ kết, tổng kết), as both plans ask: the results of each year of
// the span counted at its annual cut-off, the units built and maintained, and how each figure
// moved from the year before. Pure: the service counts each year, this lays them side by side.
import { z } from 'zod';
import type { ReportFigures } from './sections';

export const reviewKinds = ['so_ket', 'tong_ket'] as const;
export type ReviewKind = (typeof reviewKinds)[number];
export const reviewLabels: Record<ReviewKind, string> = {
  so_ket: 'Báo cáo sơ kết',
  tong_ket: 'Báo cáo tổng kết',
};

export const reviewInput = z
  .object({
    kind: z.enum(reviewKinds, { message: 'là "so_ket" (sơ kết) hoặc "tong_ket" (tổng kết)' }),
    fromYear: z.coerce.number().int().min(2020, 'năm từ 2020').max(2100),
    toYear: z.coerce.number().int().min(2020).max(2100, 'năm đến 2100'),
  })
  .refine((r) => r.toYear >= r.fromYear, {
    message: 'năm kết thúc không được trước năm bắt đầu',
    path: ['toYear'],
  })
  .refine((r) => r.toYear - r.fromYear < 10, {
    message: 'một kỳ sơ kết, tổng kết dài tối đa 10 năm',
    path: ['toYear'],
  });
export type ReviewInput = z.infer<typeof reviewInput>;

export type YearResult = ReportFigures & { year: number; targetsMet: number; targets: number };

const trendOf = (now: number, before: number | undefined) =>
  before === undefined
    ? ''
    : now > before
      ? `tăng ${now - before}`
      : now < before
        ? `giảm ${before - now}`
        : 'không đổi';

/** The years side by side, each figure with its change from the year before, and the span's totals. */
export function reviewRows(years: YearResult[]) {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return {
    rows: sorted.map((y, i) => ({
      year: y.year,
      registered: y.registered,
      selected: y.selected,
      recognised: y.recognised,
      maintained: y.maintained,
      targets: `${y.targetsMet}/${y.targets}`,
      trend: trendOf(
        y.recognised + y.maintained,
        i ? sorted[i - 1].recognised + sorted[i - 1].maintained : undefined,
      ),
    })),
    totals: {
      registered: sorted.reduce((n, y) => n + y.registered, 0),
      recognised: sorted.reduce((n, y) => n + y.recognised, 0),
      maintained: sorted.reduce((n, y) => n + y.maintained, 0),
      yearsAllTargetsMet: sorted.filter((y) => y.targets > 0 && y.targetsMet === y.targets).length,
    },
  };
}

/** The review's opening line of results, drawn from the figures (the secretariat edits it). */
export function reviewSummary(
  kind: ReviewKind,
  from: number,
  to: number,
  years: YearResult[],
): string {
  const { totals } = reviewRows(years);
  return (
    `Giai đoạn ${from}–${to}: ${totals.registered} lượt đơn vị đăng ký xây dựng điển hình; ` +
    `${totals.recognised} lượt đơn vị được công nhận mới, ${totals.maintained} lượt duy trì; ` +
    `${totals.yearsAllTargetsMet}/${years.length} năm đạt mọi chỉ tiêu của kế hoạch` +
    (kind === 'tong_ket' ? ' (tổng kết cả giai đoạn).' : '.')
  );
}
