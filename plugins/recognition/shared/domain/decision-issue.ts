// What it takes to issue a decision: the number and date from the committee's register (or the
// next number of the year, when the jurisdiction numbers automatically), a signer chosen from the
// jurisdiction's signers, and the recipients. Pure: the service loads and persists.
import { z } from 'zod';
import { decisionDate, decisionNumber } from './decision-number';
import { err, ok, type Result } from './errors';
import { displayDate, vietnamDay } from './vietnam-time';
import { calendarDate } from './calendar-date';
import { deadlinesForYear, type CalendarEntry, type DeadlineReading } from './deadlines';

export const numberingModes = ['manual', 'automatic'] as const;
export type Numbering = (typeof numberingModes)[number];

/** A register number as committees write it: "12/QĐ-UBND", "2788/QĐ-CT". */
export const registerNumber = /^\d{1,5}\/[0-9A-ZĐ]+(?:-[0-9A-ZĐ]+)*$/u;

export const issueInput = z.object({
  number: z.string().trim().max(60).optional(),
  date: calendarDate.optional(),
  /** Which of the jurisdiction's signers signs (their place in its list). */
  signer: z.number().int().min(0),
  recipients: z.array(z.string().trim().min(1).max(300)).min(1).max(30),
});
export type IssueInput = z.infer<typeof issueInput>;

export type IssueContext = {
  numbering: Numbering;
  suffix: string;
  year: number;
  now: Date;
  /** Numbers already issued by this jurisdiction in the year, and the highest automatic sequence. */
  usedNumbers: string[];
  lastSequence: number;
  signers: number;
  /** A recognition decision's last possible day: the plan's date for recognising (decisionDateLimit). */
  latest?: DateLimit;
};

export type DateLimit = { date: string; label: string; clause: string; extended: boolean };

/**
 * The last day a year's recognition decision may bear: the plan's recognition date for the kinds of
 * unit it recognises (the latest of them), or a later extension granted to one of its units. None
 * where the plan dates no recognition. Holding only the approver's click to the date would let the
 * decision itself be dated after it.
 */
export function decisionDateLimit(
  calendar: CalendarEntry[],
  year: number,
  families: ('commune' | 'organisation')[],
  extensions: string[],
  reading: DeadlineReading = 'end_of_day',
): DateLimit | undefined {
  const dated = deadlinesForYear(calendar, year).filter(
    (d) =>
      d.kind === 'recognition' &&
      (d.appliesTo === 'all' || (families as string[]).includes(d.appliesTo)),
  );
  if (!dated.length) return undefined;
  const last = dated.reduce((a, b) => (b.date > a.date ? b : a));
  // "trước ngày DD/MM" read as the day before leaves the day before DD/MM as the last one.
  const own =
    reading === 'day_before'
      ? new Date(Date.parse(`${last.date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
      : last.date;
  const extended = extensions
    .filter((u) => u > own)
    .sort()
    .pop();
  return { date: extended ?? own, label: last.label, clause: last.clause, extended: !!extended };
}

export type IssuePlan = { number: string; date: string; sequence: number | null };

/**
 * The number, date and sequence a decision is issued with, or why not. A manual number must be
 * written as the register writes it and not be used yet that year; the date is neither in the
 * future nor before the year the decision recognises.
 */
export function planIssue(input: IssueInput, ctx: IssueContext): Result<IssuePlan> {
  if (input.signer >= ctx.signers)
    return err(
      'decision-invalid',
      `Người ký: chọn một người trong danh sách ${ctx.signers} người ký của tỉnh / thành phố.`,
      { field: 'signer' },
    );
  const today = vietnamDay(ctx.now);
  const date =
    input.date ?? (ctx.numbering === 'automatic' ? decisionDate(ctx.now, ctx.year) : undefined);
  if (!date)
    return err(
      'decision-invalid',
      'Ngày quyết định: nhập ngày ghi trong sổ đăng ký văn bản của Ủy ban (năm-tháng-ngày).',
      { field: 'date' },
    );
  if (date > today)
    return err(
      'decision-invalid',
      `Ngày quyết định ${date} chưa đến: ngày ký không được sau hôm nay (${today}).`,
      { field: 'date' },
    );
  if (ctx.latest && date > ctx.latest.date)
    return err(
      'decision-invalid',
      `Ngày quyết định ${displayDate(date)} sau hạn "${ctx.latest.label}" (${displayDate(ctx.latest.date)}${ctx.latest.extended ? ', đã gia hạn' : ''}, mục ${ctx.latest.clause} của kế hoạch): ghi ngày trong hạn, hoặc gia hạn trước khi ban hành.`,
      { field: 'date' },
    );
  if (date < `${ctx.year}-01-01`)
    return err(
      'decision-invalid',
      `Ngày quyết định ${date} trước năm ${ctx.year} mà quyết định công nhận.`,
      { field: 'date' },
    );
  if (ctx.numbering === 'automatic') {
    if (input.number)
      return err(
        'decision-invalid',
        'Số quyết định: tỉnh / thành phố này cấp số tự động, không nhập số.',
        { field: 'number' },
      );
    const sequence = ctx.lastSequence + 1;
    return ok({ number: decisionNumber(sequence, ctx.suffix), date, sequence });
  }
  const number = (input.number ?? '').normalize('NFC');
  if (!number)
    return err(
      'decision-invalid',
      'Số quyết định: nhập số trong sổ đăng ký văn bản của Ủy ban, ví dụ "12/QĐ-UBND".',
      { field: 'number' },
    );
  if (!registerNumber.test(number))
    return err(
      'decision-invalid',
      `Số quyết định "${number}" không đúng dạng số/ký hiệu, ví dụ "12/QĐ-UBND".`,
      { field: 'number' },
    );
  if (ctx.usedNumbers.includes(number))
    return err('number-taken', `Số quyết định ${number} đã được dùng trong năm ${ctx.year}.`, {
      field: 'number',
    });
  return ok({ number, date, sequence: null });
}

/** Lines of a text field, one entry per non-empty line (bases, executors, recipients). */
export const lines = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim().normalize('NFC'))
    .filter(Boolean);
