// The paper path's reads and its one write that is not a registration step: which units of a
// province have a registration for a year (to pick one), and registering a unit found by its code.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkScope } from '../../../shared/domain/scope';
import { stateLabel, states } from '../../../shared/domain/states';
import { unitDisplayName } from '../../../shared/domain/units';
import { DomainFailure, unwrap } from '../errors';
import { pageWindow, type PageAsk } from '../pagination';
import { workflowService } from './';
import type { StaffActor } from '../people';
import { REGISTRATION, UNIT } from '../constants/uids';
import { scopeWhere } from '../guards';
import { parseRows } from '../rows';

const listedUnit = z.object({
  documentId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
});
const registered = z.object({
  documentId: z.string(),
  state: z.enum(states),
  unit: z.object({ code: z.string() }),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** A page of a province's units (found by code or any part of the name), each with its registration of the year. */
  async units(actor: StaffActor, jurisdiction: string, year: number, page: PageAsk, q?: string) {
    unwrap(checkScope(actor.scope, jurisdiction, `Tỉnh / thành phố "${jurisdiction}"`));
    const where = {
      $and: [
        { jurisdiction: { slug: jurisdiction } },
        q ? { $or: [{ code: { $containsi: q } }, { name: { $containsi: q } }] } : {},
        (await scopeWhere(strapi, actor.scope, UNIT)) ?? {},
      ],
    };
    const [found, total] = await Promise.all([
      strapi.db.query(UNIT).findMany({
        where,
        select: ['documentId', 'code', 'name', 'kind'],
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...pageWindow(page),
      }),
      strapi.db.query(UNIT).count({ where }),
    ]);
    const units = parseRows(listedUnit, found);
    const codes = units.map((u) => u.code);
    const regs = codes.length
      ? parseRows(
          registered,
          await strapi.db.query(REGISTRATION).findMany({
            where: { year, unit: { code: { $in: codes } } },
            select: ['documentId', 'state'],
            populate: { unit: { select: ['code'] } },
          }),
        )
      : [];
    const byUnit = new Map(regs.map((r) => [r.unit.code, r]));
    const items = units.map((u) => {
      const r = byUnit.get(u.code);
      return {
        code: u.code,
        name: unitDisplayName(u),
        kind: u.kind,
        registration: r
          ? { documentId: r.documentId, state: r.state, stateLabel: stateLabel(r.state) }
          : null,
      };
    });
    return { items, total };
  },

  async register(actor: StaffActor, code: string, year: number) {
    const unit = await strapi.db.query(UNIT).findOne({ where: { code }, select: ['documentId'] });
    if (!unit) throw new DomainFailure('not-found', `Không có đơn vị mã "${code}".`);
    return workflowService(strapi).register(actor, year, unit.documentId);
  },
});
