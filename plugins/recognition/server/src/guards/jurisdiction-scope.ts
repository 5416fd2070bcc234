// Staff work only on their own provinces' records, in the Content Manager too. Two locks:
//  - an admin permission condition ("Trong phạm vi tỉnh / thành phố được giao") that filters
//    lists and single records of the province-bound types by the caller's jurisdictions; the
//    plugin puts it on every permission of every role but Super Admin for those types at boot;
//  - a document-service middleware that refuses, for a scoped admin caller, any write whose
//    record is, or would become, another province's (a create, or a unit moved across provinces,
//    never reaches a condition, which only sees stored records).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkScope, type Scope } from '../../../shared/domain/scope';
import { actorsService } from '../people';
import { PERSON } from '../constants/uids';

export const CONDITION = 'plugin::recognition.own-jurisdiction';

/** Each province-bound type, and the relation path from a record to its jurisdiction. */
export const scopedTypes: Record<string, string[][]> = {
  'api::jurisdiction.jurisdiction': [[]],
  'api::plan.plan': [['jurisdiction']],
  'api::criteria-set.criteria-set': [['jurisdiction']],
  'api::unit.unit': [['jurisdiction']],
  'api::unit-result.unit-result': [['unit', 'jurisdiction']],
  'plugin::recognition.membership': [['jurisdiction'], ['unit', 'jurisdiction']],
  'plugin::recognition.council': [['jurisdiction']],
  'plugin::recognition.person': [['jurisdictions']],
};

const idPath = (path: string[]) => [...path, 'id'].join('.');

async function jurisdictionIdsOf(strapi: Core.Strapi, adminUserId: number): Promise<number[]> {
  const person = await strapi.db
    .query(PERSON)
    .findOne({ where: { adminUser: { id: adminUserId } }, populate: ['jurisdictions'] });
  return (person?.jurisdictions ?? []).map((j: { id: number }) => j.id);
}

export async function registerScopeCondition(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').conditionProvider.register({
    displayName: 'Trong phạm vi tỉnh / thành phố được giao',
    name: 'own-jurisdiction',
    plugin: 'recognition',
    async handler(user: { id: number; permission?: { subject?: string; action?: string } }) {
      const paths = scopedTypes[user.permission?.subject ?? ''];
      if (!paths) return false;
      const ids = await jurisdictionIdsOf(strapi, user.id);
      if (!ids.length) return false;
      const clauses: Record<string, unknown>[] = paths.map((p) => ({
        [p.length ? idPath(p) : 'id']: { $in: ids },
      }));
      // National criteria sets (no province) are read by every province's editors.
      if (
        user.permission?.subject === 'api::criteria-set.criteria-set' &&
        user.permission.action?.endsWith('.read')
      )
        clauses.push({ 'jurisdiction.id': { $eq: null } });
      return clauses.length === 1 ? clauses[0] : { $or: clauses };
    },
  });
}

/** Every non-super-admin role's permissions on province-bound types carry the condition. */
export async function ensureScopeConditions(strapi: Core.Strapi): Promise<void> {
  const rows = await strapi.db.query('admin::permission').findMany({
    where: {
      subject: { $in: Object.keys(scopedTypes) },
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

/** The jurisdiction ids a relation value in document-service data points at (documentId, id or connect forms). */
async function slugsOfRelation(
  strapi: Core.Strapi,
  uid: string,
  value: unknown,
): Promise<string[] | null> {
  if (value === undefined) return null;
  const refs: unknown[] = [];
  const collect = (v: unknown) => {
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
  const rows = [];
  for (const r of refs)
    rows.push(
      await strapi.db.query(uid).findOne({
        where:
          typeof r === 'number' || /^\d+$/.test(String(r))
            ? { id: Number(r) }
            : { documentId: String(r) },
        populate: uid === 'api::unit.unit' ? ['jurisdiction'] : [],
      }),
    );
  return rows.map(
    (row: any) => (uid === 'api::unit.unit' ? row?.jurisdiction?.slug : row?.slug) ?? null,
  );
}

export function guardJurisdictionWrites(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const paths = scopedTypes[ctx.uid];
    if (!paths || !writes.has(ctx.action)) return next();
    const req = strapi.requestContext.get() as any;
    const user = req?.state?.user;
    // Only admin callers are scoped here: the plugin's own services and seeds run without one.
    if (!user || req?.state?.auth?.strategy?.name !== 'admin') return next();
    const scope: Scope = await actorsService(strapi).staffScope(user);
    if (scope.all) return next();
    const refuse = (slug: string | null) => {
      const r = checkScope(scope, slug, 'Bản ghi');
      if (!r.ok) throw new errors.ForbiddenError(r.error.message, { code: r.error.code });
    };
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    // The stored record, as it is now.
    if (params.documentId) {
      const populate = Object.fromEntries(
        paths
          .filter((p) => p.length)
          .map((p) => [p[0], p.length > 1 ? { populate: [p[1]] } : true]),
      );
      const row: any = await strapi.db
        .query(ctx.uid)
        .findOne({ where: { documentId: params.documentId }, populate });
      if (row) {
        const slugs = paths
          .map((p) => p.reduce((r: any, k) => r?.[k], row))
          .flat()
          .map((j: any) => j?.slug ?? null);
        const own =
          ctx.uid === 'api::jurisdiction.jurisdiction' ? [row.slug] : slugs.filter(Boolean);
        if (!own.length) refuse(null);
        own.forEach(refuse);
      }
    }
    // The record as the write would leave it: every province it would be tied to.
    if (params.data && ctx.action !== 'delete') {
      if (ctx.uid === 'api::jurisdiction.jurisdiction' && !params.documentId) refuse(null);
      const tied: string[] = [];
      for (const p of paths.filter((x) => x.length)) {
        const target = p.length > 1 ? 'api::unit.unit' : 'api::jurisdiction.jurisdiction';
        const slugs = await slugsOfRelation(strapi, target, params.data[p[0]]);
        if (slugs) slugs.forEach((slug) => (refuse(slug), tied.push(slug as string)));
      }
      // A new record must be tied to one of the caller's provinces (national records are the super admin's).
      if (ctx.action === 'create' && ctx.uid !== 'api::jurisdiction.jurisdiction' && !tied.length)
        refuse(null);
    }
    return next();
  });
}
