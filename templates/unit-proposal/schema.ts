// Data of the unit's own proposal (tờ trình hoặc đề nghị xét công nhận) that its People's
// Committee or head signs and uploads as a dossier part (the plan's "request" part).
import { z } from 'zod';
import { official } from '../shared-schema';

export const unitProposalData = z.object({
  ...official,
  unitName: z.string().min(1),
  unitKind: z.string().min(1),
  year: z.number().int(),
  recipient: z.string().min(1),
  /** "Căn cứ Kế hoạch số … của …" */
  basis: z.string().min(1),
  /** What the unit did and scored: its self-score against the criteria set. */
  result: z.string().min(1),
  /** What it asks: "công nhận" or "công nhận duy trì". */
  ask: z.string().min(1),
  /** The dossier parts sent with it, as the plan lists them. */
  enclosed: z.array(z.string().min(1)),
});
export type UnitProposalData = z.infer<typeof unitProposalData>;
