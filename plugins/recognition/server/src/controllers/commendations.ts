// Admin routes of commendation: the year's register, a proposal by the police, its appraisal by
// the role the form of award names (Sở Nội vụ, or the police's council through its secretariat),
// and a decided commendation's signed certificate of merit.
import type { Core } from '@strapi/strapi';
import {
  commendationAppraiseBody,
  commendationProposeBody,
  commendationRegisterQuery,
  idParams,
} from '../../../shared/contracts/requests';
import { commendationProposers } from '../../../shared/domain/commendation';
import { commendationRegister, commendations, meritCertificates } from '../commendations';
import { parseInput } from '../errors';
import { actorsService } from '../people';
import type { Ctx } from './context';
import { sendPdf } from './send-file';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actors = () => actorsService(strapi);
  return {
    async register(ctx: Ctx) {
      const q = parseInput(commendationRegisterQuery, ctx.query);
      const actor = actors().staff(ctx.state);
      ctx.body = { data: await commendationRegister(strapi)(actor, q.jurisdiction, q.year) };
    },
    async propose(ctx: Ctx) {
      const b = parseInput(commendationProposeBody, ctx.request.body);
      const actor = actors().staffIn(ctx.state, commendationProposers) ?? actors().staff(ctx.state);
      ctx.body = { data: await commendations(strapi).propose(actor, b) };
    },
    async appraise(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const b = parseInput(commendationAppraiseBody, ctx.request.body);
      const as = (roles: Parameters<ReturnType<typeof actors>['staffIn']>[1]) =>
        actors().staffIn(ctx.state, roles) ?? actors().staff(ctx.state);
      ctx.body = { data: await commendations(strapi).appraise(as, id, b) };
    },
    async certificate(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { row } = await commendations(strapi).load(actors().staff(ctx.state), id);
      const { buffer, filename } = await meritCertificates(strapi).pdfOf(row);
      sendPdf(ctx, buffer, filename);
    },
  };
};
