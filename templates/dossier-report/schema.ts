// Data of a unit's report on the criteria with its self-score table (part of the dossier).
import { z } from 'zod';
import { official } from '../shared-schema';

export const dossierReportData = z.object({
  ...official,
  unitName: z.string().min(1),
  year: z.number().int(),
  recipient: z.string().min(1),
  criteriaSet: z.string().min(1),
  rows: z
    .array(
      z.object({
        code: z.string(),
        title: z.string(),
        max: z.string(),
        score: z.string(),
        evidence: z.number().int(),
      }),
    )
    .min(1),
  total: z.number(),
  maxTotal: z.number(),
  verdict: z.string().min(1),
});
export type DossierReportData = z.infer<typeof dossierReportData>;
