// What the maintenance track answers: the plan's reading of maintaining, each unit due to
// maintain in the year with its state and standing, and the year's titles counted apart.
import { z } from 'zod';
import { maintenanceStatuses } from '../../domain/maintenance';
import { reviewReasons, reviewStatuses } from '../../domain/title-review';

export const maintenanceView = z.object({
  jurisdiction: z.string(),
  year: z.number(),
  rule: z.object({
    consecutive: z.boolean(),
    countsToTargets: z.boolean(),
    clause: z.string().nullable(),
  }),
  rows: z.array(
    z.object({
      unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
      heldYears: z.number(),
      state: z.string().nullable(),
      status: z.enum(maintenanceStatuses),
      flags: z.array(z.literal('safety_lost')),
      /** The review of the title held the year before, the latest if several. */
      review: z
        .object({
          documentId: z.string(),
          status: z.enum(reviewStatuses),
          reason: z.enum(reviewReasons),
        })
        .nullable(),
    }),
  ),
  /** The year's titles not revoked: new ones and maintained ones, apart. */
  titles: z.object({ recognised: z.number(), maintained: z.number() }),
});
export type MaintenanceView = z.infer<typeof maintenanceView>;

/** A title review after a step: its id and where it stands. */
export const reviewState = z.object({ documentId: z.string(), status: z.enum(reviewStatuses) });
