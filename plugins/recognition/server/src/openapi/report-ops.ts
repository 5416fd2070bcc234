// The routes of reporting up the hierarchy: a tier's reports in the portal, the province's duties
// and its report (an act) in the admin, and the Ministry's status of the reports sent to it.
import * as portal from '../../../shared/contracts/portal';
import {
  compileReportBody,
  reportRequestBody,
  reportSectionsBody,
  reviewActBody,
} from '../../../shared/contracts/requests';
import { reportAct, reportBoard, reportStatus } from '../../../shared/contracts/responses';
import type { Op } from './op';

const act = (path: string) => `/recognition/report-acts/{id}${path}`;

export const reportOps: Op[] = [
  {
    method: 'get',
    path: '/recognition/tier/reports',
    summary:
      'Các báo cáo xã, phường hoặc sở, ban, ngành phải gửi tỉnh trong năm (theo kế hoạch và theo yêu cầu), với hạn và tình trạng',
    query: ['year'],
    optional: ['year'],
    admin: false,
    response: portal.tierDuties,
  },
  {
    method: 'get',
    path: '/recognition/tier/reports/{key}',
    summary:
      'Một báo cáo của xã, phường hoặc sở, ban, ngành: nội dung (năm mục) và số liệu các đơn vị của mình tính đến ngày chốt',
    query: ['year'],
    optional: ['year'],
    admin: false,
    response: portal.tierReport,
  },
  {
    method: 'put',
    path: '/recognition/tier/reports/{key}',
    summary: 'Lưu nháp báo cáo (chưa gửi)',
    query: ['year'],
    optional: ['year'],
    body: reportSectionsBody,
    admin: false,
    response: portal.tierReport,
  },
  {
    method: 'post',
    path: '/recognition/tier/reports/{key}/submit',
    summary:
      'Gửi báo cáo đến Công an tỉnh / thành phố (một lần; cần mục "Kết quả thực hiện"; số liệu do hệ thống đếm)',
    query: ['year'],
    optional: ['year'],
    body: reportSectionsBody,
    admin: false,
    response: portal.tierReport,
  },
  {
    method: 'post',
    path: '/recognition/tier/reports/{key}/attachments',
    summary:
      'Gửi kèm một tệp với báo cáo còn nháp (multipart: file; PDF, ảnh, DOCX, XLSX, ODT, kiểm tra theo nội dung)',
    query: ['year'],
    optional: ['year'],
    admin: false,
    response: portal.tierReport,
  },
  {
    method: 'delete',
    path: '/recognition/tier/reports/{key}/attachments/{fileId}',
    summary: 'Bỏ một tệp gửi kèm khỏi báo cáo còn nháp',
    query: ['year'],
    optional: ['year'],
    admin: false,
    response: portal.tierReport,
  },
  {
    method: 'get',
    path: '/recognition/tier/report-files/{id}/{fileId}',
    summary: 'Tải một tệp gửi kèm báo cáo của xã, phường hoặc sở, ban, ngành mình',
    admin: false,
    binary: 'application/octet-stream',
  },
  {
    method: 'get',
    path: '/recognition/tier-reports/{id}/files/{fileId}',
    summary: 'Tải một tệp gửi kèm báo cáo của xã, phường hoặc sở, ban, ngành (cán bộ tỉnh)',
    admin: true,
    binary: 'application/octet-stream',
  },
  {
    method: 'get',
    path: '/recognition/report-duties',
    summary:
      'Các nhiệm vụ báo cáo của một tỉnh / thành phố trong năm: ai đã, chưa báo cáo, và báo cáo của tỉnh',
    query: ['jurisdiction', 'year'],
    admin: true,
    response: reportBoard,
  },
  {
    method: 'post',
    path: '/recognition/report-requests',
    summary: 'Yêu cầu báo cáo đột xuất (ngoài lịch của kế hoạch): tên, hạn, cấp báo cáo, nơi nhận',
    body: reportRequestBody,
    admin: true,
  },
  {
    method: 'post',
    path: '/recognition/report-acts',
    summary:
      'Tổng hợp (hoặc tổng hợp lại) dự thảo báo cáo của tỉnh về một nhiệm vụ báo cáo, từ báo cáo của các sở, ngành, xã, phường',
    body: compileReportBody,
    admin: true,
    response: reportAct,
  },
  {
    method: 'post',
    path: '/recognition/review-acts',
    summary:
      'Tổng hợp (hoặc tổng hợp lại) dự thảo báo cáo sơ kết, tổng kết của tỉnh qua nhiều năm (kết quả từng năm, xu hướng)',
    body: reviewActBody,
    admin: true,
    response: reportAct,
  },
  {
    method: 'get',
    path: act(''),
    summary: 'Báo cáo của tỉnh (dự thảo hoặc đã ban hành)',
    admin: true,
    response: reportAct,
  },
  {
    method: 'put',
    path: act(''),
    summary: 'Sửa năm mục của dự thảo báo cáo (không sửa được sau khi ban hành)',
    body: reportSectionsBody,
    admin: true,
    response: reportAct,
  },
  {
    method: 'post',
    path: act('/issue'),
    summary:
      'Ký, ban hành báo cáo: số tiếp theo trong sổ văn bản của năm, chữ ký số PAdES, lưu bản PDF',
    admin: true,
    response: reportAct,
  },
  {
    method: 'post',
    path: act('/send'),
    summary: 'Gửi báo cáo đã ban hành đến Ủy ban nhân dân và Bộ Công an',
    admin: true,
    response: reportAct,
  },
  {
    method: 'post',
    path: act('/receive'),
    summary: 'Xác nhận đã nhận báo cáo (người phê duyệt của Ủy ban nhân dân, hoặc Bộ Công an)',
    admin: true,
    response: reportAct,
  },
  {
    method: 'get',
    path: act('/pdf'),
    summary: 'Bản PDF của báo cáo: bản đã ký khi đã ban hành, bản xem trước khi còn dự thảo',
    admin: true,
    binary: 'application/pdf',
  },
  {
    method: 'get',
    path: act('/package'),
    summary:
      'Gói trao đổi của báo cáo đã ban hành (JSON theo lược đồ dienhinh.report-package: bản PDF đã ký và số liệu của nó), để gửi sang hệ thống khác',
    admin: true,
    binary: 'application/json',
  },
  {
    method: 'post',
    path: '/recognition/received-reports',
    summary:
      'Nhận gói báo cáo của một tỉnh chạy hệ thống riêng (multipart: file): kiểm tra chữ ký theo chứng thư tỉnh đã đăng ký, số liệu khớp bản đã ký; từ chối gói bị sửa hoặc khóa lạ',
    admin: true,
  },
  {
    method: 'get',
    path: '/recognition/national/report-status',
    summary:
      'Tình hình báo cáo gửi Bộ Công an của các tỉnh, thành phố trong năm: đã nhận, đã gửi, đến hạn, quá hạn (format=xlsx: bảng tính; format=pdf: bản tổng hợp kèm kết quả từng tỉnh, không phải văn bản ký số)',
    query: ['year', 'jurisdiction', 'format'],
    optional: ['jurisdiction', 'format'],
    admin: true,
    response: reportStatus,
  },
];
