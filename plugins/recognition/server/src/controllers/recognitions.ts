import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: any) {
    ctx.body = { data: await getService(strapi, 'recognitions').list({ status: ['recognised', 'maintained'] }) };
  },
});
