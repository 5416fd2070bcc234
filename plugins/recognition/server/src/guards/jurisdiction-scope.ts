// Staff work only on their own provinces' records, in the Content Manager too. Two locks:
//  - an admin permission condition ("Trong phạm vi tỉnh / thành phố được giao") that filters
//    lists and single records of the province-bound types by the caller's jurisdictions; the
//    plugin puts it on every permission of every role but Super Admin for those types at boot;
//  - a document-service middleware that refuses, for a scoped admin caller, any write whose
//    record is, or would become, another province's (a create, or a unit moved across provinces,
//    never reaches a condition, which only sees stored records).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkScope, unassigned, type Place, type Scope } from '../../../shared/domain/scope';
import { actorsService, requestCaller } from '../people';
import { CRITERIA_SET, JURISDICTION } from '../constants/uids';
import { placePopulate, placesOf, placings, scopeCondition } from './placing';

export const CONDITION = 'plugin::recognition.own-jurisdiction';

export async function registerScopeCondition(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').conditionProvider.register({
    displayName: 'Trong phạm vi tỉnh / thành phố được giao',
    name: 'own-jurisdiction',
    plugin: 'recognition',
    async handler(user: { id: number; permission?: { subject?: string; action?: string } }) {
      const uid = user.permission?.subject ?? '';
      if (!placings[uid]) return false;
      const scope = await actorsService(strapi).storedScope(user.id);
      if (unassigned(scope)) return false;
      const where = await scopeCondition(strapi, scope, uid);
      if (!where) return true;
      // National criteria sets (no province) are read by every province's editors.
      if (uid === CRITERIA_SET && user.permission?.action?.endsWith('.read'))
        return { $or: [where, { 'jurisdiction.id': { $eq: null } }] };
      return where;
    },
  });
}

/** Every non-super-admin role's permissions on province-bound types carry the condition. */
export async function ensureScopeConditions(strapi: Core.Strapi): Promise<void> {
  const rows = await strapi.db.query('admin::permission').findMany({
    where: {
      subject: { $in: Object.keys(placings) },
      role: { code: { $ne: 'strapi-super-admin' } },
    },
  });
  for (const p of rows as { id: number; conditions: string[] | null }[]) {
    const conditions = p.conditions ?? [];
    if (!conditions.includes(CONDITION))
      await strapi.db
        .query('admin::permission')
        .update({ where: { id: p.id }, data: { conditions: [...conditions, CONDITION] } });
  }
}

const writes = new Set([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
  'clone',
]);

/** The records a relation value in document-service data points at (documentId, id or connect forms). */
function refsOf(value: unknown): unknown[] {
  const refs: unknown[] = [];
  const collect = (v: unknown): void => {
    if (v == null) return;
    if (Array.isArray(v)) return v.forEach(collect);
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ('connect' in o || 'set' in o) return [o.connect, o.set].forEach(collect);
      return collect(o.documentId ?? o.id);
    }
    refs.push(v);
  };
  collect(value);
  return refs;
}

/** The places of the records a relation value points at, each loaded as its own placing says. */
async function placesOfRelation(strapi: Core.Strapi, target: string, value: unknown) {
  if (value === undefined) return null;
  const places: Place[] = [];
  for (const r of refsOf(value)) {
    const byId = typeof r === 'number' || /^\d+$/.test(String(r));
    const row = await strapi.db.query(target).findOne({
      where: byId ? { id: Number(r) } : { documentId: String(r) },
      populate: placePopulate(target),
    });
    places.push(...placesOf(target, row));
  }
  return places;
}

export function guardJurisdictionWrites(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const placing = placings[ctx.uid];
    if (!placing || !writes.has(ctx.action)) return next();
    const caller = requestCaller(strapi);
    // Only admin callers are scoped here: the plugin's own services and seeds run without one.
    if (!caller?.admin) return next();
    const scope: Scope = await actorsService(strapi).staffScope(caller.user);
    if (scope.all) return next();
    const refuse = (place: Place | null) => {
      const r = checkScope(scope, place, 'Bản ghi');
      if (!r.ok) throw new errors.ForbiddenError(r.error.message, { code: r.error.code });
    };
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    // The stored record, as it is now.
    if (params.documentId) {
      const row = await strapi.db.query(ctx.uid).findOne({
        where: { documentId: params.documentId },
        populate: placePopulate(ctx.uid),
      });
      if (row) placesOf(ctx.uid, row).forEach(refuse);
    }
    // The record as the write would leave it: every place the relations it sets would tie it to.
    if (params.data && ctx.action !== 'delete') {
      if (ctx.uid === JURISDICTION && !params.documentId) refuse(null);
      const model = strapi.getModel(ctx.uid as Parameters<typeof strapi.getModel>[0]);
      const attributes = model.attributes as Record<string, { target?: string }>;
      const relations = new Set(
        Object.values(placing).flatMap((paths) => paths.filter((p) => p.length).map((p) => p[0])),
      );
      const tied: Place[] = [];
      for (const key of relations) {
        const places = await placesOfRelation(strapi, attributes[key].target!, params.data[key]);
        places?.forEach((place) => (refuse(place), tied.push(place)));
      }
      // A new record must be tied to one of the caller's provinces (national records are the super admin's).
      if (ctx.action === 'create' && ctx.uid !== JURISDICTION && !tied.length) refuse(null);
    }
    return next();
  });
}
