// The portal's routes, with the response schemas the portal parses: a typed client can be
// generated from them (the documentation plugin's own entries for these paths are replaced).
import * as portal from '../../../shared/contracts/portal-responses';
import {
  notificationsReadBody,
  registerBody,
  forecastBody,
  selfScoresBody,
  councilScoresBody,
} from '../../../shared/contracts/requests';
import type { Op } from './op';

export const portalOps: Op[] = [
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
    method: 'put',
    path: '/recognition/registrations/{id}/forecast',
    summary:
      'Báo cáo dự kiến kết quả của đơn vị (đạt / duy trì / năm nay chưa đạt, kèm ghi chú), theo thời hạn của kế hoạch; gửi một lần',
    body: forecastBody,
    admin: false,
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
    method: 'get',
    path: '/recognition/tier/home',
    summary:
      'Trang của cán bộ xã, phường hoặc sở, ban, ngành: đơn vị mình và các đơn vị do mình quản lý, chỉ đạo trong năm (trạng thái, hạn tiếp theo, chỉ tiêu mỗi xã), theo trang',
    query: ['year', 'page', 'pageSize'],
    optional: ['year'],
    admin: false,
    response: portal.tierHome,
  },
  {
    method: 'post',
    path: '/recognition/tier/units/{code}/registrations',
    summary:
      'Xã, phường hoặc sở, ban, ngành đăng ký xây dựng điển hình thay cho một đơn vị mình quản lý (ghi nhật ký là làm thay)',
    body: registerBody,
    admin: false,
    response: portal.registered,
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
];
