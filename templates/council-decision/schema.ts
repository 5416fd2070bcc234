// Data of the decision setting up the appraisal council (quyết định thành lập Hội đồng thẩm
// định): who decides, on what bases, the members with their task, and each article's wording.
import { z } from 'zod';
import { decisionAct, official } from '../shared-schema';

export const councilDecisionData = z.object({
  ...official,
  ...decisionAct,
  members: z
    .array(
      z.object({
        name: z.string().min(1).max(120),
        position: z.string().min(1).max(200),
        role: z.string().min(1).max(60),
      }),
    )
    .min(1),
});
export type CouncilDecisionData = z.infer<typeof councilDecisionData>;
