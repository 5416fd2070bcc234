// Content API of council members: conflicts of interest and scores.
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { getService } from '../utils';
import { conflictBody, councilScoresBody, idParams } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const member = (ctx: any) => getService(strapi, 'actors').councilMember(ctx.state.user);
  const scoring = () => getService(strapi, 'council-scoring');
  return {
    async conflict(ctx: any) {
      const { id } = parseInput(idParams, ctx.params);
      const { reason } = parseInput(conflictBody, ctx.request.body);
      ctx.body = { data: await scoring().declareConflict(await member(ctx), id, reason) };
    },
    async scores(ctx: any) {
      const { id } = parseInput(idParams, ctx.params);
      const { marks } = parseInput(councilScoresBody, ctx.request.body);
      ctx.body = { data: await scoring().saveCouncilScores(await member(ctx), id, marks) };
    },
  };
};
