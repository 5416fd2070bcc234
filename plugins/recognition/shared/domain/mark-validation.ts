// Marks as a client sends them, checked: each field against the mark's schema, then against the
// set (criteria it has, the kind of mark each takes, points within the maximum).
import { err, ok, type Result } from './errors';
import {
  criteriaOf,
  markSchema,
  maxOf,
  type CriteriaSetDef,
  type Marks,
  type ScoreIssue,
  fromHundredths,
  sumH,
  toHundredths,
  pointsOf,
} from './scoring';

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
