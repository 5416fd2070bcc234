// Admin routes of approvers: the queue, "Công nhận", rejection, revocation, extensions.
import type { Core } from '@strapi/strapi';
import { handle, parseInput } from '../http';
import { getService } from '../utils';
import { extensionBody, idempotencyHeader, idParams, queueQuery, reasonBody, recogniseBody } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const approver = (ctx: any) => getService(strapi, 'actors').admin(ctx.state.user, 'approver');
  const registrations = () => getService(strapi, 'registrations');
  return {
    queue: (ctx: any) =>
      handle(ctx, async () => {
        const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
        return { data: await registrations().approvalQueue(jurisdiction, year) };
      }),
    recognise: (ctx: any) =>
      handle(ctx, async () => {
        const key = parseInput(idempotencyHeader, ctx.get('idempotency-key') || undefined);
        const body = parseInput(recogniseBody, ctx.request.body);
        return { data: await registrations().recognise(approver(ctx), body.registrations, key, body.signer) };
      }),
    reject: (ctx: any) =>
      handle(ctx, async () => {
        const { id } = parseInput(idParams, ctx.params);
        return { data: await registrations().reject(approver(ctx), id, parseInput(reasonBody, ctx.request.body).reason) };
      }),
    revoke: (ctx: any) =>
      handle(ctx, async () => {
        const { id } = parseInput(idParams, ctx.params);
        return { data: await registrations().revoke(approver(ctx), id, parseInput(reasonBody, ctx.request.body).reason) };
      }),
    extension: (ctx: any) => handle(ctx, async () => ({ data: await registrations().grantExtension(approver(ctx), parseInput(extensionBody, ctx.request.body)) })),
  };
};
