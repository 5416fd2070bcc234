// The paper path (a unit's papers typed by the staff), results imported and deadlines.
import { z } from 'zod';
import { num } from './common';
import * as portal from '../portal';

/** The paper path: a province's units with their registration of the year, and one registration to fill in. */
export const paperUnits = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    registration: z
      .object({ documentId: z.string(), state: z.string(), stateLabel: z.string() })
      .nullable(),
  }),
);
export const paperView = z.object({
  registration: portal.registrationView,
  criteria: portal.criteria,
});
export const paperRegistered = portal.registered;
export const paperSaved = portal.selfScoresSaved;

export const resultImportReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  year: num,
  total: num,
  created: num,
  updated: num,
  unchanged: num,
  errors: z.array(
    z.object({ line: num, column: z.string(), value: z.string(), reason: z.string() }),
  ),
});

export const unitDeadlines = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  year: num,
  deadlines: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      clause: z.string(),
      date: z.string(),
      extendedUntil: z.string().nullable(),
      passed: z.boolean(),
    }),
  ),
});
