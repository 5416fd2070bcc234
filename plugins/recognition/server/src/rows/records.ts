// The programme's records as the code reads them from the query engine: the fields each one is
// read by, in zod, so a loader parses what came back instead of trusting an untyped object.
// Objects are loose: a loader may populate more than these, and what it passes on keeps it.
import { z } from 'zod';

/** A stored file (Strapi's upload), as the file store reads it. */
export const media = z.looseObject({ id: z.number(), url: z.string() });

/** A date column: 'YYYY-MM-DD' from the query engine, or a Date a caller has set. */
export const day = z.union([z.string(), z.date()]);
/** A date column as the day it names, "YYYY-MM-DD". */
export const isoDay = day.transform((d) =>
  typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10),
);
/** A datetime column, read as an ISO string whichever database (and driver) answered. */
export const instant = z
  .union([z.string(), z.date(), z.number()])
  .transform((v) => new Date(v).toISOString());
/** A decimal column: a number, or a string where the driver keeps its precision. */
export const decimal = z.union([z.number(), z.string()]).transform(Number);

const text = z.string().nullish();
const record = { id: z.number(), documentId: z.string() };

export const jurisdictionRow = z.looseObject({
  ...record,
  slug: z.string(),
  name: z.string(),
  issuerLine1: z.string(),
  issuerLine2: text,
  issuerName: z.string(),
  placeName: z.string(),
  policeBodyName: text,
  decisionBases: text,
  decisionExecutors: text,
  decisionRecipients: text,
  decisionSuffix: text,
});

export const unitRow = z.looseObject({
  ...record,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
});

const signer = {
  signerAuthority: text,
  signerDelegation: text,
  signerPosition: text,
  signerName: text,
};

export const decisionRow = z.looseObject({
  ...record,
  year: z.number(),
  kind: z.enum(['recognition', 'revocation', 'amendment']),
  status: z.enum(['draft', 'issued']),
  number: text,
  date: day.nullish(),
  ...signer,
  recipients: z.array(z.string()).nullish(),
});

export const recognitionRow = z.looseObject({
  ...record,
  serial: z.string(),
  year: z.number(),
  status: z.enum(['recognised', 'maintained', 'revoked']),
  certificateStatus: z.enum(['none', 'awaiting', 'queued', 'issued']),
  decisionNumber: text,
  decisionDate: day.nullish(),
  ...signer,
});

export const councilRow = z.looseObject({
  ...record,
  year: z.number(),
  name: z.string(),
  members: z.array(z.object({ email: z.string(), name: z.string() }).loose()),
  chairEmail: z.string(),
  secretaryEmail: z.string(),
});

export const meetingRow = z.looseObject({
  ...record,
  startedAt: instant,
  endedAt: instant,
  place: z.string(),
  conclusion: z.string(),
  attendance: z.array(z.object({ email: z.string(), present: z.boolean() }).loose()),
  votes: z.array(
    z
      .object({
        registration: z.string(),
        for: z.number(),
        against: z.number(),
        abstain: z.number(),
      })
      .loose(),
  ),
});

/** A registration's scores as the minutes and reports print them (decimal columns may be strings). */
export const scoredRegistrationRow = z.looseObject({
  ...record,
  selfTotal: decimal.nullish(),
  councilTotal: decimal.nullish(),
  unit: unitRow,
});

const deadlineRow = z.looseObject({
  kind: z.string(),
  label: text,
  day: z.number(),
  month: z.number(),
  year: z.number().nullish(),
  clause: text,
  appliesTo: text,
});
const signerRow = z.looseObject({
  authority: text,
  delegation: text,
  position: text,
  name: text,
});

/** A published plan as its loaders read it; each part is there when the loader populated it. */
export const planRow = z.looseObject({
  ...record,
  slug: z.string(),
  number: z.string(),
  place: z.string(),
  issueYear: z.number(),
  issueMonth: z.number(),
  issueDay: z.number().nullish(),
  docType: z.string(),
  title: z.string(),
  firstYear: z.number(),
  targetTotal: z.number(),
  targetClause: text,
  communeMinimum: z.number().nullish(),
  communeMinimumClause: text,
  dossierClause: text,
  usesCouncil: z.boolean(),
  selection: z.boolean().nullish(),
  selectionClause: text,
  deadlineReading: z.string().nullish(),
  maintenanceConsecutive: z.boolean().nullish(),
  targetsCountMaintained: z.boolean().nullish(),
  maintenanceClause: text,
  reportDuties: z.unknown().nullish(),
  issuesCertificates: z.boolean(),
  justificationGap: decimal.nullish(),
  reminderDays: text,
  contactEmail: text,
  publishedAt: day.nullish(),
  calendar: z.array(deadlineRow).nullish(),
  targets: z.array(z.looseObject({ label: text, minimum: z.number(), kind: text })).nullish(),
  dossierParts: z
    .array(z.looseObject({ code: z.string(), label: z.string(), required: z.boolean().nullish() }))
    .nullish(),
  eligibility: z
    .looseObject({
      requireAnttSafe: z.boolean().nullish(),
      minimumClassification: text,
      clause: text,
    })
    .nullish(),
  signer: signerRow.nullish(),
  legalBases: z
    .array(
      z.looseObject({
        reference: z.string(),
        description: text,
        inDecision: z.boolean().nullish(),
      }),
    )
    .nullish(),
});
export type PlanRow = z.infer<typeof planRow>;

/** A plan with its text, as the plan's document prints it. */
export const planTextRow = planRow.extend({
  jurisdiction: jurisdictionRow,
  preamble: text,
  sections: z.array(
    z.looseObject({
      number: z.string(),
      heading: z.string(),
      blocks: z.array(z.looseObject({ kind: z.string(), number: text, text: z.string() })),
    }),
  ),
  recipients: z.array(z.looseObject({ text: z.string() })).nullish(),
});
