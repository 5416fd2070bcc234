// Admin routes of the secretariat: council, appraisal, meeting, proposal.
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { actorsService, notificationsService } from '../people';
import { councilsService } from '../council';
import { workflowService } from '../workflow';
import {
  councilBody,
  councilCopyBody,
  idParams,
  meetingBody,
  pagedQueueQuery,
  reasonBody,
  requestBody,
  selectionAdviceBody,
} from '../../../shared/contracts/requests';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const secretariat = (ctx: Ctx) => actorsService(strapi).admin(ctx.state, 'secretariat');
  const councils = () => councilsService(strapi);
  const workflow = () => workflowService(strapi);
  return {
    async overview(ctx: Ctx) {
      const { jurisdiction, year, ...page } = parseInput(pagedQueueQuery, ctx.query);
      const { pagination, ...data } = await councils().overview(
        secretariat(ctx),
        jurisdiction,
        year,
        page,
      );
      ctx.body = { data, meta: { pagination } };
    },
    async setUpCouncil(ctx: Ctx) {
      ctx.body = {
        data: await councils().setUp(secretariat(ctx), parseInput(councilBody, ctx.request.body)),
      };
    },
    async copyCouncil(ctx: Ctx) {
      ctx.body = {
        data: await councils().copy(
          secretariat(ctx),
          parseInput(councilCopyBody, ctx.request.body),
        ),
      };
    },
    async recordMeeting(ctx: Ctx) {
      ctx.body = {
        data: await councils().recordMeeting(
          secretariat(ctx),
          parseInput(meetingBody, ctx.request.body),
        ),
      };
    },
    /** The secretariat asks the unit for something (a missing paper, an explanation): told in the portal and by e-mail. */
    async request(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { message } = parseInput(requestBody, ctx.request.body);
      ctx.body = {
        data: await notificationsService(strapi).ask(secretariat(ctx), id, message),
      };
    },
    async startAppraisal(ctx: Ctx) {
      ctx.body = {
        data: await workflow().startAppraisal(
          secretariat(ctx),
          parseInput(idParams, ctx.params).id,
        ),
      };
    },
    async propose(ctx: Ctx) {
      ctx.body = {
        data: await workflow().propose(secretariat(ctx), parseInput(idParams, ctx.params).id, true),
      };
    },
    async reopenScoring(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { reason } = parseInput(reasonBody, ctx.request.body);
      ctx.body = { data: await workflow().reopenScoring(secretariat(ctx), id, reason) };
    },
    async proposeSelection(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { advice, reason } = parseInput(selectionAdviceBody, ctx.request.body);
      ctx.body = { data: await workflow().proposeSelection(secretariat(ctx), id, advice, reason) };
    },
    async notPropose(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { reason } = parseInput(reasonBody, ctx.request.body);
      ctx.body = { data: await workflow().propose(secretariat(ctx), id, false, reason) };
    },
  };
};
