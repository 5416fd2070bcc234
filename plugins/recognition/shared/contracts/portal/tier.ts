// The side of a commune's or a department's officer: the units its tier covers in a year, each
// with its state and next deadline, and the plan's per-commune minimum met or not.
import { z } from 'zod';
import { states } from '../../domain/states';
import { deadline, jurisdiction, num, unit } from './common';

export const tierUnit = unit.extend({
  /** The commune's or department's own unit, listed first. */
  own: z.boolean(),
  registration: z
    .object({ documentId: z.string(), state: z.enum(states), stateLabel: z.string() })
    .nullable(),
  /** The plan's next date for this unit's family, from today. */
  nextDeadline: deadline.nullable(),
  /** Whether the tier may register it for the year now (no registration yet, a plan in force). */
  canRegister: z.boolean(),
});

export const tierHome = z.object({
  tier: z.enum(['commune', 'department']),
  unit: unit.extend({ jurisdiction }),
  year: num,
  /** Why nothing can be registered this year (no plan in force), else null. */
  noPlan: z.string().nullable(),
  /** The plan's minimum of organisations each commune registers a year, where it sets one. */
  target: z
    .object({ minimum: num, clause: z.string().nullable(), registered: num, met: z.boolean() })
    .nullable(),
  /** The reports the plan asks of the commune or department itself this year, by date. */
  reportDuties: z.array(deadline),
  items: z.array(tierUnit),
  total: num,
});
export type TierHome = z.infer<typeof tierHome>;
