// Everything that changes the rules or who may act is audited, not only the workflow: every
// create, update, publish, unpublish, discard and delete of plans, criteria sets, units, unit
// results, jurisdictions, memberships and person records (through the document service, so the
// Content Manager, imports and seeds alike); admin users, roles and their permissions are audited
// in admin-accounts-audit.ts. Each event keeps the fields that changed, before and after, in the
// same transaction as the change.
import type { Core } from '@strapi/strapi';
import { canonicalJson } from '../../../shared/domain/audit-chain';
import { clockService } from '../config';
import { SYSTEM_FIELDS } from '../constants/system-fields';
import { JURISDICTION, UNIT } from '../constants/uids';
import { requestCaller } from '../people';
import { auditService } from './';

export const auditedContent: Record<string, string> = {
  'api::plan.plan': 'plan',
  'api::criteria-set.criteria-set': 'criteria-set',
  'api::unit.unit': 'unit',
  'api::unit-result.unit-result': 'unit-result',
  'api::jurisdiction.jurisdiction': 'jurisdiction',
  'plugin::recognition.membership': 'membership',
  'plugin::recognition.person': 'person',
};
const actions = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const noise = new Set<string>([
  ...SYSTEM_FIELDS,
  '__temp_key__',
  'password',
  'resetPasswordToken',
  'registrationToken',
]);

/** A populate that reaches every component (three levels) and names every relation. */
function populateOf(strapi: Core.Strapi, uid: string, depth = 3): Record<string, unknown> {
  const schema: any = (strapi as any).getModel(uid);
  const out: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries<any>(schema?.attributes ?? {})) {
    if (noise.has(name)) continue;
    if (attr.type === 'component' && depth > 0)
      out[name] = { populate: populateOf(strapi, attr.component, depth - 1) };
    // A unit is read with its code, which the event carries (unitCode) for the unit's history.
    else if (attr.type === 'relation' && !String(attr.target).startsWith('admin::'))
      out[name] = {
        fields: attr.target === 'api::unit.unit' ? ['documentId', 'code'] : ['documentId'],
      };
  }
  return out;
}

/** Values with storage details stripped, so that only what people edit is compared and kept. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 1 && typeof o.documentId === 'string') return o.documentId;
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => !noise.has(k))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

/** The fields that differ, as { before, after } holding only those fields. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  const b = (plain(before ?? {}) as Record<string, unknown>) ?? {};
  const a = (plain(after ?? {}) as Record<string, unknown>) ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => canonicalJson(b[k] ?? null) !== canonicalJson(a[k] ?? null))
    .sort();
  return {
    before: before ? Object.fromEntries(keys.map((k) => [k, b[k] ?? null])) : null,
    after: after ? Object.fromEntries(keys.map((k) => [k, a[k] ?? null])) : null,
    fields: keys,
  };
}

/** Who is acting, from the request if there is one (admin or portal user), else the system itself. */
export function actorOf(strapi: Core.Strapi): { actor: string; actorRole: string } {
  const caller = requestCaller(strapi);
  if (!caller) return { actor: 'system', actorRole: 'system' };
  return {
    actor: caller.user.email.toLowerCase(),
    actorRole: caller.admin
      ? (caller.user.roles ?? []).map((r) => r.code).join(',') || 'admin'
      : 'api',
  };
}

async function jurisdictionOf(strapi: Core.Strapi, uid: string, row: any): Promise<string | null> {
  if (!row) return null;
  if (uid === 'api::jurisdiction.jurisdiction') return row.slug ?? null;
  const j = row.jurisdiction ?? row.unit?.jurisdiction;
  if (j?.slug) return j.slug;
  const id = j?.documentId ?? (typeof j === 'string' ? j : null);
  if (id)
    return (
      (await strapi.db.query(JURISDICTION).findOne({ where: { documentId: id } }))?.slug ?? null
    );
  const unit = row.unit?.documentId ?? (typeof row.unit === 'string' ? row.unit : null);
  if (unit)
    return (
      (
        await strapi.db
          .query(UNIT)
          .findOne({ where: { documentId: unit }, populate: ['jurisdiction'] })
      )?.jurisdiction?.slug ?? null
    );
  return null;
}

export function auditContentChanges(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const type = auditedContent[ctx.uid];
    if (!type || !actions.has(ctx.action)) return next();
    const params = ctx.params as { documentId?: string };
    const draftAndPublish = !!(strapi as any).getModel(ctx.uid)?.options?.draftAndPublish;
    const load = (documentId: string | undefined, status: 'draft' | 'published') =>
      documentId
        ? (strapi.documents(ctx.uid as any).findOne({
            documentId,
            populate: populateOf(strapi, ctx.uid) as never,
            ...(draftAndPublish ? { status } : {}),
          }) as Promise<any>)
        : Promise.resolve(null);
    // A publish turns the draft into the live version: the change is live-before against draft.
    const liveSide =
      ctx.action === 'publish' || ctx.action === 'unpublish' || ctx.action === 'discardDraft';
    return strapi.db.transaction(async () => {
      const before = await load(
        params.documentId,
        liveSide && ctx.action !== 'unpublish' ? 'published' : 'draft',
      );
      const result: any = await next();
      const documentId =
        params.documentId ?? result?.documentId ?? result?.entries?.[0]?.documentId;
      const after =
        ctx.action === 'delete' || ctx.action === 'unpublish'
          ? null
          : await load(documentId, ctx.action === 'publish' ? 'published' : 'draft');
      const diff = changedFields(before, after);
      if (ctx.action === 'update' && !diff.fields.length) return result;
      const row = after ?? before;
      await auditService(strapi).append(
        {
          ...actorOf(strapi),
          action: `${type}.${ctx.action}`,
          subjectType: type,
          subjectId: String(documentId ?? ''),
          // A unit's own records (its results, its officers) are found in the history by the unit's code too.
          unitCode: type === 'unit' ? (row?.code ?? null) : (row?.unit?.code ?? null),
          jurisdiction: await jurisdictionOf(strapi, ctx.uid, row),
          before: diff.before,
          after: diff.after,
        },
        clockService(strapi).now(),
      );
      return result;
    });
  });
}
