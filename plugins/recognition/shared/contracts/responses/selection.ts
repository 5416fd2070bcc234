// The province's choice of registrants (GET /recognition/selection): the plan's step and date,
// each registrant with the police's advice, the decision and the steps the caller may take, and
// the targets with the units selected toward each.
import { z } from 'zod';
import { selectionRecord } from '../../domain/registration/selection';
import { states } from '../../domain/states';
import { allowed, num, unit } from './common';

export const selectionYear = z.object({
  jurisdiction: z.object({ slug: z.string(), name: z.string() }),
  year: num,
  plan: z
    .object({ number: z.string(), selection: z.boolean(), clause: z.string().nullable() })
    .nullable(),
  deadline: z.object({ label: z.string(), date: z.string(), clause: z.string() }).nullable(),
  targets: z.array(
    z.object({ label: z.string(), minimum: num, selected: num, clause: z.string().nullable() }),
  ),
  registrants: z.array(
    z.object({
      documentId: z.string(),
      unit,
      state: z.enum(states),
      selection: selectionRecord.nullable(),
      stateReason: z.string().nullable(),
      allowedEvents: allowed,
    }),
  ),
});
