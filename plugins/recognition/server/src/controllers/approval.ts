// Admin routes of approvers: the queue, "Công nhận", rejection, revocation (with its decision), extensions.
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { pageBody } from '../pagination';
import { actorsService } from '../people';
import { workflowService } from '../workflow';
import { portalHomeService, readModelsService } from '../reporting';
import { approvalsService, revocationsService } from '../decisions';
import {
  extensionBody,
  unitDeadlinesQuery,
  idempotencyHeader,
  idParams,
  pagedQueueQuery,
  reasonBody,
  recogniseBody,
  revokeBody,
  selectBody,
} from '../../../shared/contracts/requests';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const approver = (ctx: Ctx) => actorsService(strapi).admin(ctx.state, 'approver');
  const workflow = () => workflowService(strapi);
  return {
    async queue(ctx: Ctx) {
      const { jurisdiction, year, ...page } = parseInput(pagedQueueQuery, ctx.query);
      ctx.body = pageBody(
        page,
        await readModelsService(strapi).approvalQueue(approver(ctx), jurisdiction, year, page),
      );
    },
    async recognise(ctx: Ctx) {
      const key = parseInput(idempotencyHeader, ctx.get('idempotency-key') || undefined);
      const body = parseInput(recogniseBody, ctx.request.body);
      ctx.body = {
        data: await approvalsService(strapi).recognise(approver(ctx), body.registrations, key, {
          decision: body.decision,
          newDecision: body.newDecision,
        }),
      };
    },
    async select(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { reason } = parseInput(selectBody, ctx.request.body ?? {});
      ctx.body = { data: await workflow().decideSelection(approver(ctx), id, true, reason) };
    },
    async notSelect(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { reason } = parseInput(reasonBody, ctx.request.body);
      ctx.body = { data: await workflow().decideSelection(approver(ctx), id, false, reason) };
    },
    async reject(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = {
        data: await workflow().reject(
          approver(ctx),
          id,
          parseInput(reasonBody, ctx.request.body).reason,
        ),
      };
    },
    async revoke(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = {
        data: await revocationsService(strapi).revoke(
          approver(ctx),
          id,
          parseInput(revokeBody, ctx.request.body),
        ),
      };
    },
    async unitDeadlines(ctx: Ctx) {
      const { unitCode, year } = parseInput(unitDeadlinesQuery, ctx.query);
      ctx.body = {
        data: await portalHomeService(strapi).unitDeadlines(approver(ctx), unitCode, year),
      };
    },
    async extension(ctx: Ctx) {
      ctx.body = {
        data: await approvalsService(strapi).grantExtension(
          approver(ctx),
          parseInput(extensionBody, ctx.request.body),
        ),
      };
    },
  };
};
