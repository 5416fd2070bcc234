// A criteria set already used by an assessment cannot change under it: once lockedAt is set
// (by the recognition plugin, through the database layer), every edit through the document
// service is refused with a message pointing to a new version.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const UID = 'api::criteria-set.criteria-set';
const guarded = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export function registerCriteriaLock(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UID || !guarded.has(ctx.action)) return next();
    const documentId = (ctx.params as { documentId?: string }).documentId;
    if (!documentId) return next();
    const row = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['code', 'version', 'lockedAt', 'lockedReason'] });
    if (row?.lockedAt) {
      throw new errors.ApplicationError(
        `Bộ tiêu chí ${row.code} phiên bản ${row.version} đã được dùng để chấm điểm` +
          (row.lockedReason ? ` (${row.lockedReason})` : '') +
          ' nên không thể sửa hay xóa. Hãy tạo phiên bản mới (phiên bản ' +
          (row.version + 1) +
          ') rồi sửa trên phiên bản đó.',
        { code: 'criteria-set-locked', documentId },
      );
    }
    return next();
  });
}

/** Copies a criteria set into a new, unlocked version an editor may change. */
export async function createCriteriaSetVersion(strapi: Core.Strapi, documentId: string) {
  const source = await strapi.documents(UID).findOne({ documentId, populate: { groups: { populate: { criteria: { populate: ['subItems'] } } }, threshold: true, jurisdiction: true } });
  if (!source) throw new errors.NotFoundError('Không tìm thấy bộ tiêu chí.');
  // Versions are numbered within the set's owner: a province's own set and the national one (or
  // another province's) with the same code keep their own lines of versions.
  const owner = (source.jurisdiction as { documentId?: string } | null)?.documentId;
  const latest = await strapi.db.query(UID).findOne({
    where: { code: source.code, ...(owner ? { jurisdiction: { documentId: owner } } : { jurisdiction: { id: { $null: true } } }) },
    orderBy: { version: 'desc' },
    select: ['version'],
  });
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'createdBy', 'updatedBy', 'lockedAt', 'lockedReason', 'localizations'].includes(k))
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  const data = strip(source) as Record<string, unknown>;
  return strapi.documents(UID).create({
    data: { ...data, version: (latest?.version ?? source.version) + 1, jurisdiction: (source.jurisdiction as { documentId?: string } | null)?.documentId ?? null } as never,
  });
}
