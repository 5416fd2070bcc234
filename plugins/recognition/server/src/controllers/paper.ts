// The paper path, in the admin: the secretariat registers a unit, enters its self-scores and
// uploads its dossier as received on paper, and submits it; each step goes through the same
// workflow as the unit's own and is recorded as done on the unit's behalf by that staff member.
import { attachFromRequest } from './attach';
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { pageBody } from '../pagination';
import { actorsService } from '../people';
import { paperService, workflowService } from '../workflow';
import { portalReadsService, readModelsService } from '../reporting';
import {
  idParams,
  paperUnitsQuery,
  registerBody,
  selfScoresBody,
  unitParams,
} from '../../../shared/contracts/requests';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const secretariat = (ctx: Ctx) => actorsService(strapi).admin(ctx.state, 'secretariat');
  const workflow = () => workflowService(strapi);
  return {
    async units(ctx: Ctx) {
      const { jurisdiction, year, q, ...page } = parseInput(paperUnitsQuery, ctx.query);
      ctx.body = pageBody(
        page,
        await paperService(strapi).units(secretariat(ctx), jurisdiction, year, page, q),
      );
    },
    async register(ctx: Ctx) {
      const { code } = parseInput(unitParams, ctx.params);
      const { year } = parseInput(registerBody, ctx.request.body);
      ctx.body = { data: await paperService(strapi).register(secretariat(ctx), code, year) };
    },
    async view(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const actor = secretariat(ctx);
      ctx.body = {
        data: {
          registration: await readModelsService(strapi).getForOfficer(actor, id),
          criteria: await portalReadsService(strapi).criteria(actor, id),
        },
      };
    },
    async selfScores(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { marks } = parseInput(selfScoresBody, ctx.request.body);
      ctx.body = { data: await workflow().saveSelfScores(secretariat(ctx), id, marks) };
    },
    async evidence(ctx: Ctx) {
      ctx.body = { data: await attachFromRequest(strapi, ctx, secretariat(ctx), 'evidence') };
    },
    async dossier(ctx: Ctx) {
      ctx.body = { data: await attachFromRequest(strapi, ctx, secretariat(ctx), 'dossier') };
    },
    async submit(ctx: Ctx) {
      ctx.body = {
        data: await workflow().submit(secretariat(ctx), parseInput(idParams, ctx.params).id),
      };
    },
  };
};
