// Portal sessions that end when they must. users-permissions' plain JWTs lived 30 days and
// survived a password reset, a change and a block, with no way to sign out. Each token now carries
// the millisecond it was issued (`ims`), each account a floor kept in the database (every node
// reads it): a sign-out, a password change or reset, or a block raises the floor to now, and a
// token issued before it is refused. Tokens also expire after DIENHINH_PORTAL_SESSION_HOURS.
import type { Core } from '@strapi/strapi';
import { lockKey } from '../utils';
import { SESSION_FLOOR } from '../constants/uids';

export type TokenClaims = { id?: number; iat?: number; ims?: number };

/** When a token was issued, in ms: its own claim, or its issued-at second for tokens issued before the claim. */
export const issuedMs = (claims: TokenClaims) => claims.ims ?? (claims.iat ?? 0) * 1000;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Ends every session of this portal account issued until now. */
  async endAll(userId: number, at = Date.now()) {
    await strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:session-floor:${userId}`);
      const row = await strapi.db.query(SESSION_FLOOR).findOne({ where: { userId } });
      if (row)
        await strapi.db.query(SESSION_FLOOR).update({
          where: { id: row.id },
          data: { validFromMs: String(Math.max(at, Number(row.validFromMs))) },
        });
      else
        await strapi.db.query(SESSION_FLOOR).create({ data: { userId, validFromMs: String(at) } });
    });
  },

  /** Whether a token with these claims is still a live session of its account. */
  async live(claims: TokenClaims): Promise<boolean> {
    if (!claims.id) return true;
    const row = await strapi.db
      .query(SESSION_FLOOR)
      .findOne({ where: { userId: claims.id }, select: ['validFromMs'] });
    return !row || issuedMs(claims) >= Number(row.validFromMs);
  },
});

/**
 * Made once at register: every portal token carries its issue millisecond, and a password set
 * (change, reset, an administrator's edit) or a block ends the account's sessions. users-permissions
 * issues its tokens through its jwt service; the service instance is shared, so its `issue` is
 * wrapped here rather than copied.
 */
export function watchPortalSessions(strapi: Core.Strapi): void {
  const jwt = strapi.plugin('users-permissions').service('jwt') as {
    issue: (payload: any, options?: object) => unknown;
  };
  const issue = jwt.issue.bind(jwt);
  jwt.issue = (payload: any, options: object = {}) =>
    issue({ ...(payload?.toJSON ? payload.toJSON() : payload), ims: Date.now() }, options);
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.user'],
    async afterUpdate(event: any) {
      const data = event.params?.data ?? {};
      if (!('password' in data) && data.blocked !== true) return;
      const id = event.result?.id ?? event.params?.where?.id;
      // The floor is raised just before this moment: a token issued by the same request (a changed password's new one) stays live.
      if (typeof id === 'number')
        await strapi
          .plugin('recognition')
          .service('portal-sessions')
          .endAll(id, Date.now() - 1);
    },
  });
}
