// The officer's side: who they are, their unit's home and registrations, a dossier, self-scores.
import { z } from 'zod';
import { forecastOutcomes, forecastRecord } from '../../domain/registration/forecast';
import { states } from '../../domain/states';
import {
  num,
  allowed,
  unit,
  jurisdiction,
  marks,
  deadline,
  scoreResult,
  files,
  dossierPart,
} from './common';

export const me = z.object({
  email: z.string(),
  username: z.string(),
  role: z.enum(['unit_officer', 'commune_officer', 'department_officer', 'council_member']),
  roleLabel: z.string(),
  unit: unit.extend({ jurisdiction }).nullable(),
  jurisdictions: z.array(jurisdiction),
});

/** The act a unit holds for a year: its decision, and its certificate where the plan issues one. */
export const recognitionView = z.object({
  serial: z.string(),
  status: z.enum(['recognised', 'maintained', 'revoked']),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuesCertificate: z.boolean(),
  certificate: z.boolean(),
  verifyUrl: z.string().nullable(),
});

export const officerHome = z.object({
  today: z.string(),
  registrations: z.array(
    z.object({
      documentId: z.string(),
      year: num,
      state: z.enum(states),
      stateLabel: z.string(),
      selfTotal: num.nullable(),
      councilTotal: num.nullable(),
      allowedEvents: allowed,
      nextDeadline: deadline.nullable(),
      /** What comes next for the unit, in words (domain/next-step.ts). */
      nextStep: z.string(),
      recognition: recognitionView.nullable(),
    }),
  ),
  /** Recognitions carried over from before the unit's registrations were kept here, with their public certificate. */
  earlier: z.array(
    z.object({
      year: num,
      serial: z.string(),
      status: z.enum(['recognised', 'maintained', 'revoked']),
      decisionNumber: z.string(),
      decisionDate: z.string(),
      certificateUrl: z.string().nullable(),
      verifyUrl: z.string(),
    }),
  ),
  options: z.array(
    z.object({
      year: num,
      plan: z.string().nullable(),
      rule: z.string().nullable(),
      previous: z
        .object({
          year: num,
          anttSafe: z.boolean(),
          classification: z.string().nullable(),
          classificationLabel: z.string().nullable(),
        })
        .nullable(),
      eligible: z.union([
        z.object({ ok: z.literal(true) }),
        z.object({ ok: z.literal(false), reasons: z.array(z.string()) }),
      ]),
      deadline: deadline.nullable(),
    }),
  ),
});

export const registered = z.object({ documentId: z.string(), state: z.string(), year: num });
export const stateChange = z.object({ state: z.enum(states) });
export const registrationList = z.array(
  z.object({
    documentId: z.string(),
    year: num,
    state: z.enum(states),
    selfTotal: num.nullable(),
    councilTotal: num.nullable(),
    allowedEvents: allowed,
  }),
);

export const registrationView = z.object({
  documentId: z.string(),
  year: num,
  state: z.enum(states),
  stateLabel: z.string(),
  allowedEvents: allowed,
  /** The unit's next step in words, or what it waits for (domain/next-step.ts). */
  nextStep: z.string(),
  unit,
  plan: z.string(),
  criteriaSet: z.object({ code: z.string(), title: z.string(), version: num }),
  selfMarks: marks,
  selfScore: scoreResult,
  councilTotal: num.nullable(),
  dossierParts: z.array(dossierPart),
  files,
  gaps: z.object({
    missingSelfScores: z.array(z.string()),
    missingDossierParts: z.array(z.object({ code: z.string(), label: z.string() })),
    missingEvidence: z.array(z.string()),
  }),
  justificationGap: num,
  recognition: recognitionView.nullable(),
  /** The unit's expected-results report once sent, and the outcomes open to it until then. */
  forecast: forecastRecord.nullable(),
  forecastOptions: z.array(z.object({ value: z.enum(forecastOutcomes), label: z.string() })),
  /** Once submitted: the dossier's code, when, and the day the plan has the recognition decided by (domain/receipt.ts). */
  receipt: z
    .object({
      code: z.string(),
      submittedAt: z.string(),
      resultBy: z.string().nullable(),
      clause: z.string().nullable(),
    })
    .nullable(),
});

/** A draft save: the marks kept (criterion codes) and each refused one with why; the others are kept regardless. */
export const marksSaved = z.object({
  saved: z.array(z.string()),
  refused: z.array(z.object({ criterion: z.string(), message: z.string() })),
});
export const selfScoresSaved = marksSaved.extend({ state: z.string(), selfScore: scoreResult });
