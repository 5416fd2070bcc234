// Data of the police's proposal (tờ trình) to the People's Committee: why, what is asked, and
// the list of units proposed for recognition with their marks and the minutes they stand on.
import { z } from 'zod';
import { official } from '../shared-schema';

export const proposalData = z.object({
  ...official,
  year: z.number().int().min(2000).max(2100),
  summary: z.string().min(1).max(300),
  recipient: z.string().min(1).max(300),
  paragraphs: z.array(z.string().min(1)).min(1),
  units: z
    .array(
      z.object({
        name: z.string().min(1),
        kindLabel: z.string().min(1),
        /** Marks as printed, with the decimal comma ("90,5"); empty where there are none. */
        selfTotal: z.string().max(10),
        councilTotal: z.string().max(10),
        /** The act the proposal stands on for this unit ("Biên bản số 01/BB-HĐTĐ"). */
        basis: z.string(),
      }),
    )
    .min(1),
  closingLine: z.string().min(1),
});
export type ProposalData = z.infer<typeof proposalData>;
