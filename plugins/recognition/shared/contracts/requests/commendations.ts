// The inputs of commendation: a proposal for a collective (the unit) or an individual of it on
// the unit's title of the year, with the form of award and the achievement; its appraisal; the
// year's register; the commendation decisions drafted from the proposals agreed.
import { z } from 'zod';
import { awardeeKinds, awardForms } from '../../domain/commendation';

const jurisdiction = z.string().min(1, 'chọn tỉnh / thành phố').max(60);
const year = z.coerce.number().int().min(2020, 'năm từ 2020').max(2100, 'năm đến 2100');

export const commendationProposeBody = z.object({
  jurisdiction,
  year,
  unit: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'là mã đơn vị, ví dụ "19815"'),
  form: z.enum(awardForms, { message: 'là "bang_khen" (Bằng khen) hoặc "giay_khen" (Giấy khen)' }),
  awardee: z.enum(awardeeKinds, {
    message: 'là "collective" (tập thể) hoặc "individual" (cá nhân)',
  }),
  fullName: z.string().trim().max(120, 'họ và tên tối đa 120 ký tự').optional(),
  position: z.string().trim().max(200, 'chức vụ tối đa 200 ký tự').optional(),
  achievement: z.string().trim().max(600, 'thành tích tối đa 600 ký tự'),
});
export type CommendationProposeBody = z.infer<typeof commendationProposeBody>;

export const commendationAppraiseBody = z.object({
  agree: z.boolean({ message: 'là true (đồng ý) hoặc false (không đồng ý)' }),
  note: z.string().trim().max(2000, 'tối đa 2.000 ký tự').default(''),
});

export const commendationRegisterQuery = z.object({ jurisdiction, year });

export const commendationDraftBody = z.object({
  kind: z.enum(['commendation_decision', 'police_commendation']),
  jurisdiction,
  year,
});
