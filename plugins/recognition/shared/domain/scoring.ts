// The scoring engine: marks against a criteria set, giving totals per group, knock-outs,
// mandatory criteria and the recognition threshold. Checking the marks sent is in
// mark-validation.ts; the unit's marks beside the council's in score-comparison.ts.
import { z } from 'zod';

export type SubItemDef = { code: string; title: string; maxPoints?: number | null };
export type CriterionDef = {
  code: string;
  title: string;
  scoring: 'points' | 'pass_fail';
  maxPoints?: number | null;
  mandatory: boolean;
  knockOut: boolean;
  /** The plan requires at least one evidence file for this criterion before the dossier is submitted. */
  evidenceRequired?: boolean | null;
  /** What the plan asks the unit to upload for it, shown beside the criterion. */
  evidenceGuidance?: string | null;
  subItems?: SubItemDef[];
};
export type GroupDef = { code: string; title: string; criteria: CriterionDef[] };
export type Threshold = {
  minTotal?: number | null;
  requireAllKnockOutsPassed: boolean;
  requireAllMandatoryMet: boolean;
};
export type CriteriaSetDef = { groups: GroupDef[]; threshold?: Threshold | null };

/**
 * Points are kept and added as whole hundredths, so that a total shown and a total judged are one
 * number (floating sums such as 79.995 once showed 80 and were judged 79.99).
 */
export const toHundredths = (n: number) => Math.round(n * 100);
export const fromHundredths = (h: number) => h / 100;
const inHundredths = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
const pointsField = z
  .number({ message: 'điểm phải là một số' })
  .min(0, 'điểm không được âm')
  .refine(inHundredths, 'điểm có tối đa hai chữ số thập phân');

export const markSchema = z.object({
  points: pointsField.optional(),
  passed: z.boolean({ message: 'phải là đúng (đạt) hoặc sai (không đạt)' }).optional(),
  subItems: z.record(z.string(), pointsField).optional(),
  note: z.string().max(2000, 'ghi chú dài quá 2000 ký tự').optional(),
});
export type Mark = z.infer<typeof markSchema>;
export type Marks = Record<string, Mark>;

export type ScoreIssue = { criterion: string; message: string };

export type ScoreResult = {
  total: number;
  max: number;
  groups: { code: string; title: string; total: number; max: number }[];
  knockOutsFailed: string[];
  mandatoryUnmet: string[];
  missing: string[];
  meetsThreshold: boolean;
  reasons: string[];
};

export function criteriaOf(set: CriteriaSetDef): CriterionDef[] {
  return set.groups.flatMap((g) => g.criteria);
}

export const maxOf = (c: CriterionDef) =>
  fromHundredths(
    c.scoring === 'pass_fail'
      ? 0
      : c.subItems?.length
        ? sumH(c.subItems.map((i) => i.maxPoints ?? 0)) || toHundredths(c.maxPoints ?? 0)
        : toHundredths(c.maxPoints ?? 0),
  );
/** A sum of points as whole hundredths. */
export const sumH = (points: number[]) => points.reduce((s, p) => s + toHundredths(p), 0);

/** Whether a mark answers its criterion whole: pass/fail given, or points (every sub-item's, where it has them). */
export function markComplete(c: CriterionDef, mark: Mark | undefined): boolean {
  if (!mark) return false;
  if (c.scoring === 'pass_fail') return mark.passed !== undefined;
  if (mark.points !== undefined) return true;
  return !!c.subItems?.length && c.subItems.every((i) => mark.subItems?.[i.code] !== undefined);
}

/** The criteria (codes) these marks leave unanswered, in the set's order. */
export const unmarkedCriteria = (set: CriteriaSetDef, marks: Marks | null | undefined): string[] =>
  criteriaOf(set)
    .filter((c) => !markComplete(c, marks?.[c.code]))
    .map((c) => c.code);

/** The points a mark gives a points criterion (its sub-items added in hundredths), if any. */
export function pointsOf(c: CriterionDef, mark: Mark | undefined): number | undefined {
  if (!mark) return undefined;
  if (mark.points !== undefined) return mark.points;
  if (mark.subItems) return fromHundredths(sumH(Object.values(mark.subItems)));
  return undefined;
}

/** A mandatory points criterion is met when it earns more than zero points. */
function isMet(c: CriterionDef, mark: Mark | undefined): boolean {
  return c.scoring === 'pass_fail' ? mark?.passed === true : (pointsOf(c, mark) ?? 0) > 0;
}

export function scoreAssessment(
  set: CriteriaSetDef,
  marks: Marks,
  judgedTotal?: number,
): ScoreResult {
  // Group sums in whole hundredths; shown as points.
  const groupsH = set.groups.map((g) => ({
    code: g.code,
    title: g.title,
    total: sumH(
      g.criteria.map((c) => (c.scoring === 'points' ? (pointsOf(c, marks[c.code]) ?? 0) : 0)),
    ),
    max: sumH(g.criteria.map(maxOf)),
  }));
  const all = criteriaOf(set);
  const missing = all.filter((c) => marks[c.code] === undefined).map((c) => c.code);
  const knockOutsFailed = all
    .filter((c) => c.knockOut && !isMet(c, marks[c.code]))
    .map((c) => c.code);
  const mandatoryUnmet = all
    .filter((c) => c.mandatory && !isMet(c, marks[c.code]))
    .map((c) => c.code);
  // A council's total is the mean of its members' totals, given by the caller: that total is the one judged.
  const total = judgedTotal ?? fromHundredths(groupsH.reduce((s, g) => s + g.total, 0));
  const max = fromHundredths(groupsH.reduce((s, g) => s + g.max, 0));
  const t = set.threshold ?? {
    minTotal: null,
    requireAllKnockOutsPassed: true,
    requireAllMandatoryMet: true,
  };
  const reasons: string[] = [];
  if (belowThreshold(total, t.minTotal))
    reasons.push(`tổng điểm ${total} thấp hơn ngưỡng ${t.minTotal}`);
  if (t.requireAllKnockOutsPassed && knockOutsFailed.length)
    reasons.push(`không đạt tiêu chí loại trừ ${knockOutsFailed.join(', ')}`);
  if (t.requireAllMandatoryMet && mandatoryUnmet.length)
    reasons.push(`chưa đạt tiêu chí bắt buộc ${mandatoryUnmet.join(', ')}`);
  const groups = groupsH.map((g) => ({
    ...g,
    total: fromHundredths(g.total),
    max: fromHundredths(g.max),
  }));
  return {
    total,
    max,
    groups,
    knockOutsFailed,
    mandatoryUnmet,
    missing,
    meetsThreshold: reasons.length === 0,
    reasons,
  };
}

/** The threshold compared in whole hundredths, never as floating points. */
const belowThreshold = (total: number, minTotal: number | null | undefined) =>
  minTotal != null && toHundredths(total) < toHundredths(minTotal);

/**
 * Why these marks do not reach the set's recognition threshold: one Vietnamese reason per
 * failed rule, each knock-out and mandatory criterion named with its title. Empty when they do.
 */
export function thresholdFailures(
  set: CriteriaSetDef,
  marks: Marks,
  judgedTotal?: number,
): string[] {
  const result = scoreAssessment(set, marks, judgedTotal);
  const title = new Map(criteriaOf(set).map((c) => [c.code, c.title]));
  const named = (codes: string[]) => codes.map((c) => `${c} "${title.get(c)}"`).join(', ');
  const t = set.threshold ?? {
    minTotal: null,
    requireAllKnockOutsPassed: true,
    requireAllMandatoryMet: true,
  };
  const out: string[] = [];
  if (belowThreshold(result.total, t.minTotal))
    out.push(`tổng điểm ${result.total} thấp hơn ngưỡng công nhận ${t.minTotal}`);
  if (t.requireAllKnockOutsPassed && result.knockOutsFailed.length)
    out.push(`không đạt tiêu chí loại trừ ${named(result.knockOutsFailed)}`);
  if (t.requireAllMandatoryMet && result.mandatoryUnmet.length)
    out.push(`chưa đạt tiêu chí bắt buộc ${named(result.mandatoryUnmet)}`);
  return out;
}
