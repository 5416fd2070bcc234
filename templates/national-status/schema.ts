// Data of the Ministry's status extract: each province's year (registrations, units achieving,
// targets met) and the reports it has sent up, as the national pages show them. An extract for
// following up, not an act: it carries no number, and says so on its first page.
import { z } from 'zod';
import { isoDate } from '../shared-schema';

const text = z.string().max(300);

export const nationalStatusData = z.object({
  year: z.number().int().min(2000).max(2100),
  /** When it was taken from the system, as shown ("14:05 ngày 06/12/2026"). */
  takenAt: z.string().min(1).max(60),
  today: isoDate,
  totals: z.object({
    provinces: z.number().int(),
    withPlan: z.number().int(),
    meetingEveryTarget: z.number().int(),
    registrations: z.number().int(),
    achieved: z.number().int(),
  }),
  counts: z.object({
    received: z.number().int(),
    sent: z.number().int(),
    due: z.number().int(),
    overdue: z.number().int(),
  }),
  provinces: z
    .array(
      z.object({
        name: text,
        plan: text,
        registrations: z.number().int(),
        achieved: z.number().int(),
        targets: text,
      }),
    )
    .max(100),
  /** The reports sent up, province by province. */
  reports: z
    .array(
      z.object({
        province: text,
        rows: z
          .array(z.object({ label: text, due: text, state: text, number: text, received: text }))
          .max(200),
      }),
    )
    .max(100),
});
export type NationalStatusData = z.infer<typeof nationalStatusData>;
