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
    const row = await strapi.db
      .query(UID)
      .findOne({ where: { documentId }, select: ['code', 'version', 'lockedAt', 'lockedReason'] });
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

/** Copies a criteria set into a new, unlocked version an editor may change (the plugin's criteria-sets service). */
export async function createCriteriaSetVersion(strapi: Core.Strapi, documentId: string) {
  return strapi.plugin('recognition').service('criteria-sets').newVersion(documentId);
}
