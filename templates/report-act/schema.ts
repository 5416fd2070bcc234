// Data of the province's compiled report (an act): the police's report to the People's
// Committee and the Ministry on one report duty, its five narrative sections, its figures at the
// duty's cut-off, the plan's targets, and who of the tiers below reported.
import { z } from 'zod';
import { isoDate, official } from '../shared-schema';

export const reportActData = z.object({
  ...official,
  period: z.enum(['six-month', 'annual', 'implementation']),
  /** The act's title: the duty's own with its year ("Báo cáo định kỳ 06 tháng năm 2026"). */
  title: z.string().min(1).max(300),
  cutOff: isoDate,
  year: z.number().int(),
  recipient: z.string().min(1),
  planNumber: z.string().min(1),
  sections: z
    .array(z.object({ heading: z.string().min(1), paragraphs: z.array(z.string()).min(1) }))
    .length(5),
  figures: z.array(z.object({ label: z.string(), value: z.number().int() })),
  targets: z.array(
    z.object({
      label: z.string(),
      minimum: z.number().int(),
      achieved: z.number().int(),
      met: z.boolean(),
    }),
  ),
  reporting: z
    .object({
      expected: z.number().int(),
      reported: z.number().int(),
      late: z.number().int(),
      missing: z.array(z.string()),
    })
    .nullable(),
});
export type ReportActData = z.infer<typeof reportActData>;
