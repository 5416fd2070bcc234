// The audit log is append-only: the document service refuses to change or delete an event.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export function guardAuditLog(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid === 'plugin::recognition.audit-event' && ['update', 'delete', 'publish', 'unpublish', 'discardDraft'].includes(ctx.action)) {
      throw new errors.ForbiddenError('Nhật ký chỉ được ghi thêm, không được sửa hay xóa.');
    }
    return next();
  });
}
