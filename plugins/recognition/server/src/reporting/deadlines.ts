// A unit's deadlines of a year as its family reads them in the plan's calendar, each with its
// extension: for the officer's home and dossier, and for the approver granting an extension.
import type { Core } from '@strapi/strapi';
import { deadlinesForYear } from '../../../shared/domain/deadlines';
import { planRulesOf } from '../../../shared/domain/plan-rules';
import { checkActorScope } from '../../../shared/domain/scope';
import { familyOf, unitDisplayName } from '../../../shared/domain/units';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import type { Actor } from '../../../shared/domain/workflow';
import { clockService } from '../config';
import { REGISTRATION, UNIT } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { registrationRepository, type Registration } from '../workflow';
import { placeOf, placePopulate } from '../guards';

export function datedDeadlinesOf(strapi: Core.Strapi) {
  const repo = () => registrationRepository(strapi);
  return async function datedDeadlines(
    reg: Pick<Registration, 'rules' | 'year'> & { unit: { documentId: string; kind: string } },
  ) {
    const family = familyOf(reg.unit.kind);
    const extensions = await repo().extensionsOf(reg.unit.documentId, reg.year);
    return deadlinesForYear(reg.rules.calendar, reg.year)
      .filter((d) => d.appliesTo === 'all' || d.appliesTo === family)
      .map((d) => ({
        ...d,
        extendedUntil: extensions.find((e) => e.kind === d.kind)?.until ?? null,
      }));
  };
}

export function unitDeadlinesOf(
  strapi: Core.Strapi,
  datedDeadlines: ReturnType<typeof datedDeadlinesOf>,
) {
  const now = () => clockService(strapi).now();
  const repo = () => registrationRepository(strapi);
  /** A unit's deadlines of a year with their extensions, for the approver granting one (the unit's rules, else the plan's). */
  return async function unitDeadlines(actor: Actor, code: string, year: number) {
    const unit = await strapi.db
      .query(UNIT)
      .findOne({ where: { code }, populate: placePopulate(UNIT) });
    if (!unit) throw new DomainFailure('not-found', `Không có đơn vị mã "${code}".`);
    unwrap(checkActorScope(actor, placeOf(UNIT, unit), `Đơn vị ${unit.name}`));
    const reg = await strapi.db
      .query(REGISTRATION)
      .findOne({ where: { uniqueKey: `${unit.documentId}:${year}` }, select: ['documentId'] });
    const plan = reg ? null : await repo().planFor(unit.jurisdiction.documentId, year);
    const rules = reg ? (await repo().load(reg.documentId)).rules : plan ? planRulesOf(plan) : null;
    if (!rules)
      throw new DomainFailure(
        'not-found',
        `Chưa có kế hoạch đã ban hành của ${unit.jurisdiction.name} áp dụng cho năm ${year}.`,
      );
    const today = vietnamDay(now());
    const deadlines = (await datedDeadlines({ rules, year, unit })).map((d) => ({
      kind: d.kind,
      label: d.label,
      clause: d.clause,
      date: d.date,
      extendedUntil: d.extendedUntil,
      passed: (d.extendedUntil ?? d.date) < today,
    }));
    return { unit: { code: unit.code, name: unitDisplayName(unit) }, year, deadlines };
  };
}
