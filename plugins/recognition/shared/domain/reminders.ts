// Which deadlines call for a reminder to a unit's officers, and when a deadline counts as met.
import type { DatedDeadline, DeadlineKind } from './deadlines';
import { states, type State } from './states';

/** A state and every state after it in the year's order: a duty met once reached stays met. */
const fromOn = (first: State): readonly State[] => states.slice(states.indexOf(first));

/**
 * Deadlines that are the unit's own duty, and the states in which each is already met (or moot).
 * The expected-results report is met by sending it (`dutyMet`), moot once the unit is proposed.
 */
export const officerDuties: Partial<Record<DeadlineKind, readonly State[]>> = {
  registration: fromOn('registered'),
  expected_results: fromOn('proposed'),
  results_report: fromOn('submitted'),
  dossier: fromOn('submitted'),
};

const dayMs = 86_400_000;

/** Days from `today` to the deadline date, both ISO dates in Vietnam's calendar. */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / dayMs);
}

/** Whether a unit in this state, having sent its forecast or not, has met the duty of this kind. */
export function dutyMet(kind: DeadlineKind, state: State, forecastSent: boolean): boolean {
  if (kind === 'expected_results' && forecastSent) return true;
  return officerDuties[kind]?.includes(state) ?? true;
}

/**
 * The reminders due today for one unit: each officer duty not yet met whose deadline is exactly
 * one of `daysBefore` days away (so a daily run sends each reminder once).
 */
export function dueReminders(
  deadlines: DatedDeadline[],
  state: State,
  today: string,
  daysBefore: number[],
  forecastSent = false,
): { deadline: DatedDeadline; days: number }[] {
  return deadlines.flatMap((d) => {
    if (!officerDuties[d.kind] || dutyMet(d.kind, state, forecastSent)) return [];
    const days = daysUntil(today, d.date);
    return daysBefore.includes(days) ? [{ deadline: d, days }] : [];
  });
}

/** The days before a deadline on which reminders go, as a plan writes them ("7,1"); 7 and 1 when it writes none. */
export function reminderDaysOf(raw: string | null | undefined): number[] {
  const days = (raw ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map(Number);
  const good = days.filter((d) => Number.isInteger(d) && d >= 0 && d <= 90);
  return good.length ? [...new Set(good)].sort((a, b) => b - a) : [7, 1];
}
