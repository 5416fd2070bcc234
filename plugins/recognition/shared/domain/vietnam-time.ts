// Dates as Vietnam reads them: the calendar day and ISO time at UTC+7 (no daylight saving), and
// "dd/mm/yyyy" for people. Deadlines, signing times and reports all go through these.

const OFFSET_MS = 7 * 3600_000;

/** "2026-12-08": the calendar day in Vietnam at this instant. */
export const vietnamDay = (d: Date): string =>
  new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** "2026-12-08T10:00:00+07:00": this instant in Vietnam time, ISO 8601. */
export const vietnamIso = (d: Date): string =>
  `${new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;

/** "08/12/2026" from "2026-12-08". */
export const displayDate = (iso: string): string => iso.slice(0, 10).split('-').reverse().join('/');

/** Whether `now` falls before 1 January of `year` in Vietnam. */
export const beforeYear = (now: Date, year: number): boolean => vietnamDay(now) < `${year}-01-01`;
