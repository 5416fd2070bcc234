// Admin routes of a year's decisions: the list (any staff of the province), the stored PDF of an
// issued one, issuing a draft and amending an issued one by a new decision (approvers).
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { actorsService } from '../people';
import { amendmentsService, decisionReadsService, decisionsService } from '../decisions';
import { amendBody, decisionsQuery, idParams } from '../../../shared/contracts/requests';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actors = () => actorsService(strapi);
  return {
    async year(ctx: Ctx) {
      const { jurisdiction, year } = parseInput(decisionsQuery, ctx.query);
      // Issuing is offered to whoever the route would let issue (an approver, a super admin).
      const canIssue = !!ctx.state.userAbility?.can?.('plugin::recognition.approve');
      ctx.body = {
        data: await decisionReadsService(strapi).year(
          actors().staff(ctx.state),
          jurisdiction,
          year,
          canIssue,
        ),
      };
    },
    async pdf(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { pdf, filename } = await decisionsService(strapi).pdf(actors().staff(ctx.state), id);
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = pdf;
    },
    async amend(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = {
        data: await amendmentsService(strapi).amend(
          actors().admin(ctx.state, 'approver'),
          id,
          parseInput(amendBody, ctx.request.body),
        ),
      };
    },
    async issue(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = {
        data: await decisionsService(strapi).issue(
          actors().admin(ctx.state, 'approver'),
          id,
          ctx.request.body,
        ),
      };
    },
  };
};
