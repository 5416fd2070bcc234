// What the commendation register answers: the year's proposals of a province with where each
// stands and what the caller may do with it, and the units holding the title the year (whom the
// police may propose, with their years in a row).
import { z } from 'zod';
import { awardeeKinds, awardForms, commendationStates } from '../../domain/commendation';

export const commendationView = z.object({
  jurisdiction: z.string(),
  year: z.number(),
  canPropose: z.boolean(),
  /** The commendation decisions the caller may draft now (proposals of their form agreed). */
  canDraft: z.array(z.enum(['commendation_decision', 'police_commendation'])),
  rows: z.array(
    z.object({
      documentId: z.string(),
      form: z.enum(awardForms),
      awardee: z.enum(awardeeKinds),
      name: z.string(),
      unit: z.object({ code: z.string(), name: z.string() }),
      consecutiveYears: z.number(),
      achievement: z.string(),
      state: z.enum(commendationStates),
      appraisalNote: z.string().nullable(),
      decision: z.string().nullable(),
      serial: z.string().nullable(),
      allowedEvents: z.array(z.string()),
    }),
  ),
  titled: z.array(z.object({ code: z.string(), name: z.string(), consecutiveYears: z.number() })),
});
export type CommendationView = z.infer<typeof commendationView>;
export const commendationState = z.object({
  documentId: z.string(),
  state: z.enum(commendationStates),
});
