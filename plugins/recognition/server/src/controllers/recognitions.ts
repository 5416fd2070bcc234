// Admin routes for recognitions: the list, and issuing a year's certificates in the background.
import { staffScope, type Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { listScope } from '../../../shared/domain/scope';
import { parseInput, unwrap } from '../errors';
import { pageBody } from '../pagination';
import { recognitionsService } from '../decisions';
import { actorsService } from '../people';
import { jobsService } from '../queue';
import { queueQuery, recognitionsQuery } from '../../../shared/contracts/requests';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Ctx) {
    const { jurisdiction, year, ...page } = parseInput(recognitionsQuery, ctx.query);
    const jurisdictions = unwrap(listScope(staffScope(ctx), jurisdiction));
    ctx.body = pageBody(
      page,
      await recognitionsService(strapi).list(
        { status: ['recognised', 'maintained'], jurisdictions, year },
        page,
        actorsService(strapi).staff(ctx.state),
      ),
    );
  },
  async issueYear(ctx: Ctx) {
    const { jurisdiction, year } = parseInput(queueQuery, ctx.request.body ?? {});
    const data = await jobsService(strapi).startIssuing(jurisdiction, year);
    ctx.status = 202;
    ctx.body = { data };
  },
  async issueStatus(ctx: Ctx) {
    const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
    ctx.body = { data: await jobsService(strapi).yearStatus(jurisdiction, year) };
  },
});
