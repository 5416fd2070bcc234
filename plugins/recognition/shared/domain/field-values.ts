// Vietnamese words for every enumerated field value the staff see in the content manager's
// lists, filters and forms. The workflow's own vocabularies (states, unit kinds, classifications)
// come from their files; the rest are named here once.
import { actKindLabels } from './act/kinds';
import { awardeeKindLabels, awardFormLabels, commendationStateLabels } from './commendation';
import { deadlineReadingLabels } from './deadlines';
import { classificationLabels } from './eligibility';
import { stateLabels } from './states';
import { reviewReasonLabels, reviewStatusLabels } from './title-review';
import { unitKindLabels } from './units';

type Values = Record<string, string>;

const deadlineKinds: Values = {
  police_advice: 'Công an tham mưu, hướng dẫn',
  registration: 'Đăng ký',
  expected_results: 'Báo cáo kết quả dự kiến',
  results_report: 'Báo cáo kết quả',
  dossier: 'Nộp hồ sơ',
  recognition: 'Công nhận',
  implementation_report: 'Báo cáo triển khai',
  six_month_report: 'Báo cáo 6 tháng',
  annual_report: 'Báo cáo năm',
  other: 'Khác',
};

/** Labels per content type (or component) and field. */
export const fieldValueLabels: Record<string, Record<string, Values>> = {
  'api::unit.unit': { kind: unitKindLabels },
  'api::unit-result.unit-result': { classification: classificationLabels },
  'api::plan.plan': { deadlineReading: deadlineReadingLabels },
  'api::jurisdiction.jurisdiction': {
    decisionNumbering: {
      manual: 'Theo sổ đăng ký văn bản (nhập tay)',
      automatic: 'Hệ thống cấp số liên tục',
    },
  },
  'plugin::recognition.registration': { state: stateLabels },
  'plugin::recognition.recognition': {
    status: {
      recognised: stateLabels.recognised,
      maintained: stateLabels.maintained,
      revoked: stateLabels.revoked,
    },
    certificateStatus: {
      none: 'Không cấp',
      awaiting: 'Chờ quyết định ban hành',
      queued: 'Đang cấp',
      issued: 'Đã cấp',
    },
  },
  'plugin::recognition.title-review': { reason: reviewReasonLabels, status: reviewStatusLabels },
  'plugin::recognition.commendation': {
    form: awardFormLabels,
    awardee: awardeeKindLabels,
    state: commendationStateLabels,
  },
  'plugin::recognition.act': {
    kind: actKindLabels,
    status: { draft: 'Dự thảo', issued: 'Đã ban hành' },
  },
  'plugin::recognition.tier-report': {
    tier: { department: 'Sở, ban, ngành', commune: 'Xã, phường' },
    status: { draft: 'Đang soạn', submitted: 'Đã gửi' },
  },
  'plugin::recognition.report-request': {
    period: {
      'six-month': 'Báo cáo 06 tháng',
      annual: 'Báo cáo năm',
      implementation: 'Báo cáo kết quả triển khai Kế hoạch',
    },
  },
  'plugin::recognition.decision': {
    kind: { recognition: 'Công nhận', revocation: 'Thu hồi', amendment: 'Sửa đổi, bổ sung' },
    status: { draft: 'Dự thảo', issued: 'Đã ban hành' },
  },
  'plugin::recognition.membership': {
    role: {
      unit_officer: 'Cán bộ đơn vị',
      commune_officer: 'Cán bộ xã, phường',
      department_officer: 'Cán bộ sở, ban, ngành',
      council_member: 'Thành viên hội đồng',
    },
  },
  'plugin::recognition.notification': {
    kind: {
      state: 'Trạng thái hồ sơ',
      request: 'Yêu cầu bổ sung',
      deadline: 'Nhắc hạn',
      appraisal: 'Thẩm định',
      dossier: 'Hồ sơ mới',
      proposed: 'Đề nghị công nhận',
      selection: 'Lựa chọn đơn vị',
      overdue: 'Quá hạn',
    },
  },
  'criteria.criterion': { scoring: { points: 'Chấm điểm', pass_fail: 'Đạt / không đạt' } },
  'plan.block': {
    kind: {
      item: 'Mục (1., 2.)',
      subitem: 'Tiểu mục (a, b)',
      paragraph: 'Đoạn văn',
      bullet: 'Gạch đầu dòng',
    },
  },
  'plan.deadline': {
    kind: deadlineKinds,
    appliesTo: {
      all: 'Mọi đơn vị',
      commune: 'Xã, phường, đặc khu',
      organisation: 'Cơ quan, doanh nghiệp, trường học',
    },
  },
  'plan.dossier-part': {
    code: {
      report: 'Báo cáo',
      request: 'Tờ trình',
      minutes: 'Biên bản',
      registration_form: 'Bản đăng ký',
      other: 'Khác',
    },
    provider: { unit: 'Đơn vị', commune: 'Xã, phường', council: 'Hội đồng thẩm định' },
  },
  'plan.eligibility': { minimumClassification: { none: 'Không yêu cầu', ...classificationLabels } },
};

/** A field's value in words; the value itself when it has none. */
export function fieldValueLabel(uid: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  return fieldValueLabels[uid]?.[field]?.[String(value)] ?? String(value);
}

/**
 * One word per value for the places that show a value without saying whose field it is (the
 * content manager's select options and filters translate the bare value). Where two fields share
 * a value, the editable field's word wins: the forms staff fill in come first.
 */
export function bareValueLabels(): Values {
  const out: Values = {};
  const order = [
    'plan.eligibility',
    'plan.deadline',
    'plan.block',
    'plan.dossier-part',
    'criteria.criterion',
    'api::unit.unit',
    'api::unit-result.unit-result',
    'api::jurisdiction.jurisdiction',
  ];
  const uids = [...order, ...Object.keys(fieldValueLabels).filter((u) => !order.includes(u))];
  for (const uid of uids)
    for (const values of Object.values(fieldValueLabels[uid]))
      for (const [v, label] of Object.entries(values)) out[v] ??= label;
  return out;
}
