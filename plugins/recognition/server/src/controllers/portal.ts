// What every portal user may ask, officer or council member: who they are in the programme.
import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async me(ctx: any) {
    ctx.body = { data: await getService(strapi, 'portal-home').me(ctx.state.user) };
  },
});
