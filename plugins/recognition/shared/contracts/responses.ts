// The zod schemas of what the admin routes answer: the admin's one API client parses every
// response with them, and the HTTP tests hold the server to them, so the two sides cannot drift.
import { z } from 'zod';
import { eventTypes } from '../domain/states';
import * as portal from './portal-responses';

const num = z.number();
const unit = z.object({ code: z.string(), name: z.string(), kind: z.string() });
const allowed = z.array(z.enum(eventTypes));

export const jurisdictionList = z.array(z.object({ name: z.string(), slug: z.string() }));

const markValue = z.union([num, z.boolean()]).nullable();

export const approvalQueue = z.array(
  z.object({
    documentId: z.string(),
    state: z.string(),
    allowedEvents: allowed,
    unit,
    selfTotal: num.nullable(),
    councilTotal: num.nullable(),
    scorers: z.array(z.string()),
    /** A criterion's points (number) or pass/fail (boolean), by the unit and by the council, and the members' notes. */
    deltas: z.array(
      z.object({
        criterion: z.string(),
        title: z.string(),
        self: z.union([num, z.boolean()]).nullable(),
        council: z.union([num, z.boolean()]).nullable(),
        notes: z.array(z.string()),
      }),
    ),
    /** The proposal gate's verdict: the council total it judged, whether every member marked every criterion, and why it falls short. */
    verdict: z.object({
      minTotal: num.nullable(),
      total: num.nullable(),
      complete: z.boolean(),
      gaps: z.array(z.object({ member: z.string(), criteria: z.array(z.string()) })),
      failures: z.array(z.string()),
    }),
    dossier: z.array(z.object({ part: z.string(), name: z.string(), url: z.string() })),
    evidence: z.array(z.object({ criterion: z.string(), name: z.string(), url: z.string() })),
    documents: z.array(z.object({ label: z.string(), url: z.string() })),
    /** The council's standing vote on the unit (a vote voided by reopening scoring is not). */
    vote: z.object({ for: num, against: num, abstain: num }).nullable(),
    /** The approval desk (domain/approval-desk.ts): every criterion with the unit's mark, each member's marks and notes, conflicts, criteria without evidence. */
    criteria: z.array(z.object({ code: z.string(), title: z.string(), self: markValue })),
    members: z.array(
      z.object({
        member: z.string(),
        name: z.string().nullable(),
        total: num,
        complete: z.boolean(),
        marks: z.record(z.string(), markValue),
        notes: z.record(z.string(), z.string()),
      }),
    ),
    conflicts: z.array(
      z.object({ member: z.string(), name: z.string().nullable(), reason: z.string() }),
    ),
    missingEvidence: z.array(z.string()),
  }),
);

export const recognised = z.object({
  decision: z.object({
    documentId: z.string(),
    status: z.enum(['draft', 'issued']),
    units: z.number(),
  }),
  recognised: z.array(
    z.object({
      documentId: z.string(),
      unit: z.string(),
      state: z.string(),
      serial: z.string(),
      certificate: z.boolean(),
    }),
  ),
  replayed: z.boolean(),
});

/** A jurisdiction's year of decisions (GET /recognition/decisions). */
export const decisionYear = z.object({
  jurisdiction: z.object({ slug: z.string(), name: z.string() }),
  year: z.number(),
  today: z.string(),
  numbering: z.enum(['manual', 'automatic']),
  suffix: z.string(),
  nextNumber: z.string().nullable(),
  signers: z.array(z.object({ index: z.number(), label: z.string() })),
  recipients: z.array(z.string()),
  decisions: z.array(
    z.object({
      documentId: z.string(),
      kind: z.enum(['recognition', 'revocation', 'amendment']),
      status: z.enum(['draft', 'issued']),
      number: z.string().nullable(),
      date: z.string().nullable(),
      signer: z.string().nullable(),
      issuedAt: z.string().nullable(),
      sha256: z.string().nullable(),
      reason: z.string().nullable(),
      /** The decision this one revokes from or amends, and the later ones that revoke from or amend this one. */
      corrects: z.object({ number: z.string(), date: z.string() }).nullable(),
      later: z.array(
        z.object({
          kind: z.enum(['revocation', 'amendment']),
          number: z.string(),
          date: z.string(),
        }),
      ),
      units: z.array(
        z.object({
          serial: z.string(),
          name: z.string(),
          maintained: z.boolean(),
          revoked: z.boolean(),
          certificate: z.enum(['none', 'awaiting', 'queued', 'issued']),
        }),
      ),
      allowedEvents: z.array(z.enum(['issue', 'amend'])),
    }),
  ),
});

export const decisionAmended = z.object({
  documentId: z.string(),
  number: z.string(),
  date: z.string(),
  amends: z.string(),
  sha256: z.string(),
});
export const decisionIssued = z.object({
  documentId: z.string(),
  number: z.string(),
  date: z.string(),
  status: z.literal('issued'),
  sha256: z.string(),
  units: z.number(),
  certificates: z.number(),
});

const member = z.object({ email: z.string(), name: z.string() });
export const appraisalOverview = z.object({
  candidates: z.array(member),
  council: z
    .object({
      documentId: z.string(),
      name: z.string(),
      members: z.array(member),
      chairEmail: z.string(),
      secretaryEmail: z.string(),
    })
    .nullable(),
  meetings: z.array(
    z.object({ documentId: z.string(), startedAt: z.string(), place: z.string(), votes: num }),
  ),
  registrations: z.array(
    z.object({
      documentId: z.string(),
      unit: unit.nullable(),
      state: z.string(),
      allowedEvents: allowed,
      stateReason: z.string().nullable(),
      selfTotal: num.nullable(),
      councilTotal: num.nullable(),
      councilScores: num,
      conflicts: num,
      yetToScore: z.array(z.string()),
      canRequest: z.boolean(),
      vote: z.object({ for: num, against: num, abstain: num }).nullable(),
    }),
  ),
  /** Every dossier the next meeting votes on, whatever the page shown. */
  forVote: z.array(z.object({ documentId: z.string(), unit: unit.nullable() })),
  /** The dossiers still waiting for a member's score: how many, and the first named. */
  waiting: z.object({
    count: num,
    first: z.array(
      z.object({ documentId: z.string(), unit: unit.nullable(), yetToScore: z.array(z.string()) }),
    ),
  }),
});

export const dashboard = z.object({
  plan: z.object({ number: z.string() }).nullable(),
  targets: z.array(
    z.object({
      label: z.string(),
      minimum: num,
      achieved: num,
      met: z.boolean(),
      clause: z.string().nullable(),
    }),
  ),
  registrationsByState: z.record(z.string(), num),
  registrations: num,
  upcomingDeadlines: z.array(
    z.object({ kind: z.string(), label: z.string(), date: z.string(), clause: z.string() }),
  ),
  reports: z.array(
    z.object({
      period: z.enum(['six-month', 'annual', 'implementation']),
      label: z.string(),
      cutOff: z.string(),
    }),
  ),
});

/** The nation's year: a line per province in the caller's scope, and the totals. */
export const nationalDashboard = z.object({
  year: num,
  provinces: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      plan: z.object({ number: z.string() }).nullable(),
      registrations: num,
      registrationsByState: z.record(z.string(), num),
      achieved: num,
      targetsMet: num,
      targets: num,
    }),
  ),
  totals: z.object({
    provinces: num,
    withPlan: num,
    meetingEveryTarget: num,
    registrations: num,
    registrationsByState: z.record(z.string(), num),
    achievedByKind: z.record(z.string(), num),
    achieved: num,
  }),
});

export const auditHistory = z.array(
  z.object({
    seq: num,
    at: z.string(),
    actor: z.string(),
    actorRole: z.string(),
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  }),
);
/** Where a page of a list sits (meta.pagination of every list the plugin answers). */
export const pagination = z.object({ page: num, pageSize: num, pageCount: num, total: num });
export type Pagination = z.infer<typeof pagination>;

/** A page of a province's year of events (where it sits: meta.pagination). */
export const auditPage = z.array(
  z.object({
    seq: num,
    at: z.string(),
    actor: z.string(),
    actorRole: z.string(),
    action: z.string(),
    subjectType: z.string().nullable().optional(),
    unitCode: z.string().nullable(),
    unitName: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  }),
);
export const auditVerdict = z.object({
  chain: z.string().nullable().optional(),
  ok: z.boolean(),
  count: num,
  total: num,
  done: z.boolean(),
  resume: z.string().optional(),
  keyed: num.optional(),
  legacy: num.optional(),
  anchoredSeq: num.nullable().optional(),
  problem: z.object({ seq: num, problem: z.string() }).optional(),
});

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
export const issueStarted = issueStatus.extend({ queued: num });

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
