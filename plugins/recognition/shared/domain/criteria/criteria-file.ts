// A criteria set as it is imported (Bộ tiêu chí): the JSON form, whose schema is published
// (data/criteria/criteria-set.schema.json), and the checks a whole set must pass before it is
// stored: codes unique, points that add up, a threshold the set can reach. Every problem is
// reported with where it is and what is allowed, in Vietnamese. Pure.
import { z } from 'zod';
import { toHundredths } from '../scoring';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'là ngày dạng YYYY-MM-DD');
const code = z
  .string()
  .trim()
  .min(1, 'không được để trống')
  .max(20, 'dài quá 20 ký tự')
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'gồm chữ không dấu, số, ".", "-", "_"');
const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, 'không được để trống').max(max, `dài quá ${max} ký tự`));
const points = z
  .number({ message: 'là một số' })
  .min(0, 'không được âm')
  .max(1000, 'tối đa 1000')
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'có tối đa hai chữ số thập phân');

/** The kinds of unit a set applies to, as the criteria set's fields name them. */
export const criteriaKinds = [
  'xa',
  'phuong',
  'dacKhu',
  'coQuan',
  'doanhNghiep',
  'coSoGiaoDuc',
] as const;
export type CriteriaKind = (typeof criteriaKinds)[number];

export const subItemInput = z.object({
  code,
  title: text(1000),
  maxPoints: points.nullish(),
});
export const criterionInput = z.object({
  code,
  title: text(2000),
  scoring: z.enum(['points', 'pass_fail'], {
    message: 'là "points" (chấm điểm) hoặc "pass_fail" (đạt / không đạt)',
  }),
  maxPoints: points.nullish(),
  mandatory: z.boolean().default(false),
  knockOut: z.boolean().default(false),
  evidenceRequired: z.boolean().default(false),
  evidenceGuidance: z.string().max(5000, 'dài quá 5000 ký tự').nullish(),
  subItems: z.array(subItemInput).max(50, 'tối đa 50 nội dung con').default([]),
});
export const groupInput = z.object({
  code,
  title: text(300),
  criteria: z.array(criterionInput).min(1, 'nhóm phải có ít nhất một tiêu chí').max(200),
});

/** The published shape of an imported criteria set (JSON). */
export const criteriaSetFile = z.object({
  code: z
    .string()
    .trim()
    .regex(
      /^[0-9A-Za-z][0-9A-Za-z._-]{0,59}$/,
      'mã bộ tiêu chí: 1–60 chữ không dấu, số, ".", "-", "_"',
    ),
  title: text(300),
  description: z.string().max(5000, 'dài quá 5000 ký tự').nullish(),
  legalBasis: text(300),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullish(),
  kinds: z
    .array(z.enum(criteriaKinds, { message: `là một trong: ${criteriaKinds.join(', ')}` }))
    .min(1, 'chọn ít nhất một loại đơn vị áp dụng'),
  threshold: z.object({
    minTotal: points.nullish(),
    requireAllKnockOutsPassed: z.boolean().default(true),
    requireAllMandatoryMet: z.boolean().default(true),
  }),
  groups: z.array(groupInput).min(1, 'bộ tiêu chí phải có ít nhất một nhóm').max(50),
});
export type CriteriaSetFile = z.infer<typeof criteriaSetFile>;

/** A problem of an imported set: where it is ("nhóm N1 › tiêu chí 1.2") and why. */
export type SetProblem = { where: string; reason: string };

const fmt = (n: number) => String(n).replace('.', ',');

/** What a whole set must satisfy beyond each field's shape. */
export function checkCriteriaSet(set: CriteriaSetFile): SetProblem[] {
  const problems: SetProblem[] = [];
  const seenGroups = new Set<string>();
  const seenCriteria = new Set<string>();
  let total = 0;
  for (const g of set.groups) {
    const gWhere = `nhóm ${g.code}`;
    if (seenGroups.has(g.code)) problems.push({ where: gWhere, reason: 'mã nhóm bị trùng' });
    seenGroups.add(g.code);
    for (const c of g.criteria) {
      const where = `${gWhere} › tiêu chí ${c.code}`;
      if (seenCriteria.has(c.code))
        problems.push({ where, reason: 'mã tiêu chí bị trùng trong bộ tiêu chí' });
      seenCriteria.add(c.code);
      const subs = new Set<string>();
      for (const s of c.subItems) {
        if (subs.has(s.code))
          problems.push({
            where: `${where} › nội dung ${s.code}`,
            reason: 'mã nội dung con bị trùng',
          });
        subs.add(s.code);
      }
      if (c.scoring === 'pass_fail') {
        if (c.maxPoints != null || c.subItems.some((s) => s.maxPoints != null))
          problems.push({
            where,
            reason: 'tiêu chí đạt / không đạt không có điểm (bỏ điểm tối đa và điểm nội dung con)',
          });
        continue;
      }
      if (c.maxPoints == null || c.maxPoints <= 0) {
        problems.push({ where, reason: 'tiêu chí chấm điểm phải có điểm tối đa lớn hơn 0' });
        continue;
      }
      total += toHundredths(c.maxPoints);
      if (c.subItems.length) {
        const missing = c.subItems.filter((s) => s.maxPoints == null).map((s) => s.code);
        if (missing.length)
          problems.push({
            where,
            reason: `nội dung con ${missing.join(', ')} chưa có điểm tối đa`,
          });
        else {
          const sum = c.subItems.reduce((n, s) => n + toHundredths(s.maxPoints ?? 0), 0);
          if (sum !== toHundredths(c.maxPoints))
            problems.push({
              where,
              reason: `tổng điểm các nội dung con (${fmt(sum / 100)}) phải bằng điểm tối đa của tiêu chí (${fmt(c.maxPoints)})`,
            });
        }
      }
    }
  }
  const min = set.threshold.minTotal;
  if (min != null && toHundredths(min) > total)
    problems.push({
      where: 'ngưỡng công nhận',
      reason: `điểm tối thiểu ${fmt(min)} lớn hơn tổng điểm tối đa của bộ tiêu chí (${fmt(total / 100)})`,
    });
  if (set.effectiveTo && set.effectiveTo < set.effectiveFrom)
    problems.push({ where: 'hiệu lực', reason: 'ngày hết hiệu lực trước ngày có hiệu lực' });
  return problems;
}

/** The published JSON Schema of an imported set (data/criteria/criteria-set.schema.json). */
export const criteriaJsonSchema = () => ({
  ...z.toJSONSchema(criteriaSetFile, { io: 'input' }),
  title: 'Bộ tiêu chí (dienhinh): tệp nhập',
  description:
    'Một bộ tiêu chí xây dựng đơn vị điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc: nhóm, tiêu chí, nội dung con, điểm, tiêu chí bắt buộc và loại trừ, ngưỡng công nhận, loại đơn vị áp dụng.',
});
