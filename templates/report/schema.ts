// Data of the six-month or annual report of a jurisdiction's year.
import { z } from 'zod';
import { isoDate, official } from '../shared-schema';

export const reportData = z.object({
  ...official,
  period: z.enum(['six-month', 'annual', 'implementation']),
  /** The last day the report counts. */
  cutOff: isoDate,
  year: z.number().int(),
  recipient: z.string().min(1),
  planNumber: z.string().min(1),
  targets: z.array(
    z.object({
      label: z.string(),
      minimum: z.number().int(),
      achieved: z.number().int(),
      met: z.boolean(),
    }),
  ),
  states: z.array(z.object({ label: z.string(), count: z.number().int() })),
  units: z.array(
    z.object({
      name: z.string(),
      state: z.string(),
      selfTotal: z.string(),
      councilTotal: z.string(),
    }),
  ),
});
export type ReportData = z.infer<typeof reportData>;
