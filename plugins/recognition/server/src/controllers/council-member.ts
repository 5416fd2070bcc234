// Content API of council members: conflicts of interest and scores.
import type { Core } from '@strapi/strapi';
import { handle, parseInput } from '../http';
import { getService } from '../utils';
import { conflictBody, councilScoresBody, idParams } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const member = (ctx: any) => getService(strapi, 'actors').councilMember(ctx.state.user);
  return {
    conflict: (ctx: any) =>
      handle(ctx, async () => {
        const { id } = parseInput(idParams, ctx.params);
        const { reason } = parseInput(conflictBody, ctx.request.body);
        return { data: await getService(strapi, 'registrations').declareConflict(await member(ctx), id, reason) };
      }),
    scores: (ctx: any) =>
      handle(ctx, async () => {
        const { id } = parseInput(idParams, ctx.params);
        const { marks } = parseInput(councilScoresBody, ctx.request.body);
        return { data: await getService(strapi, 'registrations').saveCouncilScores(await member(ctx), id, marks) };
      }),
  };
};
