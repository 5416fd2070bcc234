// The admin routes that watch and keep the programme: dashboards and reports, the audit log, plans,
// criteria sets, imports, extensions, notices, reminders and documents.
import {
  forecastYear,
  maintenanceView,
  nationalDashboard,
  reviewState,
  selectionYear,
} from '../../../shared/contracts/responses';
import {
  planCopyBody,
  closeReviewBody,
  openReviewBody,
  extensionBody,
  notificationsReadBody,
  queueQuery,
} from '../../../shared/contracts/requests';
import type { Op } from './op';

export const oversightOps: Op[] = [
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
    path: '/recognition/criteria-sets/import',
    summary:
      'Nhập bộ tiêu chí (multipart: file .json theo lược đồ data/criteria/criteria-set.schema.json, hoặc .csv / .xlsx kèm code, title, legalBasis, effectiveFrom, kinds, minTotal; jurisdiction để trống là bộ dùng chung toàn quốc; dryRun): kiểm tra toàn bộ, lưu thành một phiên bản mới hoặc không lưu gì',
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
    path: '/recognition/selection',
    summary:
      'Lựa chọn đơn vị đăng ký của năm: bước lựa chọn và thời hạn theo kế hoạch, tham mưu của Công an và quyết định lựa chọn từng đơn vị, số đơn vị được lựa chọn theo chỉ tiêu',
    query: ['jurisdiction', 'year'],
    admin: true,
    response: selectionYear,
  },
  {
    method: 'get',
    path: '/recognition/forecasts',
    summary:
      'Dự kiến kết quả của năm: báo cáo dự kiến của từng đơn vị (đạt / duy trì / năm nay chưa đạt), số đơn vị theo dự kiến và số chưa báo cáo, thời hạn theo kế hoạch',
    query: ['jurisdiction', 'year'],
    admin: true,
    response: forecastYear,
  },
  {
    method: 'get',
    path: '/recognition/maintenance',
    summary:
      'Danh sách duy trì của năm: đơn vị giữ danh hiệu năm trước, tình trạng năm nay (đã duy trì, đang thực hiện, chưa đăng ký, không duy trì được), đơn vị mất danh hiệu "An toàn về an ninh, trật tự"; số công nhận mới và duy trì tính riêng',
    query: ['jurisdiction', 'year'],
    admin: true,
    response: maintenanceView,
  },
  {
    method: 'post',
    path: '/recognition/title-reviews',
    summary:
      'Công an mở việc xem xét danh hiệu của một đơn vị: kết quả năm sau mất danh hiệu "An toàn về an ninh, trật tự", hoặc có vụ việc (ghi rõ)',
    body: openReviewBody,
    admin: true,
    response: reviewState,
  },
  {
    method: 'post',
    path: '/recognition/title-reviews/{id}/close',
    summary:
      'Người phê duyệt kết luận: giữ danh hiệu, hoặc đã thu hồi (chỉ sau khi quyết định thu hồi công nhận đã ban hành); kèm kết luận',
    body: closeReviewBody,
    admin: true,
    response: reviewState,
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
