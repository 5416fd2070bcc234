// What the portal's answers are built of: numbers, a unit, a mark, a deadline, a score, files.
import { z } from 'zod';
import { dossierProviders } from '../../domain/plan-rules';
import { eventTypes } from '../../domain/states';

export const num = z.number();
export const allowed = z.array(z.enum(eventTypes));
export const unit = z.object({ code: z.string(), name: z.string(), kind: z.string() });
export const jurisdiction = z.object({ slug: z.string(), name: z.string() });
export const mark = z.object({
  points: num.optional(),
  passed: z.boolean().optional(),
  subItems: z.record(z.string(), num).optional(),
  note: z.string().optional(),
});
export const marks = z.record(z.string(), mark);
export const deadline = z.object({
  kind: z.string(),
  label: z.string(),
  clause: z.string(),
  date: z.string(),
  daysLeft: num,
});
export const scoreResult = z.object({
  total: num,
  max: num,
  groups: z.array(z.object({ code: z.string(), title: z.string(), total: num, max: num })),
  knockOutsFailed: z.array(z.string()),
  mandatoryUnmet: z.array(z.string()),
  missing: z.array(z.string()),
  meetsThreshold: z.boolean(),
  reasons: z.array(z.string()),
});
export const file = z.object({
  id: z.string(),
  name: z.string(),
  size: num.nullable(),
  mime: z.string().nullable(),
  at: z.string(),
  url: z.string().nullable(),
});
export const files = z.object({
  dossier: z.array(file.extend({ part: z.string() })),
  evidence: z.record(z.string(), z.array(file)),
});

/** A part of the dossier the plan asks for, and who provides it (a council's part is filed, not uploaded). */
export const dossierPart = z.object({
  code: z.string(),
  label: z.string(),
  required: z.boolean(),
  provider: z.enum(dossierProviders).optional(),
});
