// /metrics for the operator's Prometheus, only with `Authorization: Bearer <DIENHINH_METRICS_TOKEN>`
// (no token set: the path does not exist); and every other request timed by route group. First
// in the chain after Strapi's error handler, so that nothing queues a scrape behind users.
import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { metricsService } from '../operations';

type Ctx = {
  path: string;
  method: string;
  status: number;
  body: unknown;
  type: string;
  get(name: string): string;
  set(name: string, value: string): void;
};

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const token = process.env.DIENHINH_METRICS_TOKEN ?? '';
  if (token && token.length < 16)
    throw new Error('DIENHINH_METRICS_TOKEN phải dài ít nhất 16 ký tự (metrics token too short).');
  return async (ctx: Ctx, next: () => Promise<void>) => {
    const metrics = metricsService(strapi);
    if (ctx.path === '/metrics' && ctx.method === 'GET' && token) {
      const given = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1] ?? '';
      if (!same(given, token)) {
        ctx.status = 401;
        ctx.set('WWW-Authenticate', 'Bearer');
        ctx.body = {
          data: null,
          error: {
            status: 401,
            name: 'UnauthorizedError',
            message: 'Cần mã truy cập số liệu vận hành (DIENHINH_METRICS_TOKEN).',
          },
        };
        return;
      }
      ctx.type = metrics.contentType;
      ctx.body = await metrics.render();
      return;
    }
    const end = metrics.startRequest(ctx.path, ctx.method);
    try {
      await next();
    } finally {
      end(ctx.status);
    }
  };
};
