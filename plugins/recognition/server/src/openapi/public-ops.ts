// The public routes: a certificate's PDF, the register, the verification pages and keys.

import type { Op } from './op';

export const publicOps: Op[] = [
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
    path: '/verify/audit-checkpoints/received/{jurisdiction}',
    summary:
      'Điểm kiểm tra nhật ký của một tỉnh / thành phố mà hệ thống này đã nhận kèm báo cáo của tỉnh, để đối chiếu nhật ký của tỉnh với bản không ai ở tỉnh xóa được',
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
];
