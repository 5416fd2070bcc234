// Portal sessions end when they must, over HTTP as a user meets them: a token lasts a working day,
// and stops working at once after a password change, a sign-out, a password reset and a block;
// the portal's own change of password answers with a new token that works.
import { expect, it } from 'vitest';
import type { Mailbox } from '../helpers/smtp';
import { ensureOfficer, type TestApp } from '../helpers/strapi';

export function sessionTests(getApp: () => TestApp, getMailbox: () => Mailbox) {
  it('ends portal sessions on password change, sign-out, reset and block, and keeps tokens to a working day', async () => {
    const { strapi, baseUrl } = getApp();
    const email = 'phien.dang.nhap@session.test';
    await ensureOfficer(strapi, email, '19815', 'Cu@123456');
    const json = async (
      path: string,
      init: { method?: string; token?: string; body?: unknown } = {},
    ) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method: init.method ?? (init.body ? 'POST' : 'GET'),
        headers: {
          'content-type': 'application/json',
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
      return { status: res.status, body: await res.json() };
    };
    const login = async (password: string) => {
      const r = await json('/api/auth/local', { body: { identifier: email, password } });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.jwt as string;
    };
    const me = (token: string) => json('/api/recognition/me', { token });
    const ended = async (token: string) => {
      const r = await me(token);
      expect(r.status).toBe(401);
      expect(r.body.error.details.code).toBe('session-ended');
      expect(r.body.error.message).toContain('Phiên đăng nhập đã kết thúc');
      // users-permissions' own routes refuse it too.
      expect((await json('/api/users/me', { token })).status).toBe(401);
    };

    // A working day, not 30 days.
    const a = await login('Cu@123456');
    const claims = JSON.parse(Buffer.from(a.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(12 * 3600);
    expect((await me(a)).status).toBe(200);

    // Changing the password in the portal: the old token ends, the new one works.
    const wrong = await json('/api/auth/change-password', {
      token: a,
      body: {
        currentPassword: 'Sai@123456',
        password: 'Moi@123456',
        passwordConfirmation: 'Moi@123456',
      },
    });
    expect(wrong.status).toBe(400);
    const changed = await json('/api/auth/change-password', {
      token: a,
      body: {
        currentPassword: 'Cu@123456',
        password: 'Moi@123456',
        passwordConfirmation: 'Moi@123456',
      },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const b = changed.body.jwt as string;
    await ended(a);
    expect((await me(b)).status).toBe(200);

    // Signing out ends the session.
    expect((await json('/api/recognition/sessions/end', { token: b, body: {} })).status).toBe(200);
    await ended(b);

    // A password reset through "quên mật khẩu" ends the sessions opened before it.
    const c = await login('Moi@123456');
    const mails = getMailbox().messages.length;
    expect((await json('/api/auth/forgot-password', { body: { email } })).status).toBe(200);
    await expect.poll(() => getMailbox().messages.length).toBeGreaterThan(mails);
    const mail = getMailbox()
      .messages.slice(mails)
      .find((m) => JSON.stringify(m.to).includes(email))!;
    const code = /code=([a-f0-9]+)/.exec(`${mail.text ?? ''} ${mail.html || ''}`)?.[1];
    expect(code).toBeTruthy();
    const reset = await json('/api/auth/reset-password', {
      body: { code, password: 'Dat@123456', passwordConfirmation: 'Dat@123456' },
    });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    await ended(c);

    // Blocking the account ends its sessions.
    const d = await login('Dat@123456');
    expect((await me(d)).status).toBe(200);
    const user = await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email } });
    await strapi.plugin('users-permissions').service('user').edit(user.id, { blocked: true });
    expect((await me(d)).status).toBe(401);
    expect(
      await strapi.db
        .query('plugin::recognition.session-floor')
        .findOne({ where: { userId: user.id } }),
    ).toBeTruthy();
  });
}
