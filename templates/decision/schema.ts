// Data of a recognition decision (quyết định công nhận) with its attached list of units.
import { z } from 'zod';
import { decisionPreamble, official } from '../shared-schema';

export const decisionData = z.object({
  ...official,
  ...decisionPreamble,
  units: z
    .array(
      z.object({
        name: z.string().min(1),
        kindLabel: z.string().min(1),
        maintained: z.boolean(),
        serial: z.string().min(1),
      }),
    )
    .min(1),
});
export type DecisionData = z.infer<typeof decisionData>;
