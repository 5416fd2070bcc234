// Data of a revocation decision (quyết định thu hồi công nhận): the unit, the recognising decision
// it revokes, and the reason.
import { z } from 'zod';
import { decisionPreamble, isoDate, official } from '../shared-schema';

export const revocationData = z.object({
  ...official,
  ...decisionPreamble,
  unit: z.object({ name: z.string().min(1).max(200), kindLabel: z.string().min(1).max(60) }),
  /** The recognising decision and the certificate this one revokes. */
  revoked: z.object({
    number: z.string().min(1).max(60),
    date: isoDate,
    serial: z.string().min(1).max(40),
    maintained: z.boolean(),
  }),
  reason: z.string().min(5).max(2000),
});
export type RevocationData = z.infer<typeof revocationData>;
