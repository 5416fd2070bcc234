// Admin routes of a year's decisions: the list (any staff of the province), the stored PDF of an
// issued one, issuing a draft and amending an issued one by a new decision (approvers).
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { getService } from '../utils';
import { amendBody, decisionsQuery, idParams } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actors = () => getService(strapi, 'actors');
  return {
    async year(ctx: any) {
      const { jurisdiction, year } = parseInput(decisionsQuery, ctx.query);
      // Issuing is offered to whoever the route would let issue (an approver, a super admin).
      const canIssue = !!ctx.state.userAbility?.can?.('plugin::recognition.approve');
      ctx.body = {
        data: await getService(strapi, 'decision-reads').year(
          actors().staff(ctx.state),
          jurisdiction,
          year,
          canIssue,
        ),
      };
    },
    async pdf(ctx: any) {
      const { id } = parseInput(idParams, ctx.params);
      const { pdf, filename } = await getService(strapi, 'decisions').pdf(
        actors().staff(ctx.state),
        id,
      );
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = pdf;
    },
    async amend(ctx: any) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = {
        data: await getService(strapi, 'amendments').amend(
          actors().admin(ctx.state, 'approver'),
          id,
          parseInput(amendBody, ctx.request.body),
        ),
      };
    },
    async issue(ctx: any) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = {
        data: await getService(strapi, 'decisions').issue(
          actors().admin(ctx.state, 'approver'),
          id,
          ctx.request.body,
        ),
      };
    },
  };
};
