// Data of a review over several years (sơ kết, tổng kết): the police's report on the span, each
// year's results side by side with how they moved, the span's totals, and its five sections.
import { z } from 'zod';
import { isoDate, official } from '../shared-schema';

export const reviewActData = z.object({
  ...official,
  kindLabel: z.string().min(1),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  cutOff: isoDate,
  recipient: z.string().min(1),
  planNumber: z.string().min(1),
  years: z.array(
    z.object({
      year: z.number().int(),
      registered: z.number().int(),
      selected: z.number().int(),
      recognised: z.number().int(),
      maintained: z.number().int(),
      targets: z.string(),
      trend: z.string(),
    }),
  ),
  totals: z.object({
    registered: z.number().int(),
    recognised: z.number().int(),
    maintained: z.number().int(),
    yearsAllTargetsMet: z.number().int(),
  }),
  sections: z
    .array(z.object({ heading: z.string().min(1), paragraphs: z.array(z.string()).min(1) }))
    .length(5),
});
export type ReviewActData = z.infer<typeof reviewActData>;
