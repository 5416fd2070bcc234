// Refuses a portal token whose session has ended (people/portal-sessions.ts) before any route
// sees it, users-permissions' own included (/api/users/me, /api/auth/change-password).
import type { Ctx } from '../controllers/context';
import type { Core } from '@strapi/strapi';
import { portalSessionsService } from '../people';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    const auth = ctx.get('authorization');
    if (!ctx.path.startsWith('/api/') || !/^bearer\s+\S+$/i.test(auth)) return next();
    let claims;
    try {
      claims = await strapi.plugin('users-permissions').service('jwt').verify(auth.split(/\s+/)[1]);
    } catch {
      // Not a portal JWT (an API token, or a bad one): users-permissions answers it as before.
      return next();
    }
    if (await portalSessionsService(strapi).live(claims)) return next();
    ctx.status = 401;
    ctx.body = {
      data: null,
      error: {
        status: 401,
        name: 'UnauthorizedError',
        message:
          'Phiên đăng nhập đã kết thúc (đã đăng xuất, đổi hoặc đặt lại mật khẩu, hoặc tài khoản bị khoá): hãy đăng nhập lại.',
        details: { code: 'session-ended' },
      },
    };
  };
