// The paper path's reads and its one write that is not a registration step: which units of a
// province have a registration for a year (to pick one), and registering a unit found by its code.
import type { Core } from '@strapi/strapi';
import { checkScope } from '../domain/scope';
import { stateLabel } from '../domain/states';
import { unitDisplayName } from '../domain/units';
import { DomainFailure, unwrap } from '../errors';
import { REG } from '../repositories/registrations';
import { getService } from '../utils';
import type { StaffActor } from './actors';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async units(actor: StaffActor, jurisdiction: string, year: number) {
    unwrap(checkScope(actor.scope, jurisdiction, `Tỉnh / thành phố "${jurisdiction}"`));
    const units = await strapi.db.query('api::unit.unit').findMany({ where: { jurisdiction: { slug: jurisdiction } }, select: ['documentId', 'code', 'name', 'kind'], orderBy: { name: 'asc' } });
    const regs = await strapi.db.query(REG).findMany({ where: { year, unit: { jurisdiction: { slug: jurisdiction } } }, select: ['documentId', 'state'], populate: { unit: { select: ['code'] } } });
    const byUnit = new Map(regs.map((r: any) => [r.unit.code, r]));
    return units.map((u: any) => {
      const r = byUnit.get(u.code) as any;
      return { code: u.code, name: unitDisplayName(u), kind: u.kind, registration: r ? { documentId: r.documentId, state: r.state, stateLabel: stateLabel(r.state) } : null };
    });
  },

  async register(actor: StaffActor, code: string, year: number) {
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code }, select: ['documentId'] });
    if (!unit) throw new DomainFailure('not-found', `Không có đơn vị mã "${code}".`);
    return getService(strapi, 'workflow').register(actor, year, unit.documentId);
  },
});
