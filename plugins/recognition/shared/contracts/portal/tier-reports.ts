// A commune's or a department's reports to the province: the duties it owes this year with where
// each stands, and one report with its sections and the figures counted for it.
import { z } from 'zod';
import { reportFigures, sectionsInput } from '../../domain/reports';
import { num } from './common';

export const tierDuty = z.object({
  key: z.string(),
  label: z.string(),
  period: z.enum(['six-month', 'annual', 'implementation']),
  due: z.string(),
  cutOff: z.string(),
  clause: z.string(),
  daysLeft: num,
  status: z.enum(['not_due', 'due', 'overdue', 'on_time', 'late']),
  statusLabel: z.string(),
  /** A draft is saved and not sent yet. */
  draft: z.boolean(),
});
export const tierDuties = z.array(tierDuty);

export const tierReport = tierDuty.extend({
  unit: z.object({ code: z.string(), name: z.string() }),
  submitted: z.boolean(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  sections: sectionsInput,
  figures: reportFigures,
  /** The report's documentId once saved (its files are read by it), else null. */
  documentId: z.string().nullable(),
  attachments: z.array(z.object({ id: z.string(), name: z.string(), size: num, at: z.string() })),
});
export type TierReport = z.infer<typeof tierReport>;
