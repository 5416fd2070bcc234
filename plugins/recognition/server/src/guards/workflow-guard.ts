// Workflow records belong to the workflow. The plugin's services write them through the query
// layer only; the document service, which the Content Manager, the REST API and any other code
// use, refuses every create, change or delete of them, a super admin's included. The audit log
// in particular is append-only.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const workflowRecords = [
  'plugin::recognition.registration',
  'plugin::recognition.council-score',
  'plugin::recognition.council',
  'plugin::recognition.meeting',
  'plugin::recognition.decision',
  'plugin::recognition.recognition',
  'plugin::recognition.extension',
  'plugin::recognition.idempotency-record',
  'plugin::recognition.reminder',
  'plugin::recognition.audit-event',
  'plugin::recognition.audit-checkpoint',
  'plugin::recognition.session-floor',
  'plugin::recognition.act',
  'plugin::recognition.tier-report',
  'plugin::recognition.report-request',
  'plugin::recognition.received-report',
  'plugin::recognition.title-review',
  'plugin::recognition.commendation',
  'plugin::recognition.individual',
] as const;

const writes = new Set([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
  'clone',
]);

export function guardWorkflowRecords(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (!writes.has(ctx.action) || !(workflowRecords as readonly string[]).includes(ctx.uid))
      return next();
    if (ctx.uid === 'plugin::recognition.audit-event')
      throw new errors.ForbiddenError('Nhật ký chỉ được ghi thêm, không được sửa hay xóa.');
    throw new errors.ForbiddenError(
      'Hồ sơ, điểm, cuộc họp, quyết định, công nhận và nhật ký chỉ được ghi qua các bước của quy trình công nhận (trang Công nhận điển hình), không sửa, tạo hay xóa trực tiếp được.',
    );
  });
}
