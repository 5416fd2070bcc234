// Admin routes of the audit log: a unit's history, and the chain check.
import type { Core } from '@strapi/strapi';
import { DomainFailure, parseInput } from '../errors';
import { getService } from '../utils';
import { historyQuery } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async history(ctx: any) {
    const q = parseInput(historyQuery, ctx.query);
    if (!q.unit && !q.registration) throw new DomainFailure('invalid-input', 'Cần tham số "unit" (mã đơn vị) hoặc "registration".');
    ctx.body = { data: await getService(strapi, 'audit').history(q.unit ? { unitCode: q.unit } : { subjectId: q.registration }) };
  },
  async verify(ctx: any) {
    ctx.body = { data: await getService(strapi, 'audit').verify() };
  },
});
