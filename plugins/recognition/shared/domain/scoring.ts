// The scoring engine: marks against a criteria set, giving totals per group, knock-outs,
// mandatory criteria, the recognition threshold, and the self-vs-council deltas.
import { z } from 'zod';
import { err, ok, type Result } from './errors';

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

const maxOf = (c: CriterionDef) =>
  fromHundredths(
    c.scoring === 'pass_fail'
      ? 0
      : c.subItems?.length
        ? sumH(c.subItems.map((i) => i.maxPoints ?? 0)) || toHundredths(c.maxPoints ?? 0)
        : toHundredths(c.maxPoints ?? 0),
  );
/** A sum of points as whole hundredths. */
const sumH = (points: number[]) => points.reduce((s, p) => s + toHundredths(p), 0);

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

/** Checks marks against the set: unknown criteria, wrong kind of mark, points above the maximum. */
export function validateMarks(set: CriteriaSetDef, marks: Marks): ScoreIssue[] {
  const byCode = new Map(criteriaOf(set).map((c) => [c.code, c]));
  const issues: ScoreIssue[] = [];
  for (const [code, mark] of Object.entries(marks)) {
    const c = byCode.get(code);
    if (!c) {
      issues.push({ criterion: code, message: `không có tiêu chí "${code}" trong bộ tiêu chí` });
      continue;
    }
    if (c.scoring === 'pass_fail') {
      if (mark.passed === undefined)
        issues.push({
          criterion: code,
          message: `tiêu chí ${code} chấm đạt / không đạt: cần trường "passed"`,
        });
      if (mark.points !== undefined || mark.subItems)
        issues.push({
          criterion: code,
          message: `tiêu chí ${code} chấm đạt / không đạt, không chấm điểm số`,
        });
      continue;
    }
    if (mark.passed !== undefined)
      issues.push({
        criterion: code,
        message: `tiêu chí ${code} chấm điểm số, không chấm đạt / không đạt`,
      });
    if (c.subItems?.length) {
      const subs = new Map(c.subItems.map((s) => [s.code, s]));
      for (const [sub, points] of Object.entries(mark.subItems ?? {})) {
        const def = subs.get(sub);
        if (!def)
          issues.push({
            criterion: code,
            message: `tiêu chí ${code} không có nội dung con "${sub}"`,
          });
        else if (def.maxPoints != null && points > def.maxPoints) {
          issues.push({
            criterion: code,
            message: `nội dung ${code}.${sub} tối đa ${def.maxPoints} điểm, đã nhập ${points}`,
          });
        }
      }
      if (mark.points !== undefined && mark.subItems) {
        const sum = fromHundredths(sumH(Object.values(mark.subItems)));
        if (toHundredths(sum) !== toHundredths(mark.points))
          issues.push({
            criterion: code,
            message: `điểm tiêu chí ${code} (${mark.points}) khác tổng nội dung con (${sum})`,
          });
      }
    }
    const points = pointsOf(c, mark);
    if (points === undefined)
      issues.push({
        criterion: code,
        message: `tiêu chí ${code} cần điểm số ("points" hoặc "subItems")`,
      });
    else if (points > maxOf(c))
      issues.push({
        criterion: code,
        message: `tiêu chí ${code} tối đa ${maxOf(c)} điểm, đã nhập ${points}`,
      });
  }
  return issues;
}

function pointsOf(c: CriterionDef, mark: Mark | undefined): number | undefined {
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

/** Marks as a client sends them (a record by criterion code), checked field by field and against the set. */
export function parseMarks(input: unknown, set: CriteriaSetDef): Result<Marks> {
  const record = (input ?? {}) as Record<string, unknown>;
  const marks: Marks = {};
  for (const [code, value] of Object.entries(record)) {
    const r = markSchema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0];
      return err(
        'score-invalid',
        `Trường "marks.${code}.${issue.path.join('.')}" không hợp lệ: ${issue.message}`,
      );
    }
    marks[code] = r.data;
  }
  const issues = validateMarks(set, marks);
  if (issues.length)
    return err('score-invalid', `Điểm không hợp lệ: ${issues.map((i) => i.message).join('; ')}.`, {
      issues,
    });
  return ok(marks);
}
