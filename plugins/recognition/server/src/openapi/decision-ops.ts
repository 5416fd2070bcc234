// The approver's admin routes: the approval queue, recognition and refusal, decisions and their acts,
// certificates and revocation.
import { issueInput } from '../../../shared/domain/decision-issue';
import {
  amendBody,
  queueQuery,
  reasonBody,
  recogniseBody,
  revokeBody,
} from '../../../shared/contracts/requests';
import { revoked } from '../../../shared/contracts/responses';
import type { Op } from './op';

export const decisionOps: Op[] = [
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
    response: revoked,
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
];
