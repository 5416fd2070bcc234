// The zod schemas of what the portal's content-API routes answer. The portal parses every answer
// with them and the HTTP tests hold the server to them, so the two sides cannot drift apart.
import { z } from 'zod';
import { eventTypes, states } from '../domain/states';

const num = z.number();
const allowed = z.array(z.enum(eventTypes));
const unit = z.object({ code: z.string(), name: z.string(), kind: z.string() });
const jurisdiction = z.object({ slug: z.string(), name: z.string() });
export const mark = z.object({
  points: num.optional(),
  passed: z.boolean().optional(),
  subItems: z.record(z.string(), num).optional(),
  note: z.string().optional(),
});
const marks = z.record(z.string(), mark);
const deadline = z.object({
  kind: z.string(),
  label: z.string(),
  clause: z.string(),
  date: z.string(),
  daysLeft: num,
});
const scoreResult = z.object({
  total: num,
  max: num,
  groups: z.array(z.object({ code: z.string(), title: z.string(), total: num, max: num })),
  knockOutsFailed: z.array(z.string()),
  mandatoryUnmet: z.array(z.string()),
  missing: z.array(z.string()),
  meetsThreshold: z.boolean(),
  reasons: z.array(z.string()),
});
const file = z.object({
  id: z.string(),
  name: z.string(),
  size: num.nullable(),
  mime: z.string().nullable(),
  at: z.string(),
  url: z.string().nullable(),
});
const files = z.object({
  dossier: z.array(file.extend({ part: z.string() })),
  evidence: z.record(z.string(), z.array(file)),
});

export const me = z.object({
  email: z.string(),
  username: z.string(),
  role: z.enum(['unit_officer', 'council_member']),
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
  unit,
  plan: z.string(),
  criteriaSet: z.object({ code: z.string(), title: z.string(), version: num }),
  selfMarks: marks,
  selfScore: scoreResult,
  councilTotal: num.nullable(),
  dossierParts: z.array(z.object({ code: z.string(), label: z.string(), required: z.boolean() })),
  files,
  gaps: z.object({
    missingSelfScores: z.array(z.string()),
    missingDossierParts: z.array(z.object({ code: z.string(), label: z.string() })),
    missingEvidence: z.array(z.string()),
  }),
  justificationGap: num,
  recognition: recognitionView.nullable(),
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
  dossierParts: z.array(z.object({ code: z.string(), label: z.string(), required: z.boolean() })),
  selfMarks: marks,
  selfScore: scoreResult,
  myMarks: marks.nullable(),
  /** The member's marks in progress, kept on the server until sent. */
  myDraft: marks.nullable(),
  conflicted: z.boolean(),
  ...files.shape,
});

export const uploaded = z.unknown();

export const notifications = z.object({
  unread: num,
  items: z.array(
    z.object({
      documentId: z.string(),
      kind: z.enum(['state', 'request', 'deadline', 'appraisal']),
      title: z.string(),
      body: z.string().nullable(),
      link: z.string().nullable(),
      registration: z.string().nullable(),
      readAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export const notificationsRead = z.object({ read: num });
