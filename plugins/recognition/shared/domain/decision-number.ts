// The number and date of a year's recognition decision. The number follows the committee's
// register form "NN/QĐ-UBND"; the date is the day of the act, never before the year it
// recognises begins.
import { beforeYear, vietnamDay } from './vietnam-time';

export const DECISION_SUFFIX = 'QĐ-UBND';

export function decisionNumber(sequence: number, suffix = DECISION_SUFFIX): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`decision sequence must be a positive integer, got ${sequence}`);
  return `${String(sequence).padStart(2, '0')}/${suffix}`;
}

/** The decision's date: today in Vietnam, or 1 January of the year if that were earlier. */
export function decisionDate(now: Date, year: number): string {
  return beforeYear(now, year) ? `${year}-01-01` : vietnamDay(now);
}
