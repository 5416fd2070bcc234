// Certificates issued in the background, the year's recognitions, and import reports.
import { z } from 'zod';
import { num } from './common';

export const issueStatus = z.object({
  total: num,
  issued: num,
  pending: num,
  failed: num,
  lastError: z.string().nullable(),
});

export const recognitionList = z.array(
  z.object({
    documentId: z.string(),
    year: num,
    status: z.enum(['recognised', 'maintained', 'revoked']),
    serial: z.string(),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string().nullable(),
    unit: z.object({ name: z.string(), kind: z.string(), code: z.string().optional() }).nullable(),
    jurisdiction: z.object({ name: z.string(), slug: z.string() }).nullable(),
    registration: z
      .object({ documentId: z.string(), allowedEvents: z.array(z.string()) })
      .nullable(),
  }),
);

export const importReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  total: num,
  created: num,
  updated: num,
  unchanged: num,
  errors: z.array(
    z.object({ line: num, column: z.string(), value: z.string(), reason: z.string() }),
  ),
});
export const accountImportReport = importReport.omit({ updated: true }).extend({ invited: num });
/** A criteria set's import: the version it made (or would make), or every problem, where and why. */
export const criteriaImportReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  problems: z.array(
    z.object({
      line: num.optional(),
      column: z.string().optional(),
      where: z.string(),
      reason: z.string(),
    }),
  ),
  created: z
    .object({
      documentId: z.string().nullable(),
      code: z.string(),
      version: num,
      groups: num,
      criteria: num,
    })
    .optional(),
});
export const issueStarted = issueStatus.extend({ queued: num });
