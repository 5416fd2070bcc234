// Admin routes of editors: binding a year's registrations to the plan version published now, and
// carrying a plan to another year as a new draft, and a new version of a locked criteria set.
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { criteriaSetsService, planVersionsService } from '../config';
import { actorsService } from '../people';
import { idParams, planCopyBody, queueQuery } from '../../../shared/contracts/requests';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async outdated(ctx: Ctx) {
    const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
    const { plan, regs } = await planVersionsService(strapi).outdated(jurisdiction, year);
    ctx.body = { data: { plan: plan.number, registrations: regs.length } };
  },
  async apply(ctx: Ctx) {
    const { jurisdiction, year } = parseInput(queueQuery, ctx.request.body ?? {});
    const editor = actorsService(strapi).admin(ctx.state, 'editor');
    ctx.body = {
      data: await planVersionsService(strapi).applyToYear(editor, jurisdiction, year),
    };
  },
  async publishCheck(ctx: Ctx) {
    const { id } = parseInput(idParams, ctx.params);
    ctx.body = {
      data: await planVersionsService(strapi).publishCheck(
        actorsService(strapi).admin(ctx.state, 'editor'),
        id,
      ),
    };
  },
  async newCriteriaVersion(ctx: Ctx) {
    const { id } = parseInput(idParams, ctx.params);
    ctx.body = {
      data: await criteriaSetsService(strapi).newVersionBy(
        actorsService(strapi).admin(ctx.state, 'editor'),
        id,
      ),
    };
  },
  async copy(ctx: Ctx) {
    const { plan, toYear } = parseInput(planCopyBody, ctx.request.body ?? {});
    ctx.body = {
      data: await planVersionsService(strapi).copyToYear(
        actorsService(strapi).admin(ctx.state, 'editor'),
        plan,
        toYear,
      ),
    };
  },
});
