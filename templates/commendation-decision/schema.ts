// Data of a commendation decision (quyết định khen thưởng): the chair's Bằng khen or the police
// director's Giấy khen to the collectives and individuals listed under its first article, each
// with the achievement it rewards; who decides, on what bases, each article's wording.
import { z } from 'zod';
import { decisionAct, official } from '../shared-schema';

export const commendationDecisionData = z.object({
  ...official,
  ...decisionAct,
  awardees: z
    .array(
      z.object({
        name: z.string().min(1).max(300),
        /** "Tập thể" or "Cá nhân". */
        kind: z.string().min(1).max(20),
        achievement: z.string().min(1).max(1000),
      }),
    )
    .min(1),
});
export type CommendationDecisionData = z.infer<typeof commendationDecisionData>;
