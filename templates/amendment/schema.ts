// Data of a decision amending an issued decision (quyết định sửa đổi, bổ sung): the decision it
// amends and what it changes, in the People's Committee's own words.
import { z } from 'zod';
import { decisionPreamble, isoDate, official } from '../shared-schema';

export const amendmentData = z.object({
  ...official,
  ...decisionPreamble,
  /** The decision amended. */
  amended: z.object({ number: z.string().min(1).max(60), date: isoDate }),
  /** What is amended, one paragraph per entry ("Tại Điều 1, sửa ... thành ..."). */
  changes: z.array(z.string().min(5).max(2000)).min(1).max(30),
});
export type AmendmentData = z.infer<typeof amendmentData>;
