// Data of the decision setting up the appraisal council (quyết định thành lập Hội đồng thẩm
// định): who decides, on what bases, the members with their task, and each article's wording.
import { z } from 'zod';
import { official } from '../shared-schema';

export const councilDecisionData = z.object({
  ...official,
  year: z.number().int().min(2000).max(2100),
  /** "Thành lập Hội đồng thẩm định ... năm 2026". */
  summary: z.string().min(1).max(300),
  /** Who decides, in caps: "GIÁM ĐỐC CÔNG AN TỈNH ĐỒNG THÁP". */
  authority: z.string().min(1).max(300),
  /** "Căn cứ ..." lines, each without its final punctuation. */
  bases: z.array(z.string().min(1)).min(1),
  /** Each article's sentence; the members' list follows the first. */
  articles: z.array(z.string().min(1)).min(2),
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
