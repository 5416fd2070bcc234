// Data of the audit log's annex: a jurisdiction's events of one year, with the chain's verdict.
import { z } from 'zod';
import { official } from '../shared-schema';

export const auditAnnexData = z.object({
  ...official,
  year: z.number().int(),
  jurisdictionName: z.string().min(1).max(100),
  verdict: z.object({ ok: z.boolean(), count: z.number().int(), text: z.string().min(1).max(400) }),
  events: z
    .array(
      z.object({
        seq: z.number().int(),
        at: z.string().min(1).max(40),
        actor: z.string().max(300),
        action: z.string().max(80),
        subject: z.string().max(200),
        hash: z.string().max(64),
      }),
    )
    .max(20_000),
});
export type AuditAnnexData = z.infer<typeof auditAnnexData>;
