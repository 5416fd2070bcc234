// Council members' answers, criteria, the timeline and deadlines of a dossier.
import { z } from 'zod';
import { states } from '../../domain/states';
import { num, allowed, unit, marks, scoreResult, files, dossierPart } from './common';
import { marksSaved } from './officer';

/** A council member's save: a draft (what was kept) or marks sent for the council (the council's total now). */
export const councilScoresSaved = z.union([
  marksSaved.extend({ total: num }),
  z.object({ total: num, councilTotal: num.nullable() }),
]);

export const criteria = z.object({
  code: z.string(),
  version: num,
  name: z.string(),
  threshold: z
    .object({
      minTotal: num.nullable().optional(),
      requireAllKnockOutsPassed: z.boolean(),
      requireAllMandatoryMet: z.boolean(),
    })
    .passthrough()
    .nullable(),
  groups: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      criteria: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          scoring: z.enum(['points', 'pass_fail']),
          maxPoints: num.nullable(),
          mandatory: z.boolean(),
          knockOut: z.boolean(),
          evidenceRequired: z.boolean(),
          evidenceGuidance: z.string().nullable(),
          subItems: z.array(
            z.object({ code: z.string(), title: z.string(), maxPoints: num.nullable() }),
          ),
        }),
      ),
    }),
  ),
});

export const timeline = z.array(
  z.object({
    seq: num,
    at: z.string(),
    action: z.string(),
    label: z.string(),
    onBehalf: z.boolean(),
    byRole: z.string().nullable(),
    state: z.object({ from: z.string().nullable(), to: z.string(), label: z.string() }).nullable(),
  }),
);

export const deadlines = z.array(
  z
    .object({
      kind: z.string(),
      label: z.string(),
      date: z.string(),
      clause: z.string(),
      extendedUntil: z.string().nullable(),
      passed: z.boolean(),
    })
    .passthrough(),
);

export const councilList = z.array(
  z.object({
    documentId: z.string(),
    year: num,
    state: z.string(),
    stateLabel: z.string(),
    unit,
    selfTotal: num.nullable(),
    myTotal: num.nullable(),
    /** The member has marks in progress (a draft, not yet sent). */
    drafting: z.boolean(),
    conflicted: z.boolean(),
    allowedEvents: allowed,
  }),
);

export const councilDossier = z.object({
  documentId: z.string(),
  year: num,
  state: z.enum(states),
  allowedEvents: allowed,
  unit,
  justificationGap: num,
  dossierParts: z.array(dossierPart),
  selfMarks: marks,
  selfScore: scoreResult,
  myMarks: marks.nullable(),
  /** The member's marks in progress, kept on the server until sent. */
  myDraft: marks.nullable(),
  conflicted: z.boolean(),
  ...files.shape,
});
