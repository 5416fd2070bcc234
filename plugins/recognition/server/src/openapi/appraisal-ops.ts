// The secretariat's admin routes: the council, its meetings, the paper path, the appraisal steps.
import {
  councilBody,
  councilCopyBody,
  meetingBody,
  reasonBody,
  registerBody,
  requestBody,
  selectBody,
  selectionAdviceBody,
  selfScoresBody,
} from '../../../shared/contracts/requests';
import type { Op } from './op';

export const appraisalOps: Op[] = [
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
    path: '/recognition/registrations/{id}/propose-selection',
    summary:
      'Công an tham mưu lựa chọn đơn vị đăng ký (select / not_select, kèm căn cứ); sửa được đến khi Ủy ban nhân dân quyết định',
    body: selectionAdviceBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/select',
    summary: 'Ủy ban nhân dân lựa chọn đơn vị xây dựng điển hình (ghi chú tùy chọn)',
    body: selectBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/registrations/{id}/not-select',
    summary: 'Ủy ban nhân dân không lựa chọn đơn vị (kèm lý do)',
    body: reasonBody,
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
];
