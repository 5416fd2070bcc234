// Where each unit's year stops in bench:scale, and the draft saves of its marks before the last:
// spread the same way every run, so runs compare.

export type Marks = Record<
  string,
  { points?: number; passed?: boolean; subItems?: Record<string, number> }
>;

/** Where a unit's year stops, spread over every state; 55 in 100 are recognised. */
export function lotOf(
  unitIndex: number,
  year: number,
):
  | 'registered'
  | 'self_assessed'
  | 'submitted'
  | 'under_appraisal'
  | 'not_proposed'
  | 'rejected'
  | 'proposed'
  | 'recognised' {
  const h = (unitIndex * 7919 + year * 104_729) % 100;
  if (h < 5) return 'registered';
  if (h < 10) return 'self_assessed';
  if (h < 15) return 'submitted';
  if (h < 20) return 'under_appraisal';
  if (h < 30) return 'not_proposed';
  if (h < 35) return 'rejected';
  if (h < 45) return 'proposed';
  return 'recognised';
}

/** The first n of n + 1 equal slices of a set's criteria: the drafts saved before the whole. */
export function draftsOf(marks: Marks, n: number): Marks[] {
  const codes = Object.keys(marks);
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(
      codes.slice(0, Math.ceil(((i + 1) * codes.length) / (n + 1))).map((c) => [c, marks[c]]),
    ),
  );
}
