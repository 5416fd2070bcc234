// The routes of commendation: the year's register, a proposal, its appraisal, a decided
// commendation's signed certificate of merit. The decisions themselves are acts (act-ops.ts).
import {
  commendationAppraiseBody,
  commendationProposeBody,
} from '../../../shared/contracts/requests';
import { commendationState, commendationView } from '../../../shared/contracts/responses';
import type { Op } from './op';

export const commendationOps: Op[] = [
  {
    method: 'get',
    path: '/recognition/commendations',
    summary:
      'Sổ khen thưởng của tỉnh trong năm: các đề nghị (tập thể, cá nhân), hình thức, thẩm định, quyết định và số hiệu bằng khen, giấy khen; các đơn vị giữ danh hiệu trong năm',
    query: ['jurisdiction', 'year'],
    admin: true,
    response: commendationView,
  },
  {
    method: 'post',
    path: '/recognition/commendations',
    summary:
      'Công an đề nghị khen thưởng một tập thể (đơn vị giữ danh hiệu của năm) hoặc một cá nhân của đơn vị (họ tên, chức vụ), với hình thức Bằng khen hoặc Giấy khen và thành tích',
    body: commendationProposeBody,
    admin: true,
    response: commendationState,
  },
  {
    method: 'post',
    path: '/recognition/commendations/{id}/appraise',
    summary:
      'Thẩm định đề nghị: Sở Nội vụ với Bằng khen của Chủ tịch Ủy ban nhân dân, Hội đồng thi đua, khen thưởng của Công an (qua thư ký khác người đề nghị) với Giấy khen; không đồng ý phải nêu lý do',
    body: commendationAppraiseBody,
    admin: true,
    response: commendationState,
  },
  {
    method: 'get',
    path: '/recognition/commendations/{id}/certificate',
    summary: 'Bằng khen hoặc giấy khen đã ký số (PAdES) của một khen thưởng đã được quyết định',
    admin: true,
    binary: 'application/pdf',
  },
];
