// Data of a recognition decision (quyết định công nhận) with its attached list of units.
import { z } from 'zod';
import { official } from '../shared-schema';

export const decisionData = z.object({
  ...official,
  /** Who decides, in caps: "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ" or "CHỦ TỊCH ỦY BAN NHÂN DÂN ...". */
  authority: z.string().min(1).max(300),
  year: z.number().int().min(2000).max(2100),
  /** "Căn cứ ..." lines, each without its final punctuation. */
  bases: z.array(z.string().min(1)).min(1),
  proposer: z.string().min(1).max(300),
  issuerName: z.string().min(1).max(200),
  executors: z.array(z.string().min(1)).min(1),
  units: z
    .array(z.object({ name: z.string().min(1), kindLabel: z.string().min(1), maintained: z.boolean(), serial: z.string().min(1) }))
    .min(1),
});
export type DecisionData = z.infer<typeof decisionData>;
