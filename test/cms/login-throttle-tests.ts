// Login throttling kept in the database: five wrong passwords lock the account (429, in
// Vietnamese, with Retry-After) even for the right password, other accounts still log in, the
// counters are rows every node reads, and the lock lifts when its time is up.
import { expect, it } from 'vitest';
import type { Mailbox } from '../helpers/smtp';
import type { TestApp } from '../helpers/strapi';

export function loginThrottleTests(getApp: () => TestApp, getMailbox: () => Mailbox) {
  it('answers "quên mật khẩu" alike for an unknown address and for a known one whose mail fails (no account enumeration)', async () => {
    const { strapi, baseUrl } = getApp();
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'unit-officer' } });
    const email = 'hop-thu-hong@throttle.test';
    await strapi.plugin('users-permissions').service('user').add({
      username: email,
      email,
      password: 'Dung@12345',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
    getMailbox().refused.add(email);
    try {
      const ask = async (address: string) => {
        const res = await fetch(`${baseUrl}/api/auth/forgot-password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: address }),
        });
        return { status: res.status, body: await res.text() };
      };
      const known = await ask(email);
      const unknown = await ask('khong-co-ai@throttle.test');
      expect(known).toEqual({ status: 200, body: '{"ok":true}' });
      expect(unknown).toEqual(known);
    } finally {
      getMailbox().refused.delete(email);
    }
  });

  it('locks an account after five failed logins, in the database, and lets it in again once the lock has passed', async () => {
    const { strapi, baseUrl } = getApp();
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'unit-officer' } });
    const email = 'khoa.thu@throttle.test';
    const username = 'khoathu';
    await strapi.plugin('users-permissions').service('user').add({
      username,
      email,
      password: 'Dung@12345',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
    const login = (identifier: string, password: string) =>
      fetch(`${baseUrl}/api/auth/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier, password }),
      });
    for (let i = 0; i < 5; i++) {
      const r = await login(email, `Sai@${i}`);
      expect(r.status, await r.text()).toBe(400);
    }
    const locked = await login(email, 'Dung@12345');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await locked.json();
    expect(body.error.message).toMatch(
      /^Đăng nhập sai quá nhiều lần: tạm khóa đăng nhập, thử lại sau \d+ phút/,
    );
    // The same name in another case is the same account, and so is its username: the lock counts per account.
    expect((await login(email.toUpperCase(), 'Dung@12345')).status).toBe(429);
    expect((await login(username, 'Dung@12345')).status).toBe(429);
    // Other accounts from the same address still get in.
    expect((await login('canbo.aluoi1@dienhinh.local', 'Test@12345')).status).toBe(200);
    // The counters are database rows, which every node reads.
    const rows = await strapi.db.query('plugin::recognition.login-attempt').findMany({});
    const account = rows.find(
      (r: { key: string; failures: number }) => r.key.startsWith('acct:') && r.failures === 5,
    );
    expect(account?.lockedUntil).toBeTruthy();
    expect(rows.some((r: { key: string }) => r.key.includes(email))).toBe(false);
    // When the lock has passed, the right password works and clears the account's counter.
    await strapi.db
      .query('plugin::recognition.login-attempt')
      .update({ where: { id: account.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await login(email, 'Dung@12345')).status).toBe(200);
    expect(
      await strapi.db
        .query('plugin::recognition.login-attempt')
        .findOne({ where: { id: account.id } }),
    ).toBeNull();
    // The admin login is throttled the same way.
    for (let i = 0; i < 5; i++)
      expect(
        (
          await fetch(`${baseUrl}/admin/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'nobody@throttle.test', password: `Sai@${i}x` }),
          })
        ).status,
      ).toBe(400);
    expect(
      (
        await fetch(`${baseUrl}/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'nobody@throttle.test', password: 'Sai@9x' }),
        })
      ).status,
    ).toBe(429);
    // Later tests log in from this address too.
    await strapi.db
      .query('plugin::recognition.login-attempt')
      .deleteMany({ where: { key: { $startsWith: 'ip:' } } });
  });
}
