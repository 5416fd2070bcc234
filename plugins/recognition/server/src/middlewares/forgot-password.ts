// "Quên mật khẩu" answers the same whether or not the e-mail belongs to an account and whether or
// not the mail could be sent: users-permissions answered 500 for a known address when sending
// failed and 200 for an unknown one, which told anyone which addresses have accounts. The
// failure is logged for the operator instead.
import type { Core } from '@strapi/strapi';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || ctx.path !== '/api/auth/forgot-password') return next();
    try {
      await next();
    } catch (err) {
      const e = err as { status?: number; name?: string; message?: string };
      // A malformed request is the client's to fix, and says nothing about any account.
      if (e.status === 400 || e.name === 'ValidationError') throw err;
      strapi.log.error(`recognition: không gửi được thư đặt lại mật khẩu: ${e.message ?? String(err)}`);
      ctx.status = 200;
      ctx.body = { ok: true };
    }
  };
