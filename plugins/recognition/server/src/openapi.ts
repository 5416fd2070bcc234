// OpenAPI for the routes the documentation plugin does not generate itself: the public
// certificate and every admin route. Request bodies come from the same zod schemas the routes
// validate with, so the document cannot drift from the code.
import type { Core } from '@strapi/strapi';
import { z, type ZodType } from 'zod';
import * as portal from '../../shared/contracts/portal-responses';
import { nationalDashboard } from '../../shared/contracts/responses';
import { issueInput } from '../../shared/domain/decision-issue';
import {
  amendBody,
  councilBody,
  councilCopyBody,
  planCopyBody,
  extensionBody,
  meetingBody,
  notificationsReadBody,
  queueQuery,
  reasonBody,
  recogniseBody,
  registerBody,
  requestBody,
  revokeBody,
  selfScoresBody,
  councilScoresBody,
} from './validation';

type Op = {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  body?: ZodType;
  response?: ZodType;
  query?: string[];
  admin: boolean;
  binary?: string;
  header?: string;
  root?: boolean;
  open?: boolean;
  optional?: string[];
};

const ops: Op[] = [
  {
    method: 'get',
    path: '/recognition/certificates/{serial}/pdf',
    summary: 'Tải giấy chứng nhận (công khai)',
    admin: false,
    open: true,
    binary: 'application/pdf',
  },
  {
    method: 'get',
    path: '/cong-nhan/{jurisdiction}/{file}',
    summary:
      'Danh sách công khai đơn vị điển hình của một tỉnh / thành phố trong năm: {file} là năm (trang HTML), năm.csv hoặc năm.json',
    admin: false,
    open: true,
    binary: 'text/html',
    root: true,
  },
  {
    method: 'get',
    path: '/verify/{serial}',
    summary: 'Trang kiểm tra giấy chứng nhận (công khai, HTML)',
    admin: false,
    open: true,
    binary: 'text/html',
    root: true,
  },
  {
    method: 'get',
    path: '/verify/keys.json',
    summary:
      'Khóa công khai (JWK Set, ES256) của các tỉnh / thành phố, để kiểm tra mã QR không cần máy chủ',
    admin: false,
    open: true,
    binary: 'application/jwk-set+json',
    root: true,
  },
  {
    method: 'get',
    path: '/verify/audit-checkpoints',
    summary:
      'Điểm kiểm tra nhật ký đã ký (ES256) của từng tỉnh / thành phố và khóa công khai, để bên ngoài lưu giữ và đối chiếu (?after=<id> để xem tiếp)',
    admin: false,
    open: true,
    binary: 'application/json',
    root: true,
  },
  {
    method: 'get',
    path: '/verify/status/{jurisdiction}',
    summary: 'Danh sách thu hồi đã ký của một tỉnh / thành phố (Bitstring Status List, vc+jwt)',
    admin: false,
    open: true,
    binary: 'application/vc+jwt',
    root: true,
  },
  {
    method: 'get',
    path: '/verify/{serial}/credential',
    summary:
      'Giấy chứng nhận dưới dạng chứng nhận số Open Badges 3.0 (W3C Verifiable Credential, vc+jwt)',
    admin: false,
    open: true,
    binary: 'application/vc+jwt',
    root: true,
  },
  {
    method: 'get',
    path: '/verify/offline.js',
    summary: 'Mã kiểm tra mã QR trong trình duyệt (WebCrypto, không cần máy chủ)',
    admin: false,
    open: true,
    binary: 'text/javascript',
    root: true,
  },
  {
    method: 'get',
    path: '/verify/sw.js',
    summary:
      'Service worker của trang kiểm tra: giữ trang, khóa và danh sách thu hồi để dùng khi không có mạng',
    admin: false,
    open: true,
    binary: 'text/javascript',
    root: true,
  },
  {
    method: 'get',
    path: '/verify/offline',
    summary: 'Trang kiểm tra mã QR khi không có mạng (service worker phục vụ)',
    admin: false,
    open: true,
    binary: 'text/html',
    root: true,
  },
  // The portal's routes, with the response schemas the portal parses: a typed client can be
  // generated from them (the documentation plugin's own entries for these paths are replaced).
  {
    method: 'get',
    path: '/recognition/me',
    summary: 'Người đang đăng nhập cổng: vai trò, đơn vị hoặc các tỉnh / thành phố của hội đồng',
    admin: false,
    response: portal.me,
  },
  {
    method: 'get',
    path: '/recognition/home',
    summary:
      'Trang chính của cán bộ đơn vị: hồ sơ theo năm (hạn tiếp theo, việc cần làm) và các năm còn đăng ký được',
    admin: false,
    response: portal.officerHome,
  },
  {
    method: 'get',
    path: '/recognition/registrations',
    summary: 'Hồ sơ các năm của đơn vị (cán bộ đơn vị)',
    admin: false,
    response: portal.registrationList,
  },
  {
    method: 'post',
    path: '/recognition/registrations',
    summary: 'Đăng ký xây dựng điển hình cho một năm (cán bộ đơn vị)',
    body: registerBody,
    admin: false,
    response: portal.registered,
  },
  {
    method: 'get',
    path: '/recognition/registrations/{id}',
    summary: 'Một hồ sơ: trạng thái, việc được làm, điểm tự chấm, tệp, những gì còn thiếu để nộp',
    admin: false,
    response: portal.registrationView,
  },
  {
    method: 'get',
    path: '/recognition/registrations/{id}/criteria',
    summary: 'Bộ tiêu chí đúng như hồ sơ được chấm',
    admin: false,
    response: portal.criteria,
  },
  {
    method: 'put',
    path: '/recognition/registrations/{id}/self-scores',
    summary: 'Lưu điểm tự chấm (bản nháp; gộp với điểm đã lưu)',
    body: selfScoresBody,
    admin: false,
    response: portal.selfScoresSaved,
  },
  {
    method: 'get',
    path: '/recognition/registrations/{id}/timeline',
    summary: 'Diễn biến của hồ sơ',
    admin: false,
    response: portal.timeline,
  },
  {
    method: 'get',
    path: '/recognition/registrations/{id}/deadlines',
    summary: 'Các thời hạn của năm áp dụng cho đơn vị, kể cả gia hạn',
    admin: false,
    response: portal.deadlines,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/submit',
    summary: 'Nộp hồ sơ (khi đã tự chấm mọi tiêu chí và đủ thành phần hồ sơ)',
    admin: false,
    response: portal.stateChange,
  },
  {
    method: 'get',
    path: '/recognition/council/registrations',
    summary:
      'Các hồ sơ trước hội đồng của thành viên, năm mới nhất trước, theo trang (meta.pagination)',
    query: ['year', 'page', 'pageSize'],
    optional: ['year'],
    admin: false,
    response: portal.councilList,
  },
  {
    method: 'put',
    path: '/recognition/registrations/{id}/council-scores',
    summary:
      'Điểm thẩm định của thành viên hội đồng: draft=true lưu nháp (giữ mọi điểm đúng, báo từng điểm sai), mặc định gửi điểm cho hội đồng',
    body: councilScoresBody,
    admin: false,
    response: portal.councilScoresSaved,
  },
  {
    method: 'get',
    path: '/recognition/notifications',
    summary: 'Thông báo của người đang đăng nhập cổng (50 mới nhất) và số chưa đọc',
    admin: false,
    response: portal.notifications,
  },
  {
    method: 'post',
    path: '/recognition/notifications/read',
    summary: 'Đánh dấu đã đọc: các thông báo nêu trong ids, hoặc tất cả',
    body: notificationsReadBody,
    admin: false,
    response: portal.notificationsRead,
  },
  {
    method: 'post',
    path: '/recognition/sessions/end',
    summary:
      'Đăng xuất: kết thúc mọi phiên đăng nhập cổng của tài khoản (mọi mã JWT đã cấp đến lúc này)',
    admin: false,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/requests',
    summary:
      'Thư ký yêu cầu đơn vị bổ sung, giải trình (gửi thông báo và thư điện tử cho cán bộ đơn vị; ghi nhật ký)',
    body: requestBody,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/recognitions',
    summary:
      'Danh sách đơn vị đã công nhận, theo trang (meta.pagination); lọc theo tỉnh / thành phố và năm',
    query: ['jurisdiction', 'year', 'page', 'pageSize'],
    optional: ['jurisdiction', 'year'],
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/certificates/issue',
    summary: 'Cấp giấy chứng nhận cả năm của một tỉnh / thành phố (chạy nền, trả 202 ngay)',
    body: queueQuery,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/certificates/status',
    summary: 'Tiến độ cấp giấy chứng nhận: tổng số, đã cấp, việc đang chờ, việc lỗi',
    query: ['jurisdiction', 'year'],
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/units/import',
    summary: 'Nhập danh sách đơn vị (multipart: file, jurisdiction, dryRun)',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/accounts/import',
    summary:
      'Nhập tài khoản cán bộ đơn vị và thành viên hội đồng (multipart: file, jurisdiction, dryRun); mỗi tài khoản mới nhận thư mời đặt mật khẩu',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/results/import',
    summary:
      'Nhập kết quả năm của các đơn vị một tỉnh / thành phố (multipart: file, jurisdiction, year, dryRun): An toàn về ANTT, xếp loại phong trào; tất cả hoặc không, báo cáo từng dòng',
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/plans/outdated',
    summary: 'Số hồ sơ của một năm còn theo quy định của phiên bản kế hoạch cũ',
    query: ['jurisdiction', 'year'],
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/plans/copy',
    summary:
      'Sao chép một kế hoạch đã ban hành sang năm khác thành bản nháp (quy định và văn bản), để biên tập viên sửa rồi ban hành',
    body: planCopyBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/plans/apply',
    summary: 'Áp dụng phiên bản kế hoạch đang ban hành cho mọi hồ sơ của một năm (ghi nhật ký)',
    body: queueQuery,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/appraisal',
    summary:
      'Thẩm định của một năm: hội đồng, các cuộc họp, hồ sơ từ khi nộp với điểm và biểu quyết (theo trang, meta.pagination), các hồ sơ chờ biểu quyết',
    query: ['jurisdiction', 'year', 'page', 'pageSize'],
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/councils',
    summary: 'Lập hội đồng thẩm định của một tỉnh / thành phố trong một năm',
    body: councilBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/councils/copy',
    summary:
      'Sao chép hội đồng thẩm định sang năm khác (cùng thành viên, chủ tịch, thư ký; ghi nhật ký)',
    body: councilCopyBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/meetings',
    summary: 'Ghi cuộc họp hội đồng: thành phần, biểu quyết, kết luận',
    body: meetingBody,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/paper/units',
    summary:
      'Hồ sơ giấy: các đơn vị của tỉnh / thành phố (theo trang, tìm theo mã hoặc tên: q) và hồ sơ năm của từng đơn vị',
    query: ['jurisdiction', 'year', 'q', 'page', 'pageSize'],
    optional: ['q'],
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/paper/units/{code}/registrations',
    summary: 'Hồ sơ giấy: thư ký đăng ký thay đơn vị (ghi nhật ký là làm thay đơn vị)',
    body: registerBody,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/paper/registrations/{id}',
    summary: 'Hồ sơ giấy: hồ sơ và bộ tiêu chí để thư ký nhập',
    admin: true,
  },
  {
    method: 'put',
    path: '/recognition/paper/registrations/{id}/self-scores',
    summary: 'Hồ sơ giấy: nhập điểm tự chấm của đơn vị',
    body: selfScoresBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/paper/registrations/{id}/evidence/{criterion}',
    summary: 'Hồ sơ giấy: tải lên minh chứng của một tiêu chí (multipart: file)',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/paper/registrations/{id}/dossier/{part}',
    summary: 'Hồ sơ giấy: tải lên một thành phần hồ sơ (multipart: file)',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/paper/registrations/{id}/submit',
    summary: 'Hồ sơ giấy: nộp hồ sơ thay đơn vị',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/start-appraisal',
    summary: 'Bắt đầu thẩm định hồ sơ',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/propose',
    summary: 'Đề nghị công nhận',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/not-propose',
    summary: 'Không đề nghị (kèm lý do)',
    body: reasonBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/reopen-scoring',
    summary:
      'Mở lại chấm điểm sau biểu quyết (kèm lý do): hủy biểu quyết của hội đồng về hồ sơ, cần biểu quyết lại',
    body: reasonBody,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/approval-queue',
    summary:
      'Hàng chờ phê duyệt theo trang (meta.pagination): đơn vị được đề nghị, điểm tự chấm, điểm thẩm định, chênh lệch',
    query: ['jurisdiction', 'year', 'page', 'pageSize'],
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/recognise',
    summary: '"Công nhận" một hoặc nhiều đơn vị (tiêu đề Idempotency-Key bắt buộc)',
    body: recogniseBody,
    admin: true,
    header: 'Idempotency-Key',
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/reject',
    summary: 'Không công nhận (kèm lý do)',
    body: reasonBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/revoke',
    summary:
      'Thu hồi công nhận: lý do và quyết định thu hồi (số, ngày, người ký), được lập, ký số và lưu',
    body: revokeBody,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/audit/events',
    summary:
      'Nhật ký của một tỉnh trong một năm, lọc theo đơn vị (tên hoặc mã) và thao tác, mới nhất trước, theo trang (meta.pagination)',
    query: ['jurisdiction', 'year', 'unit', 'action', 'page', 'pageSize'],
    optional: ['action'],
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/plans/{id}/publish-check',
    summary:
      'Kiểm tra trước khi xuất bản kế hoạch: tham chiếu trong văn bản, ngày viết tay không có trong thời hạn, số hồ sơ đang xử lý theo kế hoạch',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/criteria-sets/{id}/versions',
    summary: 'Tạo phiên bản mới của một bộ tiêu chí (bản sao chưa khóa, số phiên bản tăng thêm 1)',
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/notices',
    summary:
      'Thông báo của người dùng quản trị: hồ sơ mới nộp, đơn vị được đề nghị, thời hạn đã qua còn đơn vị chưa nộp',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/notices/read',
    summary: 'Đánh dấu đã đọc các thông báo của mình (các mã được nêu, hoặc tất cả)',
    body: notificationsReadBody,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/decisions',
    summary:
      'Các quyết định của một năm (dự thảo, đã ban hành), kèm cách đánh số, người ký và nơi nhận',
    query: ['jurisdiction', 'year'],
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/decisions/{id}/pdf',
    summary: 'Bản PDF đã ký số của một quyết định đã ban hành',
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/decisions/{id}/amend',
    summary:
      'Sửa đổi một quyết định công nhận đã ban hành bằng một quyết định mới (nội dung sửa đổi, số, ngày, người ký), được lập, ký số và lưu',
    body: amendBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/decisions/{id}/issue',
    summary:
      'Ban hành một dự thảo quyết định: số, ngày, người ký, nơi nhận; lập, ký số, lưu; cấp giấy chứng nhận',
    body: issueInput,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/extensions',
    summary: 'Các thời hạn của một đơn vị trong năm, kèm gia hạn đã cấp',
    query: ['unitCode', 'year'],
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/extensions',
    summary: 'Gia hạn một thời hạn cho một đơn vị',
    body: extensionBody,
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/audit/history',
    summary: 'Nhật ký của một đơn vị hoặc hồ sơ',
    query: ['unit', 'registration'],
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/audit/verify',
    summary:
      'Kiểm tra chuỗi nhật ký (mã xác thực HMAC và mốc neo) theo từng bước khoảng 20 giây: done=false thì gọi lại với from=resume; số sự kiện hỏng đầu tiên',
    query: ['from', 'maxEvents'],
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/audit/export',
    summary:
      'Xuất nhật ký của một tỉnh / thành phố trong một năm: XLSX hoặc phụ lục PDF có chữ ký số (format=xlsx|pdf)',
    query: ['jurisdiction', 'year', 'format'],
    admin: true,
    binary: 'application/octet-stream',
  },
  {
    method: 'delete',
    path: '/recognition/registrations/{id}/files/{fileId}',
    summary: 'Gỡ một tệp minh chứng / hồ sơ trước khi nộp (cán bộ của đơn vị; ghi nhật ký)',
    admin: false,
  },
  {
    method: 'get',
    path: '/recognition/registrations/{id}/files/{fileId}',
    summary:
      'Tải một tệp minh chứng / hồ sơ (cán bộ của đơn vị; cán bộ tỉnh ở trang quản trị), luôn dạng tệp đính kèm',
    admin: false,
    binary: 'application/octet-stream',
  },
  {
    method: 'get',
    path: '/recognition/national/dashboard',
    summary:
      'Toàn quốc (các tỉnh / thành phố trong phạm vi được giao): hồ sơ theo trạng thái, đơn vị đạt điển hình, chỉ tiêu đạt của từng tỉnh và tổng',
    query: ['year'],
    admin: true,
    response: nationalDashboard,
  },
  {
    method: 'get',
    path: '/recognition/national/reports/{period}',
    summary:
      'Báo cáo toàn quốc (XLSX, truyền dần theo từng tỉnh / thành phố): mọi đơn vị và bảng tổng hợp; cutOff tùy chọn',
    query: ['year', 'cutOff'],
    admin: true,
    binary: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  {
    method: 'get',
    path: '/recognition/dashboard',
    summary: 'Bảng theo dõi: chỉ tiêu, trạng thái, thời hạn sắp tới',
    query: ['jurisdiction', 'year'],
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/reports/{period}',
    summary:
      'Báo cáo 06 tháng (six-month), năm (annual) hoặc kết quả triển khai Kế hoạch (implementation), tính đến ngày cutOff; XLSX hoặc PDF (format)',
    query: ['jurisdiction', 'year', 'cutOff', 'format'],
    admin: true,
    binary: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  {
    method: 'get',
    path: '/recognition/documents/{kind}/{ref}/pdf',
    summary: 'Xem trước văn bản (PDF); draft=true cho bản nháp kế hoạch',
    query: ['draft'],
    admin: true,
    binary: 'application/pdf',
  },
  {
    method: 'post',
    path: '/recognition/reminders/run',
    summary: 'Gửi ngay các thư nhắc hạn đến hạn hôm nay',
    admin: true,
  },
];

/** A response schema as OpenAPI 3.0 reads it, wrapped as the routes answer: { data }. */
const dataOf = (schema: ZodType) => ({
  type: 'object',
  required: ['data'],
  properties: {
    data: z.toJSONSchema(schema, { io: 'output', target: 'openapi-3.0', unrepresentable: 'any' }),
  },
});

const errorResponse = {
  description: 'Lỗi, với thông báo tiếng Việt nêu trường và giá trị cho phép',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

export function openApiOverride() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    for (const q of op.query ?? [])
      params.push({
        name: q,
        in: 'query',
        required: ![
          ...[
            'unit',
            'registration',
            'draft',
            'format',
            'page',
            'pageSize',
            'from',
            'maxEvents',
            'cutOff',
          ],
          ...(op.optional ?? []),
        ].includes(q),
        schema: { type: 'string' },
      });
    if (op.header)
      params.push({ name: op.header, in: 'header', required: true, schema: { type: 'string' } });
    const item = (paths[op.path] ??= op.admin
      ? { servers: [{ url: '/', description: 'Admin API (JWT quản trị)' }] }
      : op.root
        ? { servers: [{ url: '/', description: 'Trang công khai' }] }
        : {});
    item[op.method] = {
      tags: [op.admin ? 'Recognition (admin)' : 'Recognition'],
      summary: op.summary,
      // Admin routes take the admin's JWT, the content API the portal user's; only public pages take none.
      security: op.open ? [] : [{ bearerAuth: [] }],
      parameters: params,
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(op.body, {
                    io: 'input',
                    target: 'openapi-3.0',
                    unrepresentable: 'any',
                  }),
                },
              },
            },
          }
        : {}),
      responses: {
        200: op.binary
          ? {
              description: 'Tệp',
              content: { [op.binary]: { schema: { type: 'string', format: 'binary' } } },
            }
          : {
              description: 'Thành công',
              content: {
                'application/json': {
                  schema: op.response ? dataOf(op.response) : { type: 'object' },
                },
              },
            },
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

/**
 * The documentation plugin writes its document only outside production, so the API docs that
 * `npm run demo` prints answered 404 on a fresh clone. In production it is written here at every
 * start, from the routes as they are and with the servers of this installation's public URL
 * (config/plugins.ts), never a port a test server once had.
 */
export async function writeOpenApiInProduction(strapi: Core.Strapi): Promise<void> {
  const documentation = strapi.plugin('documentation');
  if (!documentation || strapi.config.environment !== 'production') return;
  await documentation.service('documentation').generateFullDoc();
}

export function registerOpenApi(strapi: Core.Strapi): void {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  documentation
    .service('override')
    .registerOverride(openApiOverride(), { pluginOrigin: 'recognition' });
}
