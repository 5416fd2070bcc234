// Loading what the workflow decides on, mapped to domain types: a registration with its unit,
// criteria set and the plan rules it is bound to; the published plan that governs a year
// (the one place that rule is written); the criteria set for a unit; extensions; council scores,
// the council and its last vote on a dossier.
import type { Core } from '@strapi/strapi';
import type { MemberScore, Vote } from '../../../shared/domain/council';
import { deadlinesForYear, type DeadlineKind } from '../../../shared/domain/deadlines';
import { planForYear, planRulesOf, type PlanRules } from '../../../shared/domain/plan-rules';
import type { CriteriaSetDef, Marks } from '../../../shared/domain/scoring';
import type { State } from '../../../shared/domain/states';
import { familyOf, kindFlags, isUnitKind } from '../../../shared/domain/units';
import type { DeadlineGate, PriorDuty } from '../../../shared/domain/workflow';
import { DomainFailure } from '../errors';
import {
  COUNCIL,
  COUNCIL_SCORE,
  CRITERIA_SET,
  EXTENSION,
  MEETING,
  PLAN,
  REGISTRATION,
} from '../constants/uids';

export const planRulePopulate = {
  calendar: true,
  eligibility: true,
  dossierParts: true,
  signer: true,
} as const;
const criteriaPopulate = {
  groups: { populate: { criteria: { populate: ['subItems'] } } },
  threshold: true,
} as const;

/** An attached file: kept privately (string id) or, in records older than the private store, an upload (number id, url). */
export type FileRef = {
  id: string | number;
  name: string;
  at: string;
  size?: number;
  mime?: string;
  sha256?: string;
  url?: string;
};
export type Conflict = { email: string; reason: string; at: string };
export type UnitRef = {
  id: number;
  documentId: string;
  code: string;
  name: string;
  kind: string;
  jurisdiction: { id: number; documentId: string; slug: string; name: string };
};
export type Registration = {
  id: number;
  documentId: string;
  year: number;
  state: Exclude<State, 'none'>;
  selfMarks: Marks | null;
  selfTotal: number | null;
  councilTotal: number | null;
  dossier: Record<string, FileRef> | null;
  evidence: Record<string, FileRef[]> | null;
  conflicts: Conflict[] | null;
  /** Meetings whose vote on this dossier the secretariat voided by reopening scoring. */
  voidedVotes: string[] | null;
  stateReason: string | null;
  submittedAt: string | null;
  unit: UnitRef;
  rules: PlanRules;
  criteriaSet: CriteriaSetDef & {
    documentId: string;
    code: string;
    title: string;
    version: number;
    isSample?: boolean;
  };
};

/** A registration as a route's policy checks it. */
export type RegistrationHead = Pick<
  Registration,
  'id' | 'documentId' | 'year' | 'state' | 'conflicts' | 'unit'
>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The published plan that governs a jurisdiction's year, with its rules populated. */
  async function planFor(
    jurisdictionDocumentId: string,
    year: number,
    populate: Record<string, unknown> = planRulePopulate,
  ): Promise<any | undefined> {
    const published = await strapi.documents(PLAN).findMany({
      filters: { jurisdiction: { documentId: jurisdictionDocumentId } },
      status: 'published',
      fields: ['firstYear'],
    });
    const chosen = planForYear(
      published as unknown as { documentId: string; firstYear: number }[],
      year,
    );
    return chosen
      ? strapi.documents(PLAN).findOne({
          documentId: chosen.documentId,
          status: 'published',
          populate: populate as never,
        })
      : undefined;
  }

  /** The rules of the published version of one plan (registrations made before rules were snapshotted). */
  async function publishedRules(planDocumentId: string): Promise<PlanRules | null> {
    const plan = await strapi.documents(PLAN).findOne({
      documentId: planDocumentId,
      status: 'published',
      populate: planRulePopulate as never,
    });
    return plan ? planRulesOf(plan as never) : null;
  }

  /**
   * A criteria set in use never changes: registering locks it (criteria-sets.ts), and a locked set
   * is refused to every editor (cms/src/lib/criteria-lock.ts). Its definition (groups, criteria,
   * sub-items, threshold: five queries) is therefore read once per process and kept.
   */
  const lockedSets = new Map<number, Registration['criteriaSet']>();
  async function criteriaSetOf(
    ref: { id: number; lockedAt?: unknown } | null,
  ): Promise<Registration['criteriaSet'] | null> {
    if (!ref) return null;
    const kept = lockedSets.get(ref.id);
    if (kept && ref.lockedAt) return kept;
    const set = (await strapi.db
      .query(CRITERIA_SET)
      .findOne({ where: { id: ref.id }, populate: criteriaPopulate })) as
      | Registration['criteriaSet']
      | null;
    if (set && ref.lockedAt) {
      if (lockedSets.size >= 500) lockedSets.delete(lockedSets.keys().next().value!);
      lockedSets.set(ref.id, set);
    }
    return set;
  }

  async function load(documentId: string): Promise<Registration> {
    const found = (await strapi.db.query(REGISTRATION).findOne({
      where: { documentId },
      populate: {
        unit: { populate: { jurisdiction: true } },
        criteriaSet: { select: ['id', 'lockedAt'] },
      },
    })) as any;
    if (!found) throw new DomainFailure('not-found', 'Không tìm thấy hồ sơ đăng ký.');
    const row = { ...found, criteriaSet: await criteriaSetOf(found.criteriaSet) };
    // Registrations made before rules were kept with them follow their plan's published version.
    const plan = row.rules
      ? null
      : (
          await strapi.db
            .query(REGISTRATION)
            .findOne({ where: { id: row.id }, populate: { plan: { select: ['documentId'] } } })
        )?.plan;
    const rules = row.rules ?? (plan ? await publishedRules(plan.documentId) : null);
    if (!rules || !row.criteriaSet || !row.unit?.jurisdiction) {
      throw new DomainFailure(
        'invalid-transition',
        'Hồ sơ đăng ký thiếu kế hoạch, bộ tiêu chí hoặc đơn vị; liên hệ Công an tỉnh / thành phố để bổ sung.',
      );
    }
    const num = (v: unknown) => (v == null ? null : Number(v));
    return { ...row, selfTotal: num(row.selfTotal), councilTotal: num(row.councilTotal), rules };
  }

  /**
   * What a route's policy checks before the controller runs (state, year, unit, conflicts), in one
   * query: the workflow loads the whole registration again, under its lock, to act on it.
   */
  async function loadHead(documentId: string): Promise<RegistrationHead> {
    const row = await strapi.db.query(REGISTRATION).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'year', 'state', 'conflicts'],
      populate: {
        unit: {
          select: ['id', 'documentId', 'code', 'name', 'kind'],
          populate: { jurisdiction: { select: ['id', 'documentId', 'slug', 'name'] } },
        },
      },
    });
    if (!row) throw new DomainFailure('not-found', 'Không tìm thấy hồ sơ đăng ký.');
    if (!row.unit?.jurisdiction)
      throw new DomainFailure(
        'invalid-transition',
        'Hồ sơ đăng ký thiếu đơn vị; liên hệ Công an tỉnh / thành phố để bổ sung.',
      );
    return row as RegistrationHead;
  }

  async function criteriaSetFor(
    unit: { kind: string; jurisdiction: { documentId: string } },
    year: number,
  ) {
    if (!isUnitKind(unit.kind)) return undefined;
    const sets = await strapi.documents(CRITERIA_SET).findMany({
      filters: {
        [kindFlags[unit.kind]]: true,
        effectiveFrom: { $lte: `${year}-12-31` },
        $or: [{ effectiveTo: { $null: true } }, { effectiveTo: { $gte: `${year}-01-01` } }],
      },
      populate: { jurisdiction: true },
      sort: [{ version: 'desc' }],
    });
    // A jurisdiction's own sets replace the national ones for its units.
    const own = sets.filter(
      (s: any) => s.jurisdiction?.documentId === unit.jurisdiction.documentId,
    );
    return (own.length ? own : sets.filter((s: any) => !s.jurisdiction))[0] as any;
  }

  async function extensionsOf(
    unitDocumentId: string,
    year: number,
  ): Promise<{ kind: string; until: string }[]> {
    const rows = await strapi.db.query(EXTENSION).findMany({
      where: { unit: { documentId: unitDocumentId }, year },
      orderBy: { until: 'desc' },
    });
    return rows.map((e: { kind: string; until: unknown }) => ({
      kind: e.kind,
      until: String(e.until).slice(0, 10),
    }));
  }

  /** The first of `kinds` the plan dates for this unit's family, with the latest extension of it. */
  async function deadlineFor(
    unit: { documentId: string; kind: string },
    rules: PlanRules,
    year: number,
    kinds: readonly DeadlineKind[],
  ): Promise<DeadlineGate | undefined> {
    if (!kinds.length) return undefined;
    const family = familyOf(unit.kind);
    const dated = deadlinesForYear(rules.calendar, year).filter(
      (d) => d.appliesTo === 'all' || d.appliesTo === family,
    );
    const d = kinds.map((k) => dated.find((x) => x.kind === k)).find(Boolean);
    if (!d) return undefined;
    const ext = (await extensionsOf(unit.documentId, year)).find((e) => e.kind === d.kind);
    return {
      label: d.label,
      clause: d.clause,
      date: d.date,
      ...(ext ? { extendedUntil: ext.until } : {}),
    };
  }

  /**
   * Council scores of a registration, found by their key ("<registration>:<member>"): those sent
   * for the council. A member's draft is theirs alone until sent and weighs on nothing.
   */
  async function scoresOf(
    documentId: string,
  ): Promise<(MemberScore & { id: number; total: number })[]> {
    const rows = await strapi.db
      .query(COUNCIL_SCORE)
      .findMany({ where: { uniqueKey: { $startsWith: `${documentId}:` }, draft: false } });
    return rows.map((r: any) => ({
      id: r.id,
      member: String(r.memberEmail).toLowerCase(),
      marks: (r.marks ?? {}) as Marks,
      total: Number(r.total),
    }));
  }

  async function councilOf(jurisdictionDocumentId: string, year: number) {
    const council = await strapi.db
      .query(COUNCIL)
      .findOne({ where: { jurisdiction: { documentId: jurisdictionDocumentId }, year } });
    if (!council) return null;
    return {
      ...council,
      memberEmails: ((council.members ?? []) as { email: string }[]).map((m) =>
        m.email.toLowerCase(),
      ),
    };
  }

  /** The council's last vote on a dossier, across its meetings, leaving out the votes voided by reopening scoring. */
  async function lastVote(
    councilId: number,
    registrationDocumentId: string,
    voided: string[] = [],
  ): Promise<(Vote & { meeting: string }) | null> {
    const meetings = await strapi.db
      .query(MEETING)
      .findMany({ where: { council: { id: councilId } }, orderBy: { id: 'asc' } });
    const votes = meetings
      .filter((m: { documentId: string }) => !voided.includes(m.documentId))
      .flatMap((m: { documentId: string; votes: (Vote & { registration: string })[] }) =>
        (m.votes ?? []).map((v) => ({ ...v, meeting: m.documentId })),
      )
      .filter((v: { registration: string }) => v.registration === registrationDocumentId);
    return votes.at(-1) ?? null;
  }

  /**
   * Who already did a step on this registration, by person, from the audit log (which is keyed, so
   * nobody can write themselves out of it): scorers, the secretariat who proposed it, and whoever
   * recorded a council vote on it.
   */
  async function priorDutiesOf(reg: {
    documentId: string;
    unit: { jurisdiction?: { slug: string } | null };
  }): Promise<PriorDuty[]> {
    const AUDIT = 'plugin::recognition.audit-event';
    const own = await strapi.db.query(AUDIT).findMany({
      where: {
        subjectId: reg.documentId,
        action: { $in: ['council_score', 'propose'] },
        personId: { $notNull: true },
      },
      select: ['action', 'personId'],
    });
    const meetings = await strapi.db.query(AUDIT).findMany({
      where: {
        action: 'meeting.record',
        jurisdiction: reg.unit.jurisdiction?.slug ?? '',
        personId: { $notNull: true },
      },
      select: ['after', 'personId'],
    });
    const voted = meetings.filter((m: any) =>
      ((m.after?.votes ?? []) as { registration: string }[]).some(
        (v) => v.registration === reg.documentId,
      ),
    );
    return [
      ...own.map((e: any) => ({
        personId: e.personId,
        duty: e.action === 'propose' ? ('proposed' as const) : ('scored' as const),
      })),
      ...voted.map((m: any) => ({ personId: m.personId, duty: 'voted' as const })),
    ];
  }

  return {
    load,
    loadHead,
    planFor,
    publishedRules,
    criteriaSetFor,
    extensionsOf,
    deadlineFor,
    scoresOf,
    councilOf,
    lastVote,
    priorDutiesOf,
  };
};
