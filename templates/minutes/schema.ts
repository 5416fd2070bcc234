// Data of the appraisal council's meeting minutes (biên bản họp thẩm định).
import { z } from 'zod';
import { issuer, isoDate } from '../shared-schema';

export const minutesData = z.object({
  issuer,
  number: z.string().min(1).max(60),
  place: z.string().min(1).max(100),
  date: isoDate,
  councilName: z.string().min(1),
  year: z.number().int(),
  startedAt: z.string().regex(/^\d{2} giờ \d{2}$/, 'dạng "08 giờ 00"'),
  endedAt: z.string().regex(/^\d{2} giờ \d{2}$/, 'dạng "10 giờ 30"'),
  venue: z.string().min(1),
  chair: z.object({ name: z.string().min(1), title: z.string().min(1) }),
  secretary: z.object({ name: z.string().min(1), title: z.string().min(1) }),
  present: z.array(z.object({ name: z.string().min(1), role: z.string().min(1) })).min(1),
  absent: z.array(z.object({ name: z.string().min(1), role: z.string().min(1) })).default([]),
  votes: z
    .array(
      z.object({
        unit: z.string().min(1),
        selfTotal: z.number().nullable(),
        councilTotal: z.number().nullable(),
        for: z.number().int(),
        against: z.number().int(),
        abstain: z.number().int(),
      }),
    )
    .min(1),
  conclusion: z.string().min(1),
});
export type MinutesData = z.infer<typeof minutesData>;
