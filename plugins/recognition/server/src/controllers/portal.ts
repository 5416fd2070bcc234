// What every portal user may ask, officer or council member: who they are in the programme, and
// their notices.
import { signedIn, type Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { portalHomeService } from '../reporting';
import { notificationsService, portalSessionsService } from '../people';
import { notificationsReadBody as readBody } from '../../../shared/contracts/requests';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async me(ctx: Ctx) {
    ctx.body = { data: await portalHomeService(strapi).me(signedIn(ctx)) };
  },
  async notifications(ctx: Ctx) {
    ctx.body = { data: await notificationsService(strapi).listFor(signedIn(ctx)) };
  },
  /** Signs this account out everywhere: every token issued until now stops working. */
  async signOut(ctx: Ctx) {
    await portalSessionsService(strapi).endAll(signedIn(ctx).id);
    ctx.body = { data: { signedOut: true } };
  },
  async readNotifications(ctx: Ctx) {
    const { ids } = parseInput(readBody, ctx.request.body ?? {});
    ctx.body = { data: await notificationsService(strapi).markRead(signedIn(ctx), ids) };
  },
});
