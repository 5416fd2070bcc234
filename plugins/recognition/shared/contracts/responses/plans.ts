// Staff notices, criteria-set versions and the checks shown before a plan is published.
import { z } from 'zod';
import { num } from './common';
import { noticeList, noticesMarked } from '../notices';

/** A staff member's own notices (GET /recognition/notices). */
export const staffNotices = noticeList([
  'state',
  'request',
  'deadline',
  'appraisal',
  'dossier',
  'proposed',
  'selection',
  'overdue',
] as const);
export const noticesRead = noticesMarked;

export const criteriaVersion = z.object({ documentId: z.string(), code: z.string(), version: num });

const textFinding = z.object({ where: z.string(), text: z.string() });
export const planPublishCheck = z.object({
  number: z.string(),
  /** The draft's changes against the version in force, in sentences (domain/plan-changes.ts). */
  changes: z.array(z.string()),
  references: z.array(z.object({ token: z.string(), meaning: z.string(), value: z.string() })),
  unknownRefs: z.array(textFinding),
  unmatchedDates: z.array(textFinding),
  liveRegistrations: z.object({ total: num, years: z.array(z.object({ year: num, count: num })) }),
});
