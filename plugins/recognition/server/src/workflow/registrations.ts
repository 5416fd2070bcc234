// Loading what the workflow decides on, mapped to domain types: a registration with its unit,
// criteria set and the plan rules it is bound to; the published plan that governs a year
// (the one place that rule is written); the criteria set for a unit; extensions; council scores,
// the council and its last vote on a dossier.
import type { Core } from '@strapi/strapi';
import { deadlinesForYear, type DeadlineKind } from '../../../shared/domain/deadlines';
import { planForYear, planRulesOf, type PlanRules } from '../../../shared/domain/plan-rules';
import type { RegistrationFields, RegistrationRecord } from '../../../shared/domain/registration';
import type { CriteriaSetDef } from '../../../shared/domain/scoring';
import { familyOf, kindFlags, isUnitKind } from '../../../shared/domain/units';
import type { DeadlineGate } from '../../../shared/domain/workflow';
import { appraisalFacts } from './appraisal-facts';
import { DomainFailure } from '../errors';
import { CRITERIA_SET, EXTENSION, PLAN, REGISTRATION } from '../constants/uids';

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

export type { Conflict, FileRef } from '../../../shared/domain/registration';
export type UnitRef = {
  id: number;
  documentId: string;
  code: string;
  name: string;
  kind: string;
  jurisdiction: { id: number; documentId: string; slug: string; name: string };
};
/** A registration as the workflow loads it: the decider's record with its unit and criteria set. */
export type Registration = RegistrationFields & {
  id: number;
  documentId: string;
  year: number;
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

/** The decider's view of a loaded registration. */
export const recordOf = (reg: Registration): RegistrationRecord => ({
  ...reg,
  unitId: reg.unit.documentId,
});

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

  return {
    load,
    loadHead,
    planFor,
    publishedRules,
    criteriaSetFor,
    extensionsOf,
    deadlineFor,
    ...appraisalFacts(strapi),
  };
};
