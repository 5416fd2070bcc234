// The unit's own marks beside the council's, criterion by criterion: the gap on each, and which
// gaps above the plan's justification gap still lack the council's note.
import {
  criteriaOf,
  fromHundredths,
  pointsOf,
  toHundredths,
  type CriteriaSetDef,
  type Marks,
} from './scoring';

const round = (n: number) => fromHundredths(toHundredths(n));

export type Delta = {
  criterion: string;
  self: number | boolean | null;
  council: number | boolean | null;
  delta: number;
  needsJustification: boolean;
  justified: boolean;
};

/** Self vs council per criterion; a gap above `gap` points (or a different pass/fail) needs a justification note from the council. */
export function compareScores(
  set: CriteriaSetDef,
  self: Marks,
  council: Marks,
  gap: number,
): Delta[] {
  return criteriaOf(set).map((c) => {
    const s = self[c.code];
    const k = council[c.code];
    if (c.scoring === 'pass_fail') {
      const differs = s?.passed !== undefined && k?.passed !== undefined && s.passed !== k.passed;
      return {
        criterion: c.code,
        self: s?.passed ?? null,
        council: k?.passed ?? null,
        delta: differs ? 1 : 0,
        needsJustification: differs,
        justified: !!k?.note?.trim(),
      };
    }
    const sp = pointsOf(c, s) ?? null;
    const kp = pointsOf(c, k) ?? null;
    const delta = sp !== null && kp !== null ? round(kp - sp) : 0;
    return {
      criterion: c.code,
      self: sp,
      council: kp,
      delta,
      needsJustification: Math.abs(delta) > gap,
      justified: !!k?.note?.trim(),
    };
  });
}

/** Council marks whose gap to the self-score exceeds `gap` without a note. */
export function unjustifiedDeltas(
  set: CriteriaSetDef,
  self: Marks,
  council: Marks,
  gap: number,
): string[] {
  return compareScores(set, self, council, gap)
    .filter((d) => council[d.criterion] !== undefined && d.needsJustification && !d.justified)
    .map((d) => d.criterion);
}
