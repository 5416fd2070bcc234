// The routes of the programme's acts of every kind: the register of a year, drafting from what
// the act is drawn from, reading, issuing (number and signature), the PDF.
import { actDraftBody, actIssueBody } from '../../../shared/contracts/requests';
import { actRegister, actSourcesView, actView } from '../../../shared/contracts/responses';
import type { Op } from './op';

const act = (path: string) => `/recognition/acts/{id}${path}`;

export const actOps: Op[] = [
  {
    method: 'get',
    path: '/recognition/acts',
    summary:
      'Sổ văn bản của tỉnh trong năm (kế hoạch, quyết định thành lập hội đồng, biên bản họp, tờ trình, báo cáo): dự thảo và đã ban hành, văn bản nào đã bị thay thế',
    query: ['jurisdiction', 'year', 'kind'],
    optional: ['kind'],
    admin: true,
    response: actRegister,
  },
  {
    method: 'get',
    path: '/recognition/acts/sources',
    summary:
      'Những văn bản người gọi được soạn trong năm của tỉnh, và nguồn của từng loại: kế hoạch đã công bố, hội đồng, cuộc họp, số đơn vị đã được đề nghị',
    query: ['jurisdiction', 'year'],
    admin: true,
    response: actSourcesView,
  },
  {
    method: 'post',
    path: '/recognition/acts',
    summary:
      'Soạn (hoặc soạn lại khi còn dự thảo) một văn bản từ nguồn của nó: kế hoạch đã công bố (có thể nêu văn bản được thay thế), hội đồng thẩm định, cuộc họp, hoặc các đơn vị đã được đề nghị trong năm',
    body: actDraftBody,
    admin: true,
    response: actView,
  },
  {
    method: 'get',
    path: act(''),
    summary: 'Một văn bản (dự thảo hoặc đã ban hành) và người xem có được ký, ban hành không',
    admin: true,
    response: actView,
  },
  {
    method: 'post',
    path: act('/issue'),
    summary:
      'Ký, ban hành: số tiếp theo trong sổ của năm (hoặc số và ngày trong sổ đăng ký văn bản của Ủy ban khi tỉnh ghi số bằng tay), ký số PAdES, lưu, không sửa được nữa; biên bản họp được đưa vào hồ sơ các đơn vị đã biểu quyết',
    body: actIssueBody,
    admin: true,
    response: actView,
  },
  {
    method: 'get',
    path: act('/pdf'),
    summary: 'Bản PDF của văn bản: bản đã ký khi đã ban hành, bản xem trước có dấu khi còn dự thảo',
    admin: true,
    binary: 'application/pdf',
  },
];
