// What a periodic report counts: the six-month report up to its cut-off (the plan's six-month
// report date, or a day the user picks), the annual one up to the plan's annual report date (the
// whole year where the plan sets none), and the one-off report on implementing the plan up to its
// date, for a plan whose calendar has one. Pure.
import { deadlineOf, deadlinesForYear, type CalendarEntry } from './deadlines';
import { err, ok, type Result } from './errors';
import { displayDate } from './vietnam-time';

export const reportPeriods = ['six-month', 'annual', 'implementation'] as const;
export type ReportPeriod = (typeof reportPeriods)[number];

export const periodLabels: Record<ReportPeriod, string> = {
  'six-month': 'Báo cáo 06 tháng',
  annual: 'Báo cáo năm',
  implementation: 'Báo cáo kết quả triển khai Kế hoạch',
};

/** The last day a report counts, or why there is no such report. */
export function reportCutOff(
  period: ReportPeriod,
  year: number,
  calendar: CalendarEntry[],
  picked?: string,
): Result<string> {
  if (picked && (picked < `${year}-01-01` || picked > `${year}-12-31`)) {
    return err(
      'report-invalid',
      `Ngày tính số liệu ${displayDate(picked)} không thuộc năm ${year}.`,
      { field: 'cutOff' },
    );
  }
  if (period === 'implementation') {
    const entry = deadlinesForYear(calendar, year).find((d) => d.kind === 'implementation_report');
    if (!entry)
      return err(
        'report-invalid',
        `Kế hoạch áp dụng năm ${year} không có báo cáo kết quả triển khai trong năm này.`,
        { field: 'period' },
      );
    return ok(picked ?? entry.date);
  }
  if (picked) return ok(picked);
  // A report made on time states figures to its own date: the plan's annual report date where it
  // sets one (a report due before the year ends cannot count the days after it), else 31/12.
  if (period === 'annual')
    return ok(deadlineOf(calendar, year, 'annual_report')?.date ?? `${year}-12-31`);
  return ok(deadlineOf(calendar, year, 'six_month_report')?.date ?? `${year}-06-30`);
}

/**
 * The periodic reports a plan has for a year: the annual one always; the six-month and the
 * implementation reports only where its calendar names them. A report
 * the plan does not name can still be asked for with its own cut-off (reportCutOff).
 */
export function availableReports(
  year: number,
  calendar: CalendarEntry[],
): { period: ReportPeriod; label: string; cutOff: string }[] {
  const halfYear = deadlinesForYear(calendar, year).some((d) => d.kind === 'six_month_report');
  return reportPeriods.flatMap((period) => {
    if (period === 'six-month' && !halfYear) return [];
    const cut = reportCutOff(period, year, calendar);
    return cut.ok ? [{ period, label: periodLabels[period], cutOff: cut.value }] : [];
  });
}

/** The end of a day in Vietnam (UTC+7), as an instant. */
export const endOfVietnamDay = (day: string) => new Date(`${day}T23:59:59.999+07:00`);

/**
 * A registration's state at the end of the cut-off day, from its audit trail (events in the
 * order they were appended, each with the state it left the registration in): the state of the
 * last event up to then; null when it was not registered by then.
 */
export function stateAsOf(
  events: { at: string | Date; after: unknown }[],
  cutOff: string,
): string | null {
  const end = endOfVietnamDay(cutOff).getTime();
  let state: string | null = null;
  for (const e of events) {
    if (new Date(e.at).getTime() > end) continue;
    const s = (e.after as { state?: unknown } | null)?.state;
    if (typeof s === 'string') state = s;
  }
  return state;
}
