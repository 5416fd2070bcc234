// What every portal user may ask, officer or council member: who they are in the programme, and
// their notices.
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { portalHomeService } from '../reporting';
import { notificationsService, portalSessionsService } from '../people';
import { notificationsReadBody as readBody } from '../../../shared/contracts/requests';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async me(ctx: any) {
    ctx.body = { data: await portalHomeService(strapi).me(ctx.state.user) };
  },
  async notifications(ctx: any) {
    ctx.body = { data: await notificationsService(strapi).listFor(ctx.state.user) };
  },
  /** Signs this account out everywhere: every token issued until now stops working. */
  async signOut(ctx: any) {
    await portalSessionsService(strapi).endAll(ctx.state.user.id);
    ctx.body = { data: { signedOut: true } };
  },
  async readNotifications(ctx: any) {
    const { ids } = parseInput(readBody, ctx.request.body ?? {});
    ctx.body = { data: await notificationsService(strapi).markRead(ctx.state.user, ids) };
  },
});
