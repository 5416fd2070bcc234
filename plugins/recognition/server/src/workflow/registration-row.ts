// A registration's row as its repository reads it: the fields its decider's events write, parsed
// so that the record the workflow decides on is what the types say, not what the row happened to
// hold. Rules come from the row when they were snapshotted, else from the plan (registrations.ts).
import { z } from 'zod';
import { planRules } from '../../../shared/domain/plan-rules';
import { markSchema } from '../../../shared/domain/scoring';
import {
  forecastRecord as forecast,
  selectionRecord as selection,
} from '../../../shared/domain/registration';
import { states } from '../../../shared/domain/states';
import { decimal, instant } from '../rows';

/** An optional column the record keeps as null, never undefined. */
const orNull = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? null);

const fileRef = z.looseObject({
  id: z.union([z.string(), z.number()]),
  name: z.string(),
  at: z.string(),
  size: z.number().optional(),
  mime: z.string().optional(),
  sha256: z.string().optional(),
  url: z.string().optional(),
});
const conflict = z.looseObject({ email: z.string(), reason: z.string(), at: z.string() });

/** The unit a registration is of, with the province it belongs to. */
export const unitRef = z.object({
  id: z.number(),
  documentId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  jurisdiction: z.object({
    id: z.number(),
    documentId: z.string(),
    slug: z.string(),
    name: z.string(),
  }),
});

/** What a route's policy checks: state, year, unit and conflicts. */
export const registrationHeadRow = z.looseObject({
  id: z.number(),
  documentId: z.string(),
  year: z.number(),
  state: z.enum(states).exclude(['none']),
  conflicts: orNull(z.array(conflict)),
  unit: unitRef,
  rules: z.looseObject({ selection: z.boolean().optional() }).nullish(),
  forecast: z.unknown().nullish(),
});

export const registrationRow = registrationHeadRow.extend({
  selfMarks: orNull(z.record(z.string(), markSchema.loose())),
  selfTotal: orNull(decimal),
  councilTotal: orNull(decimal),
  dossier: orNull(z.record(z.string(), fileRef)),
  evidence: orNull(z.record(z.string(), z.array(fileRef))),
  voidedVotes: orNull(z.array(z.string())),
  stateReason: orNull(z.string()),
  selection: orNull(selection),
  forecast: orNull(forecast),
  submittedAt: orNull(instant),
  decidedAt: orNull(instant),
  rules: orNull(planRules),
  criteriaSet: orNull(z.object({ id: z.number(), lockedAt: z.unknown() })),
});

/** A registration in a list: what its row shows and what the machine allows on it. */
export const registrationListRow = z.looseObject({
  documentId: z.string(),
  year: z.number(),
  state: z.enum(states).exclude(['none']),
  conflicts: orNull(z.array(conflict)),
  selfTotal: orNull(decimal),
  councilTotal: orNull(decimal),
  voidedVotes: orNull(z.array(z.string())),
  stateReason: orNull(z.string()),
  selection: orNull(selection),
  rules: z.looseObject({ usesCouncil: z.boolean(), selection: z.boolean().optional() }).nullish(),
  unit: z.object({
    documentId: z.string().optional(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
  }),
});
