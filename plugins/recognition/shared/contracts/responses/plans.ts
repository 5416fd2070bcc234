// Staff notices, criteria-set versions and the checks shown before a plan is published.
import { z } from 'zod';
import { num } from './common';

/** A staff member's own notices (GET /recognition/notices). */
export const staffNotices = z.object({
  unread: num,
  items: z.array(
    z.object({
      documentId: z.string(),
      kind: z.enum(['state', 'request', 'deadline', 'appraisal', 'dossier', 'proposed', 'overdue']),
      title: z.string(),
      body: z.string().nullable(),
      link: z.string().nullable(),
      registration: z.string().nullable(),
      readAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export const noticesRead = z.object({ read: num });

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
