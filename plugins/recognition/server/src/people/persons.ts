// The person behind accounts, and answers kept for one request: small pieces the actors use.
import type { Core } from '@strapi/strapi';
import { PERSON } from '../constants/uids';

/**
 * Once per request: the route's policy and its controller both ask who the caller is, and the
 * signed-in user object users-permissions puts on ctx.state is new for every request, so it keys
 * the answer for exactly that request.
 */
export const perRequest = <T>(
  cache: WeakMap<object, Promise<T>>,
  user: object,
  make: () => Promise<T>,
): Promise<T> => {
  let hit = cache.get(user);
  if (!hit) {
    hit = make();
    cache.set(user, hit);
    // A refusal is not kept: the next ask of the same request gets the same refusal afresh.
    hit.catch(() => cache.delete(user));
  }
  return hit;
};

/** The person of the other kind of account (admin for a portal account, portal for an admin one) with the same e-mail, when it has no account of this kind yet. */
export async function twinPerson(
  strapi: Core.Strapi,
  account: { adminUser: number } | { user: number },
): Promise<{ id: number } | null> {
  const [own, other, side, free] =
    'adminUser' in account
      ? (['admin::user', 'plugin::users-permissions.user', 'user', 'adminUser'] as const)
      : (['plugin::users-permissions.user', 'admin::user', 'adminUser', 'user'] as const);
  const me = await strapi.db.query(own).findOne({
    where: { id: 'adminUser' in account ? account.adminUser : account.user },
    select: ['email'],
  });
  if (!me?.email) return null;
  const twin = await strapi.db
    .query(other)
    .findOne({ where: { email: String(me.email).toLowerCase() }, select: ['id'] });
  if (!twin) return null;
  const person = await strapi.db.query(PERSON).findOne({
    where: { [side]: { id: twin.id } },
    select: ['id'],
    populate: { [free]: { select: ['id'] } },
  });
  return person && !person[free] ? { id: person.id } : null;
}
