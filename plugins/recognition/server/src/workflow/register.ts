// Registering a unit for a year (the officer's own, or one the secretariat registers for it): the
// first step of the year creates the registration, bound to the rules of the plan published now
// and to the criteria set in force, which registering locks.
import type { Core } from '@strapi/strapi';
import { eventDeadlines } from '../../../shared/domain/deadlines';
import { checkEligibility } from '../../../shared/domain/eligibility';
import { planRulesOf } from '../../../shared/domain/plan-rules';
import { checkScope } from '../../../shared/domain/scope';
import type { Actor } from '../../../shared/domain/workflow';
import { applyEvent } from '../../../shared/domain/workflow-steps';
import { DomainFailure, unwrap } from '../errors';
import { lockKey } from '../utils';
import { clockService, criteriaSetsService } from '../config';
import type { OfficerActor, StaffActor, TierOfficerActor } from '../people';
import { registrationRepository } from './';
import { REGISTRATION, UNIT, UNIT_RESULT } from '../constants/uids';
import { placeOf, placePopulate } from '../guards';

type UnitRow = {
  id: number;
  documentId: string;
  code: string;
  name: string;
  kind: string;
  jurisdiction: { documentId: string; slug: string; name: string };
};
type Audit = (
  actor: Actor,
  action: string,
  reg: { documentId: string; unit: { code: string; jurisdiction?: { slug: string } | null } },
  before: unknown,
  after: unknown,
) => Promise<void>;

export function registerUnit(strapi: Core.Strapi, audit: Audit) {
  const clock = () => clockService(strapi).now();
  const repo = () => registrationRepository(strapi);
  return (
    actor: OfficerActor | StaffActor | TierOfficerActor,
    year: number,
    unitId: string = (actor as OfficerActor).unitId,
  ) =>
    strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:register:${unitId}:${year}`);
      const unit = (await strapi
        .documents(UNIT)
        .findOne({ documentId: unitId, populate: placePopulate(UNIT) })) as UnitRow | null;
      if (!unit) throw new DomainFailure('not-found', 'Không có đơn vị này.');
      if ('scope' in actor)
        unwrap(checkScope(actor.scope, placeOf(UNIT, unit), `Đơn vị ${unit.name}`));
      const plan = await repo().planFor(unit.jurisdiction.documentId, year);
      if (!plan)
        throw new DomainFailure(
          'ineligible',
          `Chưa có kế hoạch đã ban hành của ${unit.jurisdiction.name} áp dụng cho năm ${year}.`,
        );
      const rules = planRulesOf(plan);
      const set = await repo().criteriaSetFor(unit, year);
      if (!set)
        throw new DomainFailure(
          'ineligible',
          `Chưa có bộ tiêu chí hiệu lực năm ${year} cho loại đơn vị này.`,
        );
      const uniqueKey = `${unit.documentId}:${year}`;
      const existing = await strapi.db.query(REGISTRATION).findOne({ where: { uniqueKey } });
      const previous = await strapi.db
        .query(UNIT_RESULT)
        .findOne({ where: { unit: { documentId: unit.documentId }, year: year - 1 } });
      const state = unwrap(
        applyEvent(
          existing ? existing.state : 'none',
          { type: 'register' },
          {
            now: clock(),
            actor,
            unitId: unit.documentId,
            year,
            deadline: await repo().deadlineFor(unit, rules, year, eventDeadlines.register ?? []),
            eligibility: rules.eligibility
              ? checkEligibility(rules.eligibility, previous, year)
              : { ok: true },
          },
        ),
      );
      // Written through the query layer: the document service refuses workflow records to everyone (workflow-guard.ts).
      const created = await strapi.db.query(REGISTRATION).create({
        data: {
          unit: unit.id,
          year,
          plan: plan.id,
          rules,
          criteriaSet: set.id,
          state,
          uniqueKey,
          registeredAt: clock(),
          selfMarks: {},
          dossier: {},
          evidence: {},
          conflicts: [],
        },
      });
      await criteriaSetsService(strapi).lockForUse(set.documentId, year);
      await audit(
        actor,
        'register',
        { documentId: created.documentId, unit },
        { state: 'none' },
        {
          state,
          year,
          plan: plan.number,
          criteriaSet: `${set.code} v${set.version}`,
        },
      );
      return { documentId: created.documentId, state, year };
    });
}
