// Data of a plan (kế hoạch), as kept in the CMS.
import { z } from 'zod';
import { official } from '../shared-schema';

const block = z.object({
  kind: z.enum(['item', 'subitem', 'paragraph', 'bullet']),
  number: z.string().max(20).nullable().optional(),
  text: z.string().min(1),
});

export const planData = z.object({
  ...official,
  docType: z.string().min(1).max(60),
  title: z.string().min(1),
  preamble: z.string().default(''),
  sections: z
    .array(
      z.object({
        number: z.string().min(1).max(10),
        heading: z.string().min(1),
        blocks: z.array(block),
      }),
    )
    .min(1),
});
export type PlanData = z.infer<typeof planData>;
