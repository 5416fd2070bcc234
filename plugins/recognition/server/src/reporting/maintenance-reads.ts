// The year's maintenance track of a province, as staff read it: what its plan says maintaining
// means, every unit that held the title the year before with where it stands this year (its
// registration, maintained, lapsed), those whose result of the year lost the safety rating, and
// the year's new titles and maintained ones counted apart.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { MaintenanceView } from '../../../shared/contracts/responses';
import { maintenanceList, type DueUnit, type Title } from '../../../shared/domain/maintenance';
import { maintenanceRuleOf } from '../../../shared/domain/plan-rules';
import { checkScope, type Scope } from '../../../shared/domain/scope';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { clockService } from '../config';
import { JURISDICTION, RECOGNITION, REGISTRATION, UNIT_RESULT } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { parseRows } from '../rows';
import { titleReviews } from '../decisions';
import { registrationRepository } from '../workflow';

const unitOf = z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() });

export function maintenanceReads(strapi: Core.Strapi) {
  return async function maintenanceOf(
    actor: { scope: Scope },
    slug: string,
    year: number,
  ): Promise<MaintenanceView> {
    unwrap(checkScope(actor.scope, slug, 'Danh sách duy trì'));
    const place = await strapi.db.query(JURISDICTION).findOne({ where: { slug } });
    if (!place) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
    const plan = await registrationRepository(strapi).planFor(place.documentId, year, {});
    const rule = maintenanceRuleOf(plan ?? {});
    const holders = parseRows(
      z.object({ unit: unitOf }),
      await strapi.db.query(RECOGNITION).findMany({
        where: { year: year - 1, status: { $ne: 'revoked' }, unit: { jurisdiction: { slug } } },
        populate: { unit: { select: ['id', 'code', 'name', 'kind'] } },
      }),
    );
    const ids = [...new Set(holders.map((h) => h.unit.id))];
    const inUnits = { unit: { id: { $in: ids.length ? ids : [0] } } };
    const byUnit = <T extends { unit: { id: number } }>(rows: T[]) => {
      const m = new Map<number, T[]>();
      for (const r of rows) m.set(r.unit.id, [...(m.get(r.unit.id) ?? []), r]);
      return m;
    };
    const unitId = z.object({ id: z.number() });
    const titles = byUnit(
      parseRows(
        z.object({ year: z.number(), status: z.string(), unit: unitId }),
        await strapi.db.query(RECOGNITION).findMany({
          where: inUnits,
          select: ['year', 'status'],
          populate: { unit: { select: ['id'] } },
        }),
      ),
    );
    const registrations = byUnit(
      parseRows(
        z.object({ state: z.string(), unit: unitId }),
        await strapi.db.query(REGISTRATION).findMany({
          where: { year, ...inUnits },
          select: ['state'],
          populate: { unit: { select: ['id'] } },
        }),
      ),
    );
    const results = byUnit(
      parseRows(
        z.object({ anttSafe: z.boolean().nullish(), unit: unitId }),
        await strapi.db.query(UNIT_RESULT).findMany({
          where: { year, ...inUnits },
          select: ['anttSafe'],
          populate: { unit: { select: ['id'] } },
        }),
      ),
    );
    const due: DueUnit[] = holders.map(({ unit }) => ({
      unit: { code: unit.code, name: unit.name, kind: unit.kind },
      titles: (titles.get(unit.id) ?? []) as Title[],
      state: registrations.get(unit.id)?.[0]?.state ?? null,
      anttSafe: results.get(unit.id)?.[0]?.anttSafe ?? null,
    }));
    const today = vietnamDay(clockService(strapi).now());
    const reviews = new Map(
      (await titleReviews(strapi).ofTitleYear(slug, year - 1)).map((r) => [r.unit.code, r]),
    );
    const rows = maintenanceList(due, year, today > `${year}-12-31`).map((r) => {
      const review = reviews.get(r.unit.code);
      return {
        ...r,
        review: review
          ? { documentId: review.documentId, status: review.status, reason: review.reason }
          : null,
      };
    });
    const titled = parseRows(
      z.object({ status: z.string() }),
      await strapi.db.query(RECOGNITION).findMany({
        where: { year, status: { $ne: 'revoked' }, unit: { jurisdiction: { slug } } },
        select: ['status'],
      }),
    );
    return {
      jurisdiction: slug,
      year,
      rule: {
        consecutive: rule.consecutive,
        countsToTargets: rule.targetsCountMaintained,
        clause: rule.clause,
      },
      rows,
      titles: {
        recognised: titled.filter((t) => t.status === 'recognised').length,
        maintained: titled.filter((t) => t.status === 'maintained').length,
      },
    };
  };
}
