// Dates as people type them into forms and queries: the pattern alone let "2026-02-30" through,
// and the date it became (2 March) or the 500 it caused was never what was meant. Every date a
// route takes is checked as a real day of the calendar, with a Vietnamese message.
import { z } from 'zod';

/** Whether "YYYY-MM-DD" names a day that exists (no 30 February, no month 13). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const notADay = 'không phải một ngày có thật (ví dụ "2026-02-30")';

/** A calendar day, "YYYY-MM-DD". */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải có dạng năm-tháng-ngày (YYYY-MM-DD)')
  .refine(isCalendarDate, notADay);

/** An instant with its offset, whose day exists. */
export const calendarDateTime = z.iso
  .datetime({
    offset: true,
    message: 'phải là thời điểm ISO 8601, ví dụ 2026-12-01T08:00:00+07:00',
  })
  .refine(isCalendarDate, notADay);

/** The calendar day of a stored date or timestamp, as YYYY-MM-DD (as stored, no time zone shift). */
export const isoDay = (d: string | Date) =>
  String(d instanceof Date ? d.toISOString() : d).slice(0, 10);
