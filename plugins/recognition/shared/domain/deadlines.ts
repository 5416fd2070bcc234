// A plan's calendar turned into dated deadlines for one year, each with the plan clause it
// comes from. Yearly entries repeat every year; one-off entries belong to their own year.
import { z } from 'zod';

export const deadlineKinds = [
  'police_advice',
  'registration',
  'expected_results',
  'results_report',
  'dossier',
  'recognition',
  'implementation_report',
  'six_month_report',
  'annual_report',
  'other',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/**
 * How a plan reads "trước ngày DD/MM": by the end of that day (the default, as both seed plans
 * are read), or by the end of the day before it (DD/MM itself already late).
 */
export const deadlineReadings = ['end_of_day', 'day_before'] as const;
export type DeadlineReading = (typeof deadlineReadings)[number];
export const deadlineReadingLabels: Record<DeadlineReading, string> = {
  end_of_day: 'Hết ngày DD/MM (làm trong ngày DD/MM vẫn đúng hạn)',
  day_before: 'Hết ngày liền trước DD/MM (ngày DD/MM đã quá hạn)',
};

const daysInMonth = (month: number, year = 2024) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const calendarEntry = z
  .object({
    kind: z.enum(deadlineKinds, { message: `phải là một trong: ${deadlineKinds.join(', ')}` }),
    label: z.string().min(1, 'không được để trống'),
    day: z.number().int().min(1, 'ngày phải từ 1 đến 31').max(31, 'ngày phải từ 1 đến 31'),
    month: z.number().int().min(1, 'tháng phải từ 1 đến 12').max(12, 'tháng phải từ 1 đến 12'),
    year: z.number().int().min(2000).max(2100).nullable().optional(),
    clause: z.string().min(1, 'phải ghi điều khoản của kế hoạch, ví dụ "II.5.5"'),
    appliesTo: z.enum(['all', 'commune', 'organisation']).default('all'),
  })
  .refine((e) => e.day <= daysInMonth(e.month, e.year ?? 2024), {
    message: 'ngày không có trong tháng này',
    path: ['day'],
  });
export type CalendarEntry = z.input<typeof calendarEntry>;

export type DatedDeadline = {
  kind: DeadlineKind;
  label: string;
  /** ISO date in Vietnam's calendar, e.g. "2026-01-20". */
  date: string;
  clause: string;
  appliesTo: 'all' | 'commune' | 'organisation';
  oneOff: boolean;
};

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Deadlines of `year`, sorted by date then kind; a 29 February falls back to the 28th. */
export function deadlinesForYear(calendar: CalendarEntry[], year: number): DatedDeadline[] {
  return z
    .array(calendarEntry)
    .parse(calendar)
    .filter((e) => e.year == null || e.year === year)
    .map((e) => ({
      kind: e.kind,
      label: e.label,
      date: iso(year, e.month, Math.min(e.day, daysInMonth(e.month, year))),
      clause: e.clause,
      appliesTo: e.appliesTo,
      oneOff: e.year != null,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

/** The first deadline of a kind in a year, if the plan has one. */
export function deadlineOf(
  calendar: CalendarEntry[],
  year: number,
  kind: DeadlineKind,
): DatedDeadline | undefined {
  return deadlinesForYear(calendar, year).find((d) => d.kind === kind);
}

/** The reports a plan asks of its departments and communes themselves (not of each unit's dossier). */
export const tierReportKinds: readonly DeadlineKind[] = [
  'implementation_report',
  'six_month_report',
  'annual_report',
];

/** Which plan deadlines each workflow event must meet (an event not listed meets none). */
export const eventDeadlines: Partial<
  Record<
    | 'register'
    | 'propose_selection'
    | 'select'
    | 'not_select'
    | 'self_assess'
    | 'forecast'
    | 'submit'
    | 'recognise',
    readonly DeadlineKind[]
  >
> = {
  register: ['registration'],
  // The plan's date for the police's advice on which registrants to build holds the whole choice.
  propose_selection: ['police_advice'],
  select: ['police_advice'],
  not_select: ['police_advice'],
  self_assess: ['dossier', 'results_report'],
  forecast: ['expected_results'],
  submit: ['dossier', 'results_report'],
  recognise: ['recognition'],
};
