// "Quên mật khẩu" answers the same whether or not the e-mail belongs to an account and whether or
// not the mail could be sent: users-permissions answered 500 for a known address when sending
// failed and 200 for an unknown one, which told anyone which addresses have accounts. The
// failure is logged for the operator instead. Without a mail relay at all, nobody would ever
// receive the link: every address is told so (the same answer for all), and what to do instead.
import type { Ctx } from '../controllers/context';
import type { Core } from '@strapi/strapi';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || ctx.path !== '/api/auth/forgot-password') return next();
    if (strapi.config.get('plugin::email.provider', 'sendmail') === 'sendmail') {
      ctx.status = 503;
      ctx.body = {
        data: null,
        error: {
          status: 503,
          name: 'ServiceUnavailableError',
          message:
            'Hệ thống chưa được cấu hình gửi thư điện tử nên không gửi được đường dẫn đặt lại mật khẩu. Xin liên hệ cán bộ phụ trách phong trào ở Công an tỉnh để được đặt lại mật khẩu.',
          details: { code: 'mail-not-configured' },
        },
      };
      return;
    }
    try {
      await next();
    } catch (err) {
      const e = err as { status?: number; name?: string; message?: string };
      // A malformed request is the client's to fix, and says nothing about any account.
      if (e.status === 400 || e.name === 'ValidationError') throw err;
      strapi.log.error(
        `recognition: không gửi được thư đặt lại mật khẩu: ${e.message ?? String(err)}`,
      );
      ctx.status = 200;
      ctx.body = { ok: true };
    }
  };
