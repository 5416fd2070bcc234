// Admin routes of the audit log: a unit's history, and the chain check.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { handle, parseInput } from '../http';
import { getService } from '../utils';
import { historyQuery } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  history: (ctx: any) =>
    handle(ctx, async () => {
      const q = parseInput(historyQuery, ctx.query);
      if (!q.unit && !q.registration) throw new errors.ValidationError('Cần tham số "unit" (mã đơn vị) hoặc "registration".');
      return { data: await getService(strapi, 'audit').history(q.unit ? { unitCode: q.unit } : { subjectId: q.registration }) };
    }),
  verify: (ctx: any) => handle(ctx, async () => ({ data: await getService(strapi, 'audit').verify() })),
});
