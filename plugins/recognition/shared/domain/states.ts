// The one vocabulary of a registration's year: states, events, roles, and their Vietnamese
// labels (the admin and the documents import these; there is no second label table).

export const states = [
  'none',
  'registered',
  /** The police have advised the People's Committee on this registrant (a plan with selection). */
  'selection_proposed',
  'selected',
  'self_assessed',
  'submitted',
  'under_appraisal',
  'proposed',
  'not_proposed',
  'recognised',
  'maintained',
  'rejected',
  'revoked',
  // Last in the year's order: a registrant not selected has no unit duty left to be reminded of.
  'not_selected',
] as const;
export type State = (typeof states)[number];

export const eventTypes = [
  'register',
  'propose_selection',
  'select',
  'not_select',
  'self_assess',
  'forecast',
  'submit',
  'start_appraisal',
  'declare_conflict',
  'council_score',
  'reopen_scoring',
  'propose',
  'not_propose',
  'recognise',
  'reject',
  'revoke',
  /** The council's issued minutes filed into each dossier it voted on (a part the council provides). */
  'file_minutes',
] as const;
export type EventType = (typeof eventTypes)[number];

export const roles = [
  'unit_officer',
  /** A commune's or a department's officer: the units it manages or directs, from the portal. */
  'commune_officer',
  'department_officer',
  'council_member',
  'secretariat',
  'approver',
  'editor',
  /** The Ministry (Cục V05): reads every province's figures and receives their reports. */
  'ministry',
  /** Sở Nội vụ: appraises the proposals for the chair's Bằng khen in its province. */
  'home_affairs',
] as const;
export type Role = (typeof roles)[number];

/** States after which nothing more happens in the year, except revoking a recognition. */
export const closedStates: readonly State[] = [
  'not_selected',
  'not_proposed',
  'rejected',
  'revoked',
];
/** States in which the unit has not self-assessed yet: registered, and the selection around it. */
export const preAssessmentStates: readonly State[] = [
  'registered',
  'selection_proposed',
  'selected',
  'not_selected',
];
/** States of a registrant the province chose to build (or any registrant, in a plan without selection). */
export const selectedStates = (selection: boolean): readonly State[] =>
  states.filter(
    (s) =>
      s !== 'none' &&
      s !== 'not_selected' &&
      s !== 'selection_proposed' &&
      !(selection && s === 'registered'),
  );
/** Whether the secretariat may still ask the unit for something (a paper, an explanation) about its dossier. */
export const requestsOpen = (state: string): boolean => !closedStates.includes(state as State);
/** States in which the unit holds the title for the year. */
export const recognisedStates: readonly State[] = ['recognised', 'maintained'];
/** States from submission on: the dossier is with the province. */
export const submittedStates: readonly State[] = [
  'submitted',
  'under_appraisal',
  'proposed',
  'not_proposed',
  'recognised',
  'maintained',
  'rejected',
  'revoked',
];
/** States from the start of appraisal on: the dossiers a council member may read (none before the secretariat puts one under appraisal). */
export const appraisalStates: readonly State[] = submittedStates.filter((s) => s !== 'submitted');

export const stateLabels: Record<State, string> = {
  none: 'Chưa đăng ký',
  registered: 'Đã đăng ký',
  selection_proposed: 'Công an đã tham mưu lựa chọn',
  selected: 'Được lựa chọn xây dựng',
  not_selected: 'Không được lựa chọn',
  self_assessed: 'Đã tự chấm điểm',
  submitted: 'Đã nộp hồ sơ',
  under_appraisal: 'Đang thẩm định',
  proposed: 'Được đề nghị công nhận',
  not_proposed: 'Không được đề nghị',
  recognised: 'Đã công nhận',
  maintained: 'Duy trì điển hình',
  rejected: 'Không công nhận',
  revoked: 'Đã thu hồi',
};

export const stateLabel = (state: string): string => stateLabels[state as State] ?? state;

export const eventLabels: Record<EventType, string> = {
  register: 'đăng ký',
  propose_selection: 'tham mưu lựa chọn',
  select: 'lựa chọn xây dựng điển hình',
  not_select: 'không lựa chọn',
  self_assess: 'tự chấm điểm',
  forecast: 'báo cáo dự kiến kết quả',
  submit: 'nộp hồ sơ',
  start_appraisal: 'bắt đầu thẩm định',
  declare_conflict: 'khai báo xung đột lợi ích',
  council_score: 'chấm điểm thẩm định',
  reopen_scoring: 'mở lại chấm điểm (hủy biểu quyết)',
  propose: 'đề nghị công nhận',
  not_propose: 'không đề nghị',
  recognise: 'công nhận',
  reject: 'không công nhận',
  revoke: 'thu hồi công nhận',
  file_minutes: 'đưa biên bản họp vào hồ sơ',
};

/** Audit actions that are not workflow events, in words (content changes read "<type>.<action>"). */
const otherActionLabels: Record<string, string> = {
  'evidence.add': 'thêm minh chứng',
  'evidence.remove': 'gỡ minh chứng',
  'dossier.add': 'thêm thành phần hồ sơ',
  'dossier.remove': 'gỡ thành phần hồ sơ',
  'conflict.declare': 'khai báo xung đột lợi ích',
  'council-score.draft': 'lưu nháp điểm thẩm định',
  'plan.apply': 'áp dụng phiên bản kế hoạch',
  'extension.grant': 'gia hạn',
  'council.create': 'lập hội đồng thẩm định',
  'council.update': 'sửa hội đồng thẩm định',
  'meeting.record': 'ghi cuộc họp hội đồng',
  'certificate.issue': 'cấp giấy chứng nhận',
  'decision.issue': 'ban hành quyết định',
  'document.preview': 'xem trước văn bản',
  'file.download': 'cán bộ tỉnh tải tệp',
  'report.export': 'xuất báo cáo',
  'audit.export': 'xuất nhật ký',
  'request.send': 'thư ký yêu cầu bổ sung',
  'decision.amend': 'ban hành quyết định sửa đổi, bổ sung',
  'criteria-set.version': 'tạo phiên bản mới của bộ tiêu chí',
};

/** What a content change ("<type>.<action>") is about and what was done, in words. */
const contentTypes: Record<string, string> = {
  unit: 'đơn vị',
  'unit-result': 'kết quả năm của đơn vị',
  plan: 'kế hoạch',
  'criteria-set': 'bộ tiêu chí',
  jurisdiction: 'tỉnh / thành phố',
  person: 'người dùng hệ thống',
  'admin-role': 'vai trò quản trị',
  permission: 'quyền',
  user: 'tài khoản cổng',
};
const contentActions: Record<string, string> = {
  create: 'tạo',
  update: 'sửa',
  delete: 'xóa',
  publish: 'ban hành',
  unpublish: 'thôi ban hành',
  discardDraft: 'bỏ bản nháp',
  clone: 'nhân bản',
};
const contentLabel = (action: string): string | undefined => {
  const [type, act] = action.split('.');
  return contentTypes[type] && contentActions[act]
    ? `${contentActions[act]} ${contentTypes[type]}`
    : undefined;
};

/** Any audit action in words: workflow events, other named actions, else the code itself. */
const reportActionLabels: Record<string, string> = {
  'tier-report.save': 'Lưu nháp báo cáo',
  'tier-report.submit': 'Gửi báo cáo',
  'report-request.create': 'Yêu cầu báo cáo',
  'act.draft': 'Soạn dự thảo văn bản',
  'act.edit': 'Sửa dự thảo văn bản',
  'act.issue': 'Ký, ban hành văn bản',
  'act.send': 'Gửi văn bản',
  'act.receive': 'Xác nhận đã nhận văn bản',
  'review.open': 'Mở xem xét danh hiệu',
  'review.close': 'Kết luận xem xét danh hiệu',
};

export const actionLabel = (action: string): string =>
  eventLabels[action as EventType] ??
  otherActionLabels[action] ??
  reportActionLabels[action] ??
  contentLabel(action) ??
  action;

export const roleLabels: Record<Role, string> = {
  unit_officer: 'cán bộ đơn vị',
  commune_officer: 'cán bộ xã, phường',
  department_officer: 'cán bộ sở, ban, ngành',
  council_member: 'thành viên hội đồng',
  secretariat: 'thư ký (Công an)',
  approver: 'người phê duyệt',
  editor: 'biên tập viên',
  ministry: 'Bộ Công an (Cục V05)',
  home_affairs: 'Sở Nội vụ',
};

/** The role an audit event records (a workflow role, an admin role's code, "system", "api"), in words. */
export function actorRoleLabel(code: string): string {
  const bare = code.replace(/^dienhinh-/, '');
  const others: Record<string, string> = {
    'strapi-super-admin': 'quản trị hệ thống',
    system: 'hệ thống',
    api: 'người dùng cổng',
    admin: 'quản trị',
  };
  return roleLabels[bare as Role] ?? others[code] ?? code;
}

/**
 * The actions the history can be filtered by: each workflow event, each other named action, and
 * the content changes of each type ("plan." = every change of a plan). A filter is a prefix.
 */
export const actionFilters: { value: string; label: string }[] = [
  ...eventTypes.map((e) => ({ value: e, label: eventLabels[e] })),
  ...Object.entries(otherActionLabels).map(([value, label]) => ({ value, label })),
  ...Object.entries(contentTypes).map(([type, label]) => ({
    value: `${type}.`,
    label: `thay đổi ${label}`,
  })),
];
