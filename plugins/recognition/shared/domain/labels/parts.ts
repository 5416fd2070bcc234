// The labels of the parts records are built of: a document's signer, recipients and legal
// basis; a plan's sections, deadlines, targets and rules; a criteria set's groups and criteria.

import { unitKinds } from './unit-kinds';

export const partsLabels: Record<string, Record<string, string>> = {
  'document.signer': {
    authority: 'Thẩm quyền ký (TM.)',
    delegation: 'Ký thay (KT., Q., TL., TUQ.)',
    position: 'Chức vụ',
    name: 'Họ và tên',
    signature: 'Hình chữ ký (PNG nền trong suốt, tối đa 512 KB)',
  },
  'document.recipient': { text: 'Nơi nhận' },
  'document.legal-basis': {
    reference: 'Văn bản',
    description: 'Nội dung',
    inDecision: 'Trích dẫn trong quyết định công nhận',
  },
  'plan.section': { number: 'Số La Mã', heading: 'Tiêu đề', blocks: 'Các đoạn' },
  'plan.block': { kind: 'Loại đoạn', number: 'Số thứ tự', text: 'Nội dung' },
  'plan.deadline': {
    kind: 'Loại thời hạn',
    label: 'Nội dung',
    day: 'Ngày',
    month: 'Tháng',
    year: 'Năm (để trống nếu hằng năm)',
    clause: 'Điều khoản',
    appliesTo: 'Áp dụng cho',
  },
  'plan.target': { label: 'Nội dung', minimum: 'Số tối thiểu', ...unitKinds, clause: 'Điều khoản' },
  'plan.eligibility': {
    requireAnttSafe: 'Phải đạt "An toàn về an ninh, trật tự" năm trước',
    minimumClassification: 'Xếp loại phong trào tối thiểu năm trước',
    clause: 'Điều khoản',
  },
  'plan.dossier-part': {
    code: 'Loại thành phần',
    label: 'Nội dung',
    required: 'Bắt buộc',
    provider: 'Bên cung cấp',
  },
  'criteria.group': { code: 'Mã nhóm', title: 'Tên nhóm', criteria: 'Tiêu chí' },
  'criteria.criterion': {
    code: 'Mã tiêu chí',
    title: 'Nội dung tiêu chí',
    scoring: 'Cách chấm',
    maxPoints: 'Điểm tối đa',
    mandatory: 'Bắt buộc đạt',
    knockOut: 'Tiêu chí loại trừ (không đạt thì không công nhận)',
    evidenceRequired: 'Bắt buộc có minh chứng khi nộp',
    evidenceGuidance: 'Hướng dẫn minh chứng',
    subItems: 'Nội dung con',
  },
  'criteria.sub-item': { code: 'Mã', title: 'Nội dung', maxPoints: 'Điểm tối đa' },
  'criteria.threshold': {
    minTotal: 'Tổng điểm tối thiểu',
    requireAllKnockOutsPassed: 'Không vi phạm tiêu chí loại trừ',
    requireAllMandatoryMet: 'Đạt mọi tiêu chí bắt buộc',
  },
};
