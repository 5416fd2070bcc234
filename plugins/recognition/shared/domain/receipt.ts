// What a unit holds once its dossier is submitted, as public-service portals give it: a dossier
// code it can quote, when it was submitted, and the day by which the plan has the recognition
// decided. Pure.
import { deadlinesForYear, type CalendarEntry } from './deadlines';
import { familyOf } from './units';

export type Receipt = {
  code: string;
  submittedAt: string;
  resultBy: string | null;
  clause: string | null;
};

/** The receipt of a submitted registration; null before submission. */
export function receiptOf(r: {
  unitCode: string;
  unitKind: string;
  year: number;
  submittedAt: string | Date | null;
  calendar: CalendarEntry[];
}): Receipt | null {
  if (!r.submittedAt) return null;
  const family = familyOf(r.unitKind);
  const decided = deadlinesForYear(r.calendar, r.year).find(
    (d) => d.kind === 'recognition' && (d.appliesTo === 'all' || d.appliesTo === family),
  );
  return {
    code: `HS-${r.unitCode}-${r.year}`,
    submittedAt: new Date(r.submittedAt).toISOString(),
    resultBy: decided?.date ?? null,
    clause: decided?.clause ?? null,
  };
}
