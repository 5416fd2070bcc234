// What staff oversee: the dashboards, the audit log and its verdict, and pages of lists.
import { z } from 'zod';
import { num } from './common';

export const dashboard = z.object({
  plan: z.object({ number: z.string() }).nullable(),
  targets: z.array(
    z.object({
      label: z.string(),
      minimum: num,
      achieved: num,
      met: z.boolean(),
      clause: z.string().nullable(),
      selected: num,
    }),
  ),
  selection: z.boolean(),
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
