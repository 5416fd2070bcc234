// What the approver reads and does: the queue of proposed units with everything the desk shows,
// and the answer to "Công nhận".
import { z } from 'zod';
import { num, unit, allowed, markValue } from './common';

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
