// Content API of council members: the units under appraisal in their councils, each dossier
// and its files, conflicts of interest and scores.
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { pageBody, pageShape } from '../pagination';
import { actorsService } from '../people';
import { councilScoringService } from '../council';
import { portalReadsService } from '../reporting';
import { filesService } from '../workflow';
import {
  conflictBody,
  councilScoresBody,
  fileParams,
  idParams,
} from '../../../shared/contracts/requests';
import { sendAttachment } from './send-file';
import { z } from 'zod';

const listQuery = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  ...pageShape,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const member = (ctx: Ctx) => actorsService(strapi).councilMember(ctx.state.user);
  const scoring = () => councilScoringService(strapi);
  const reads = () => portalReadsService(strapi);
  return {
    async list(ctx: Ctx) {
      const { year, ...page } = parseInput(listQuery, ctx.query);
      ctx.body = pageBody(page, await reads().councilList(await member(ctx), page, year));
    },
    async find(ctx: Ctx) {
      ctx.body = {
        data: await reads().councilDossier(await member(ctx), parseInput(idParams, ctx.params).id),
      };
    },
    async criteria(ctx: Ctx) {
      ctx.body = {
        data: await reads().criteria(await member(ctx), parseInput(idParams, ctx.params).id),
      };
    },
    async file(ctx: Ctx) {
      const { id, fileId } = parseInput(fileParams, ctx.params);
      const { ref, stream } = await filesService(strapi).open(await member(ctx), id, fileId);
      sendAttachment(ctx, ref, stream);
    },
    async conflict(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { reason } = parseInput(conflictBody, ctx.request.body);
      ctx.body = { data: await scoring().declareConflict(await member(ctx), id, reason) };
    },
    async scores(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { marks, draft } = parseInput(councilScoresBody, ctx.request.body);
      const actor = await member(ctx);
      ctx.body = {
        data: draft
          ? await scoring().saveCouncilDraft(actor, id, marks)
          : await scoring().saveCouncilScores(actor, id, marks),
      };
    },
  };
};
