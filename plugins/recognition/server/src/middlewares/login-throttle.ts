// Throttles the two login routes (admin and portal) with counters kept in the database
// (shared/domain/login-throttle.ts decides): one per account, one per address. A locked key answers
// 429 before the password is even checked; a failure counts against both; a success clears the
// account's counter. Runs after the body parser, so it can read the account name.
import type { Ctx } from '../controllers/context';
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import {
  afterFailure,
  defaultLimits,
  lockedMessage,
  lockedMinutes,
  type Counter,
  type Limit,
} from '../../../shared/domain/login-throttle';
import { envInt, parseEnvConfig } from '../config';
import { lockKey } from '../utils';
import { z } from 'zod';
import { LOGIN_ATTEMPT, USER } from '../constants/uids';
import { metricsService } from '../operations';
import { instant, parseRow, parseRows } from '../rows';

/** Where each sign-in route carries the account's name in its body. */
const routes: Record<string, (body: Partial<Record<string, unknown>>) => unknown> = {
  '/admin/login': (b) => b.email,
  '/api/auth/local': (b) => b.identifier,
};
const attempt = z.object({
  failures: z.number(),
  windowStart: instant,
  lockedUntil: instant.nullish(),
});

const configSchema = z.object({
  DIENHINH_LOGIN_MAX_FAILURES: envInt(defaultLimits.account.failures, 1, 1000),
  DIENHINH_LOGIN_MAX_FAILURES_PER_ADDRESS: envInt(defaultLimits.address.failures, 1, 100_000),
  DIENHINH_LOGIN_LOCK_MINUTES: envInt(defaultLimits.account.lockMinutes, 1, 1440),
});

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cfg = parseEnvConfig(configSchema);
  const limits: Record<'account' | 'address', Limit> = {
    account: {
      failures: cfg.DIENHINH_LOGIN_MAX_FAILURES,
      windowMinutes: cfg.DIENHINH_LOGIN_LOCK_MINUTES,
      lockMinutes: cfg.DIENHINH_LOGIN_LOCK_MINUTES,
    },
    address: {
      failures: cfg.DIENHINH_LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowMinutes: cfg.DIENHINH_LOGIN_LOCK_MINUTES,
      lockMinutes: cfg.DIENHINH_LOGIN_LOCK_MINUTES,
    },
  };
  const toCounter = (r: z.infer<typeof attempt> | null): Counter | null =>
    r
      ? {
          failures: r.failures,
          windowStart: new Date(r.windowStart),
          lockedUntil: r.lockedUntil ? new Date(r.lockedUntil) : null,
        }
      : null;

  return async (ctx: Ctx, next: () => Promise<void>) => {
    const nameOf = ctx.method === 'POST' ? routes[ctx.path] : undefined;
    if (!nameOf) return next();
    const body = ctx.request.body;
    const name = String((body && typeof body === 'object' ? nameOf(body) : '') ?? '')
      .trim()
      .toLowerCase();
    const keys = {
      account: name ? await accountKey(ctx.path, name) : null,
      address: `ip:${ctx.request.ip}`.slice(0, 100),
    };
    const now = new Date();
    const rows = parseRows(
      attempt,
      await strapi.db
        .query(LOGIN_ATTEMPT)
        .findMany({ where: { key: { $in: Object.values(keys).filter(Boolean) } } }),
    );
    const locked = Math.max(0, ...rows.map((r) => lockedMinutes(toCounter(r), now)));
    if (locked) {
      ctx.status = 429;
      ctx.set('Retry-After', String(locked * 60));
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'TooManyRequestsError',
          message: lockedMessage(locked),
          details: { code: 'login-locked', minutes: locked },
        },
      };
      return;
    }
    // A refused login leaves as an exception (Strapi's error middleware renders it further out).
    let status: number;
    try {
      await next();
      status = ctx.status;
    } catch (err) {
      // Strapi's ApplicationErrors carry no status; their names say it.
      const e = err as { status?: number; statusCode?: number; name?: string };
      await record(
        ctx.path,
        e.status ??
          e.statusCode ??
          ({ ValidationError: 400, UnauthorizedError: 401 } as Record<string, number>)[
            e.name ?? ''
          ] ??
          500,
        keys,
      );
      throw err;
    }
    await record(ctx.path, status, keys);
  };

  /**
   * One counter per account, whichever of its names is typed (a portal account logs in by e-mail
   * or by username); a name that is no account counts under its own hash, so that a stranger's
   * failures look the same as an account's.
   */
  async function accountKey(route: string, name: string): Promise<string> {
    const account =
      route === '/admin/login'
        ? await strapi.db.query('admin::user').findOne({ where: { email: name }, select: ['id'] })
        : await strapi.db.query(USER).findOne({
            where: { $or: [{ email: name }, { username: { $eqi: name } }] },
            select: ['id'],
          });
    const id = account
      ? `${route === '/admin/login' ? 'admin' : 'user'}:${account.id}`
      : `name:${name}`;
    return `acct:${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
  }

  async function record(
    route: string,
    status: number,
    keys: Record<'account' | 'address', string | null>,
  ) {
    const failed = status === 400 || status === 401;
    if (failed) metricsService(strapi).failedLogin(route);
    if (!failed && status !== 200) return;
    const now = new Date();
    await strapi.db.transaction(async () => {
      for (const [kind, key] of Object.entries(keys) as ['account' | 'address', string | null][]) {
        if (!key) continue;
        await lockKey(strapi, `recognition:login:${key}`);
        const row = await strapi.db.query(LOGIN_ATTEMPT).findOne({ where: { key } });
        if (!failed) {
          if (kind === 'account' && row)
            await strapi.db.query(LOGIN_ATTEMPT).delete({ where: { id: row.id } });
          continue;
        }
        const c = afterFailure(toCounter(parseRow(attempt, row)), now, limits[kind]);
        const data = {
          failures: c.failures,
          windowStart: c.windowStart,
          lockedUntil: c.lockedUntil,
        };
        if (row) await strapi.db.query(LOGIN_ATTEMPT).update({ where: { id: row.id }, data });
        else await strapi.db.query(LOGIN_ATTEMPT).create({ data: { key, ...data } });
      }
    });
  }
};
