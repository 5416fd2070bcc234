// Data of a commendation decision (quyết định khen thưởng): the chair's Bằng khen or the police
// director's Giấy khen to the collectives and individuals listed under its first article, each
// with the achievement it rewards; who decides, on what bases, each article's wording.
import { z } from 'zod';
import { official } from '../shared-schema';

export const commendationDecisionData = z.object({
  ...official,
  year: z.number().int().min(2000).max(2100),
  /** "Về việc tặng Bằng khen ... năm 2026". */
  summary: z.string().min(1).max(300),
  /** Who decides, in caps: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ". */
  authority: z.string().min(1).max(300),
  /** "Căn cứ ..." and "Theo đề nghị ..." lines, each without its final punctuation. */
  bases: z.array(z.string().min(1)).min(1),
  /** Each article's sentence; the list of awardees follows the first. */
  articles: z.array(z.string().min(1)).min(2),
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
