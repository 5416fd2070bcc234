// Admin routes of the audit log: a unit's history, and the chain check.
import type { Core } from '@strapi/strapi';
import { checkScope } from '../domain/scope';
import { DomainFailure, parseInput, unwrap } from '../errors';
import { getService } from '../utils';
import { historyQuery } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async history(ctx: any) {
    const q = parseInput(historyQuery, ctx.query);
    if (!q.unit && !q.registration) throw new DomainFailure('invalid-input', 'Cần tham số "unit" (mã đơn vị) hoặc "registration".');
    // The history of a unit or registration is shown only to staff of its province.
    const unit = q.unit
      ? await strapi.db.query('api::unit.unit').findOne({ where: { code: q.unit }, populate: ['jurisdiction'] })
      : (await strapi.db.query('plugin::recognition.registration').findOne({ where: { documentId: q.registration }, populate: { unit: { populate: ['jurisdiction'] } } }))?.unit;
    if (!unit) throw new DomainFailure('not-found', q.unit ? `Không có đơn vị mã "${q.unit}".` : 'Không tìm thấy hồ sơ.');
    unwrap(checkScope(ctx.state.staffScope, unit.jurisdiction?.slug, `Lịch sử của ${unit.name}`));
    ctx.body = { data: await getService(strapi, 'audit').history(q.unit ? { unitCode: q.unit } : { subjectId: q.registration }) };
  },
  async verify(ctx: any) {
    ctx.body = { data: await getService(strapi, 'audit').verify() };
  },
});
