// Loading what the workflow decides on, mapped to domain types: a registration with its unit,
// criteria set and the plan rules it is bound to; the published plan that governs a year
// (the one place that rule is written); the criteria set for a unit; extensions; council scores,
// the council and its last vote on a dossier.
import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import { deadlinesForYear, type DeadlineKind } from '../../../shared/domain/deadlines';
import { planForYear, planRulesOf, type PlanRules } from '../../../shared/domain/plan-rules';
import type { RegistrationFields, RegistrationRecord } from '../../../shared/domain/registration';
import { familyOf } from '../../../shared/domain/units';
import type { DeadlineGate } from '../../../shared/domain/workflow';
import { appraisalFacts } from './appraisal-facts';
import { DomainFailure } from '../errors';
import { EXTENSION, PLAN, REGISTRATION } from '../constants/uids';
import { parseRow, planRow, type PlanRow } from '../rows';
import { criteriaSets, type BoundCriteriaSet } from './criteria-set-reads';
import { registrationHeadRow, registrationRow, unitRef } from './registration-row';

export const planRulePopulate = {
  calendar: true,
  eligibility: true,
  dossierParts: true,
  signer: true,
} as const;

export type { Conflict, FileRef } from '../../../shared/domain/registration';
/** The unit a registration is of, with its province, as its row is parsed. */
export type UnitRef = z.infer<typeof unitRef>;
/** A registration as the workflow loads it: the decider's record with its unit and criteria set. */
export type Registration = RegistrationFields & {
  id: number;
  documentId: string;
  year: number;
  unit: UnitRef;
  rules: PlanRules;
  criteriaSet: BoundCriteriaSet;
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
> & { rules?: { selection?: boolean } | null; forecast?: unknown };

const incomplete = () =>
  new DomainFailure(
    'invalid-transition',
    'Hồ sơ đăng ký thiếu kế hoạch, bộ tiêu chí hoặc đơn vị; liên hệ Công an tỉnh / thành phố để bổ sung.',
  );

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The published plan that governs a jurisdiction's year, with its rules populated. */
  async function planFor(
    jurisdictionDocumentId: string,
    year: number,
    populate: Record<string, unknown> = planRulePopulate,
  ): Promise<PlanRow | undefined> {
    const published = await strapi.documents(PLAN).findMany({
      filters: { jurisdiction: { documentId: jurisdictionDocumentId } },
      status: 'published',
      fields: ['firstYear'],
    });
    const chosen = planForYear(
      published as unknown as { documentId: string; firstYear: number }[],
      year,
    );
    if (!chosen) return undefined;
    const plan = await strapi.documents(PLAN).findOne({
      documentId: chosen.documentId,
      status: 'published',
      populate: populate as never,
    });
    return parseRow(planRow, plan) ?? undefined;
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

  const { criteriaSetOf, criteriaSetFor } = criteriaSets(strapi);

  async function load(documentId: string): Promise<Registration> {
    const raw = await strapi.db.query(REGISTRATION).findOne({
      where: { documentId },
      populate: {
        unit: { populate: { jurisdiction: true } },
        criteriaSet: { select: ['id', 'lockedAt'] },
      },
    });
    if (!raw) throw new DomainFailure('not-found', 'Không tìm thấy hồ sơ đăng ký.');
    if (!raw.unit?.jurisdiction) throw incomplete();
    const found = registrationRow.parse(raw);
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
    if (!rules || !row.criteriaSet) throw incomplete();
    return { ...row, criteriaSet: row.criteriaSet, rules };
  }

  /**
   * What a route's policy checks before the controller runs (state, year, unit, conflicts), in one
   * query: the workflow loads the whole registration again, under its lock, to act on it.
   */
  async function loadHead(documentId: string): Promise<RegistrationHead> {
    const row = await strapi.db.query(REGISTRATION).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'year', 'state', 'conflicts', 'rules', 'forecast'],
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
    return registrationHeadRow.parse(row);
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
      reading: rules.deadlineReading,
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
