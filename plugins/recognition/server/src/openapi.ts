// OpenAPI for the routes the documentation plugin does not generate itself: the public
// certificate and every admin route. Request bodies come from the same zod schemas the routes
// validate with, so the document cannot drift from the code.
import type { Core } from '@strapi/strapi';
import { z, type ZodType } from 'zod';
import { councilBody, extensionBody, meetingBody, queueQuery, reasonBody, recogniseBody } from './validation';

type Op = { method: 'get' | 'post' | 'delete'; path: string; summary: string; body?: ZodType; query?: string[]; admin: boolean; binary?: string; header?: string; root?: boolean };

const ops: Op[] = [
  { method: 'get', path: '/recognition/certificates/{serial}/pdf', summary: 'Tải giấy chứng nhận (công khai)', admin: false, binary: 'application/pdf' },
  { method: 'get', path: '/verify/{serial}', summary: 'Trang kiểm tra giấy chứng nhận (công khai, HTML)', admin: false, binary: 'text/html', root: true },
  { method: 'get', path: '/recognition/recognitions', summary: 'Danh sách đơn vị đã công nhận', admin: true },
  { method: 'post', path: '/recognition/certificates/issue', summary: 'Cấp giấy chứng nhận cả năm của một tỉnh / thành phố (chạy nền, trả 202 ngay)', body: queueQuery, admin: true },
  { method: 'get', path: '/recognition/certificates/status', summary: 'Tiến độ cấp giấy chứng nhận: tổng số, đã cấp, việc đang chờ, việc lỗi', query: ['jurisdiction', 'year'], admin: true },
  { method: 'post', path: '/recognition/units/import', summary: 'Nhập danh sách đơn vị (multipart: file, jurisdiction, dryRun)', admin: true },
  { method: 'post', path: '/recognition/accounts/import', summary: 'Nhập tài khoản cán bộ đơn vị và thành viên hội đồng (multipart: file, jurisdiction, dryRun); mỗi tài khoản mới nhận thư mời đặt mật khẩu', admin: true },
  { method: 'get', path: '/recognition/plans/outdated', summary: 'Số hồ sơ của một năm còn theo quy định của phiên bản kế hoạch cũ', query: ['jurisdiction', 'year'], admin: true },
  { method: 'post', path: '/recognition/plans/apply', summary: 'Áp dụng phiên bản kế hoạch đang ban hành cho mọi hồ sơ của một năm (ghi nhật ký)', body: queueQuery, admin: true },
  { method: 'get', path: '/recognition/appraisal', summary: 'Thẩm định của một năm: hội đồng, các cuộc họp, hồ sơ từ khi nộp với điểm và biểu quyết', query: ['jurisdiction', 'year'], admin: true },
  { method: 'post', path: '/recognition/councils', summary: 'Lập hội đồng thẩm định của một tỉnh / thành phố trong một năm', body: councilBody, admin: true },
  { method: 'post', path: '/recognition/meetings', summary: 'Ghi cuộc họp hội đồng: thành phần, biểu quyết, kết luận', body: meetingBody, admin: true },
  { method: 'post', path: '/recognition/registrations/{id}/start-appraisal', summary: 'Bắt đầu thẩm định hồ sơ', admin: true },
  { method: 'post', path: '/recognition/registrations/{id}/propose', summary: 'Đề nghị công nhận', admin: true },
  { method: 'post', path: '/recognition/registrations/{id}/not-propose', summary: 'Không đề nghị (kèm lý do)', body: reasonBody, admin: true },
  { method: 'get', path: '/recognition/approval-queue', summary: 'Hàng chờ phê duyệt: đơn vị được đề nghị, điểm tự chấm, điểm thẩm định, chênh lệch', query: ['jurisdiction', 'year'], admin: true },
  { method: 'post', path: '/recognition/recognise', summary: '"Công nhận" một hoặc nhiều đơn vị (tiêu đề Idempotency-Key bắt buộc)', body: recogniseBody, admin: true, header: 'Idempotency-Key' },
  { method: 'post', path: '/recognition/registrations/{id}/reject', summary: 'Không công nhận (kèm lý do)', body: reasonBody, admin: true },
  { method: 'post', path: '/recognition/registrations/{id}/revoke', summary: 'Thu hồi công nhận (kèm lý do)', body: reasonBody, admin: true },
  { method: 'post', path: '/recognition/extensions', summary: 'Gia hạn một thời hạn cho một đơn vị', body: extensionBody, admin: true },
  { method: 'get', path: '/recognition/audit/history', summary: 'Nhật ký của một đơn vị hoặc hồ sơ', query: ['unit', 'registration'], admin: true },
  { method: 'get', path: '/recognition/audit/verify', summary: 'Kiểm tra chuỗi nhật ký (mã xác thực HMAC và mốc neo): số sự kiện hỏng đầu tiên', admin: true },
  { method: 'get', path: '/recognition/audit/export', summary: 'Xuất nhật ký của một tỉnh / thành phố trong một năm: XLSX hoặc phụ lục PDF có chữ ký số (format=xlsx|pdf)', query: ['jurisdiction', 'year', 'format'], admin: true, binary: 'application/octet-stream' },
  { method: 'delete', path: '/recognition/registrations/{id}/files/{fileId}', summary: 'Gỡ một tệp minh chứng / hồ sơ trước khi nộp (cán bộ của đơn vị; ghi nhật ký)', admin: false },
  { method: 'get', path: '/recognition/registrations/{id}/files/{fileId}', summary: 'Tải một tệp minh chứng / hồ sơ (cán bộ của đơn vị; cán bộ tỉnh ở trang quản trị), luôn dạng tệp đính kèm', admin: false, binary: 'application/octet-stream' },
  { method: 'get', path: '/recognition/dashboard', summary: 'Bảng theo dõi: chỉ tiêu, trạng thái, thời hạn sắp tới', query: ['jurisdiction', 'year'], admin: true },
  { method: 'get', path: '/recognition/reports/{period}', summary: 'Báo cáo 06 tháng (six-month) hoặc năm (annual), XLSX', query: ['jurisdiction', 'year'], admin: true, binary: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { method: 'get', path: '/recognition/documents/{kind}/{ref}/pdf', summary: 'Xem trước văn bản (PDF); draft=true cho bản nháp kế hoạch', query: ['draft'], admin: true, binary: 'application/pdf' },
  { method: 'post', path: '/recognition/reminders/run', summary: 'Gửi ngay các thư nhắc hạn đến hạn hôm nay', admin: true },
];

const errorResponse = { description: 'Lỗi, với thông báo tiếng Việt nêu trường và giá trị cho phép', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

export function openApiOverride() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    for (const q of op.query ?? []) params.push({ name: q, in: 'query', required: !['unit', 'registration', 'draft', 'format'].includes(q), schema: { type: 'string' } });
    if (op.header) params.push({ name: op.header, in: 'header', required: true, schema: { type: 'string' } });
    const item = (paths[op.path] ??= op.admin ? { servers: [{ url: '/', description: 'Admin API (JWT quản trị)' }] } : op.root ? { servers: [{ url: '/', description: 'Trang công khai' }] } : {});
    item[op.method] = {
      tags: [op.admin ? 'Recognition (admin)' : 'Recognition'],
      summary: op.summary,
      ...(op.admin ? { security: [{ bearerAuth: [] }] } : { security: [] }),
      parameters: params,
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(op.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      responses: {
        200: op.binary ? { description: 'Tệp', content: { [op.binary]: { schema: { type: 'string', format: 'binary' } } } } : { description: 'Thành công', content: { 'application/json': { schema: { type: 'object' } } } },
        400: errorResponse,
        401: errorResponse,
        403: errorResponse,
        404: errorResponse,
        409: errorResponse,
        422: errorResponse,
      },
    };
  }
  return { paths };
}

export function registerOpenApi(strapi: Core.Strapi): void {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  documentation.service('override').registerOverride(openApiOverride(), { pluginOrigin: 'recognition' });
}
