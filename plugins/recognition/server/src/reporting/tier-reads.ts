// What a commune's or a department's officer sees: the units its tier covers in a year (the
// commune's organisations, the department's units, and its own unit first), each with its state,
// the plan's next date for it and whether the tier may register it; and, for a commune, the
// plan's minimum of organisations registered a year (plan.communeMinimum) met or not. The units
// come through the one scope filter: another commune's organisation is never on the page.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { TierHome } from '../../../shared/contracts/portal';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { deadlinesForYear, tierReportKinds } from '../../../shared/domain/deadlines';
import { planRulesOf } from '../../../shared/domain/plan-rules';
import { checkScope } from '../../../shared/domain/scope';
import { stateLabel, states } from '../../../shared/domain/states';
import { daysBetween, nextDeadline } from '../../../shared/domain/submission';
import { familyOf, unitDisplayName } from '../../../shared/domain/units';
import { clockService } from '../config';
import { JURISDICTION, REGISTRATION, UNIT } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { placeOf, placePopulate, scopeWhere } from '../guards';
import { pageWindow, type PageAsk } from '../pagination';
import type { TierOfficerActor } from '../people';
import { parseRow, parseRows } from '../rows';
import { registrationRepository } from '../workflow';

const listedUnit = z.object({
  documentId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  formedFrom: z.string().nullish(),
});
const registered = z.object({
  documentId: z.string(),
  state: z.enum(states),
  unit: z.object({ code: z.string() }),
});
const place = z.object({ documentId: z.string(), slug: z.string(), name: z.string() });

export function tierReads(strapi: Core.Strapi) {
  const today = () => vietnamDay(clockService(strapi).now());

  async function home(actor: TierOfficerActor, year: number, page: PageAsk): Promise<TierHome> {
    const jurisdiction = parseRow(
      place,
      await strapi.db.query(JURISDICTION).findOne({ where: { slug: actor.jurisdictionSlug } }),
    );
    if (!jurisdiction) throw new DomainFailure('not-found', 'Không tìm thấy tỉnh / thành phố.');
    const where = { $and: [(await scopeWhere(strapi, actor.scope, UNIT)) ?? {}, { active: true }] };
    const [found, total] = await Promise.all([
      strapi.db.query(UNIT).findMany({
        where,
        select: ['documentId', 'code', 'name', 'kind', 'formedFrom'],
        // The tier's own unit first, then its units by name.
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...pageWindow(page),
      }),
      strapi.db.query(UNIT).count({ where }),
    ]);
    const units = parseRows(listedUnit, found).sort(
      (a, b) => Number(b.code === actor.unitCode) - Number(a.code === actor.unitCode),
    );
    const codes = units.map((u) => u.code);
    const regs = parseRows(
      registered,
      codes.length
        ? await strapi.db.query(REGISTRATION).findMany({
            where: { year, unit: { code: { $in: codes } } },
            select: ['documentId', 'state'],
            populate: { unit: { select: ['code'] } },
          })
        : [],
    );
    const byCode = new Map(regs.map((r) => [r.unit.code, r]));
    const plan = await registrationRepository(strapi).planFor(jurisdiction.documentId, year);
    const rules = plan ? planRulesOf(plan) : null;
    const day = today();
    // The plan's next date for a unit's family, as the officer's home reads it (submission.ts).
    const nextFor = (kind: string) => {
      const family = familyOf(kind);
      const dated = deadlinesForYear(rules?.calendar ?? [], year).filter(
        (x) => x.appliesTo === 'all' || x.appliesTo === family,
      );
      return nextDeadline(
        dated,
        dated.map((d) => d.kind),
        day,
      );
    };
    const registeredOrgs =
      actor.role === 'commune_officer' && plan?.communeMinimum
        ? await strapi.db.query(REGISTRATION).count({
            where: { year, unit: { managingCommune: { code: actor.unitCode } } },
          })
        : 0;
    return {
      tier: actor.role === 'commune_officer' ? 'commune' : 'department',
      unit: {
        code: actor.unitCode,
        name: actor.unitName,
        kind: actor.unitKind,
        jurisdiction: { slug: jurisdiction.slug, name: jurisdiction.name },
      },
      year,
      noPlan: rules
        ? null
        : `Chưa có kế hoạch đã ban hành của ${jurisdiction.name} áp dụng cho năm ${year}.`,
      target:
        actor.role === 'commune_officer' && plan?.communeMinimum
          ? {
              minimum: plan.communeMinimum,
              clause: plan.communeMinimumClause ?? null,
              registered: registeredOrgs,
              met: registeredOrgs >= plan.communeMinimum,
            }
          : null,
      // The tier's own reports the plan sets this year, with the days left (negative once past).
      reportDuties: deadlinesForYear(rules?.calendar ?? [], year)
        .filter(
          (d) =>
            tierReportKinds.includes(d.kind) &&
            (d.appliesTo === 'all' || d.appliesTo === familyOf(actor.unitKind)),
        )
        .map((d) => ({
          kind: d.kind,
          label: d.label,
          date: d.date,
          clause: d.clause,
          daysLeft: daysBetween(day, d.date),
        })),
      items: units.map((u) => {
        const reg = byCode.get(u.code);
        return {
          code: u.code,
          name: unitDisplayName(u),
          kind: u.kind,
          own: u.code === actor.unitCode,
          registration: reg
            ? { documentId: reg.documentId, state: reg.state, stateLabel: stateLabel(reg.state) }
            : null,
          nextDeadline: nextFor(u.kind),
          canRegister: !reg && !!rules,
        };
      }),
      total,
    };
  }

  /** One of the tier's units, found by code; another tier's unit is refused by name. */
  async function unitOf(actor: TierOfficerActor, code: string) {
    const unit = await strapi.db
      .query(UNIT)
      .findOne({ where: { code }, populate: placePopulate(UNIT) });
    if (!unit) throw new DomainFailure('not-found', `Không có đơn vị mã "${code}".`);
    unwrap(checkScope(actor.scope, placeOf(UNIT, unit), `Đơn vị ${unit.name}`));
    return parseRow(listedUnit, unit)!;
  }

  return { home, unitOf };
}
