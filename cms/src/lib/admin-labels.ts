// Vietnamese labels of every field in the admin's content manager. Applied at boot to fields
// whose label is still the attribute name, so an editor's own wording is never overwritten.
import type { Core } from '@strapi/strapi';

type Labels = Record<string, Record<string, string>>;

const unitKinds = {
  xa: 'Xã',
  phuong: 'Phường',
  dacKhu: 'Đặc khu',
  coQuan: 'Cơ quan',
  doanhNghiep: 'Doanh nghiệp',
  coSoGiaoDuc: 'Cơ sở giáo dục',
};

export const adminLabels: Labels = {
  'api::jurisdiction.jurisdiction': {
    name: 'Tên tỉnh / thành phố',
    slug: 'Mã định danh (slug)',
    issuerLine1: 'Cơ quan ban hành, dòng 1',
    issuerLine2: 'Cơ quan ban hành, dòng 2',
    issuerName: 'Tên cơ quan trong câu văn',
    placeName: 'Địa danh ghi ngày tháng',
    policeBodyName: 'Cơ quan Công an',
    contactEmail: 'Thư điện tử liên hệ',
    decisionNumbering: 'Cách đánh số quyết định (manual: theo sổ đăng ký văn bản; automatic: hệ thống cấp số liên tục)',
    decisionSuffix: 'Ký hiệu quyết định (ví dụ QĐ-UBND)',
    signers: 'Người ký quyết định và giấy chứng nhận',
    seal: 'Hình con dấu (PNG nền trong suốt, tối đa 512 KB)',
    decisionBases: 'Căn cứ của quyết định (mỗi dòng một căn cứ; để trống: Luật Tổ chức chính quyền địa phương)',
    decisionExecutors: 'Cơ quan thi hành (Điều 3), mỗi dòng một cơ quan',
    decisionRecipients: 'Nơi nhận mặc định của quyết định, mỗi dòng một nơi',
    reportSigner: 'Người ký báo cáo (Công an tỉnh / thành phố)',
    units: 'Đơn vị',
  },
  'api::unit.unit': {
    kind: 'Loại đơn vị',
    name: 'Tên đơn vị',
    code: 'Mã đơn vị',
    formedFrom: 'Hình thành từ',
    jurisdiction: 'Tỉnh / thành phố',
    managingCommune: 'Xã, phường quản lý',
    active: 'Đang hoạt động',
  },
  'api::unit-result.unit-result': {
    unit: 'Đơn vị',
    year: 'Năm',
    anttSafe: 'Đạt "An toàn về an ninh, trật tự"',
    anttDecisionRef: 'Quyết định công nhận "An toàn về an ninh, trật tự"',
    classification: 'Xếp loại phong trào',
    classificationRef: 'Văn bản xếp loại',
  },
  'api::plan.plan': {
    jurisdiction: 'Tỉnh / thành phố',
    slug: 'Mã định danh (slug)',
    number: 'Số, ký hiệu',
    place: 'Địa danh',
    issueYear: 'Năm ban hành',
    issueMonth: 'Tháng ban hành',
    issueDay: 'Ngày ban hành (để trống nếu chưa rõ)',
    docType: 'Tên loại văn bản',
    title: 'Trích yếu',
    preamble: 'Phần mở đầu',
    sections: 'Các phần',
    signer: 'Người ký',
    recipients: 'Nơi nhận',
    legalBases: 'Căn cứ',
    firstYear: 'Áp dụng từ năm',
    calendar: 'Thời hạn',
    targetTotal: 'Chỉ tiêu tổng số đơn vị mỗi năm',
    targetClause: 'Điều khoản chỉ tiêu',
    targets: 'Chỉ tiêu theo loại đơn vị',
    eligibility: 'Điều kiện đăng ký',
    dossierParts: 'Thành phần hồ sơ',
    dossierClause: 'Điều khoản hồ sơ',
    usesCouncil: 'Có Hội đồng thẩm định',
    issuesCertificates: 'Cấp giấy chứng nhận',
    contactEmail: 'Thư điện tử nhận báo cáo',
    reminderDays: 'Nhắc hạn trước bao nhiêu ngày (ví dụ 7,1)',
    justificationGap: 'Chênh lệch điểm phải giải trình (hội đồng so với tự chấm)',
  },
  'api::criteria-set.criteria-set': {
    code: 'Mã bộ tiêu chí',
    version: 'Phiên bản',
    title: 'Tên bộ tiêu chí',
    description: 'Mô tả',
    legalBasis: 'Căn cứ pháp lý',
    effectiveFrom: 'Hiệu lực từ ngày',
    effectiveTo: 'Hiệu lực đến ngày',
    isSample: 'Là cấu trúc mẫu',
    ...unitKinds,
    jurisdiction: 'Bổ sung riêng của tỉnh / thành phố',
    groups: 'Nhóm tiêu chí',
    threshold: 'Ngưỡng công nhận',
    lockedAt: 'Đã khóa lúc',
    lockedReason: 'Lý do khóa',
  },
  'plugin::recognition.recognition': {
    unit: 'Đơn vị',
    year: 'Năm',
    status: 'Trạng thái',
    serial: 'Số hiệu giấy chứng nhận',
    decisionNumber: 'Số quyết định',
    decisionDate: 'Ngày quyết định',
    signerAuthority: 'Thẩm quyền ký',
    signerDelegation: 'Ký thay / thừa lệnh',
    signerPosition: 'Chức vụ người ký',
    signerName: 'Họ tên người ký',
    revokedReason: 'Lý do thu hồi',
    revokedAt: 'Thu hồi lúc',
    revocationDecision: 'Quyết định thu hồi',
    registration: 'Hồ sơ',
    decision: 'Quyết định công nhận',
    certificateStatus: 'Tình trạng giấy chứng nhận',
    pdf: 'Bản PDF đã cấp',
    pdfSha256: 'Mã băm SHA-256 của bản PDF',
    issuedAt: 'Cấp lúc',
  },
  'plugin::recognition.decision': {
    jurisdiction: 'Tỉnh / thành phố',
    year: 'Năm',
    kind: 'Loại quyết định',
    sequence: 'Số thứ tự trong năm (đánh số tự động)',
    number: 'Số quyết định',
    date: 'Ngày quyết định',
    status: 'Trạng thái',
    signerAuthority: 'Thẩm quyền ký',
    signerDelegation: 'Ký thay / thừa lệnh',
    signerPosition: 'Chức vụ người ký',
    signerName: 'Họ tên người ký',
    uniqueKey: 'Khóa duy nhất',
    pdf: 'Bản PDF đã ký',
    pdfSha256: 'Mã băm SHA-256 của bản PDF',
    issuedAt: 'Ban hành lúc',
    recipients: 'Nơi nhận',
    reason: 'Lý do (quyết định thu hồi)',
    corrects: 'Quyết định được thu hồi / sửa đổi',
    issuedBy: 'Người ban hành',
  },
  'plugin::recognition.registration': {
    unit: 'Đơn vị',
    year: 'Năm',
    plan: 'Kế hoạch',
    rules: 'Quy định áp dụng (bản chụp khi đăng ký)',
    criteriaSet: 'Bộ tiêu chí',
    state: 'Trạng thái',
    selfMarks: 'Điểm tự chấm',
    selfTotal: 'Tổng điểm tự chấm',
    councilTotal: 'Tổng điểm thẩm định',
    dossier: 'Thành phần hồ sơ',
    evidence: 'Minh chứng',
    conflicts: 'Xung đột lợi ích đã khai báo',
    stateReason: 'Lý do',
    registeredAt: 'Đăng ký lúc',
    submittedAt: 'Nộp hồ sơ lúc',
    decidedAt: 'Quyết định lúc',
    uniqueKey: 'Khóa duy nhất',
  },
  'plugin::recognition.audit-event': {
    seq: 'Số thứ tự',
    at: 'Thời điểm',
    actor: 'Người thực hiện',
    actorRole: 'Vai trò',
    action: 'Thao tác',
    subjectType: 'Loại đối tượng',
    subjectId: 'Mã đối tượng',
    unitCode: 'Mã đơn vị',
    jurisdiction: 'Tỉnh / thành phố',
    personId: 'Mã người dùng',
    before: 'Trước',
    after: 'Sau',
    prevHash: 'Mã băm sự kiện trước',
    hash: 'Mã băm',
  },
  'plugin::recognition.council-score': { registration: 'Hồ sơ', memberEmail: 'Thư điện tử thành viên', marks: 'Điểm từng tiêu chí', total: 'Tổng điểm', uniqueKey: 'Khóa duy nhất' },
  'plugin::recognition.council': {
    jurisdiction: 'Tỉnh / thành phố',
    year: 'Năm',
    name: 'Tên hội đồng',
    members: 'Thành viên',
    chairEmail: 'Thư điện tử Chủ tịch hội đồng',
    secretaryEmail: 'Thư điện tử Thư ký hội đồng',
    uniqueKey: 'Khóa duy nhất',
  },
  'plugin::recognition.extension': { unit: 'Đơn vị', year: 'Năm', kind: 'Loại thời hạn', until: 'Gia hạn đến', reason: 'Lý do', grantedBy: 'Người cho gia hạn' },
  'plugin::recognition.meeting': { council: 'Hội đồng', startedAt: 'Bắt đầu lúc', endedAt: 'Kết thúc lúc', place: 'Địa điểm', attendance: 'Thành phần dự họp', votes: 'Biểu quyết', conclusion: 'Kết luận' },
  'plugin::recognition.membership': { user: 'Tài khoản', role: 'Vai trò', unit: 'Đơn vị', jurisdiction: 'Tỉnh / thành phố' },
  'plugin::recognition.person': { fullName: 'Họ và tên', adminUser: 'Tài khoản quản trị', user: 'Tài khoản cổng', jurisdictions: 'Tỉnh / thành phố phụ trách' },
  'plugin::recognition.reminder': { key: 'Khóa', unitCode: 'Mã đơn vị', year: 'Năm', kind: 'Loại thời hạn', deadline: 'Thời hạn', recipients: 'Người nhận', sentAt: 'Gửi lúc' },
  'plugin::recognition.notification': {
    user: 'Tài khoản cổng',
    kind: 'Loại thông báo',
    title: 'Tiêu đề',
    body: 'Nội dung',
    link: 'Liên kết',
    registration: 'Hồ sơ',
    readAt: 'Đọc lúc',
    emailedAt: 'Gửi thư lúc',
    adminUser: 'Tài khoản quản trị',
  },
  'plugin::users-permissions.user': {
    username: 'Tên đăng nhập',
    email: 'Thư điện tử',
    provider: 'Nguồn đăng nhập',
    password: 'Mật khẩu',
    resetPasswordToken: 'Mã đặt lại mật khẩu',
    confirmationToken: 'Mã xác nhận',
    confirmed: 'Đã xác nhận',
    blocked: 'Bị khóa',
    role: 'Vai trò',
  },
  'document.signer': { authority: 'Thẩm quyền ký (TM.)', delegation: 'Ký thay (KT., Q., TL., TUQ.)', position: 'Chức vụ', name: 'Họ và tên', signature: 'Hình chữ ký (PNG nền trong suốt, tối đa 512 KB)' },
  'document.recipient': { text: 'Nơi nhận' },
  'document.legal-basis': { reference: 'Văn bản', description: 'Nội dung', inDecision: 'Trích dẫn trong quyết định công nhận' },
  'plan.section': { number: 'Số La Mã', heading: 'Tiêu đề', blocks: 'Các đoạn' },
  'plan.block': { kind: 'Loại đoạn', number: 'Số thứ tự', text: 'Nội dung' },
  'plan.deadline': { kind: 'Loại thời hạn', label: 'Nội dung', day: 'Ngày', month: 'Tháng', year: 'Năm (để trống nếu hằng năm)', clause: 'Điều khoản', appliesTo: 'Áp dụng cho' },
  'plan.target': { label: 'Nội dung', minimum: 'Số tối thiểu', ...unitKinds, clause: 'Điều khoản' },
  'plan.eligibility': { requireAnttSafe: 'Phải đạt "An toàn về an ninh, trật tự" năm trước', minimumClassification: 'Xếp loại phong trào tối thiểu năm trước', clause: 'Điều khoản' },
  'plan.dossier-part': { code: 'Loại thành phần', label: 'Nội dung', required: 'Bắt buộc' },
  'criteria.group': { code: 'Mã nhóm', title: 'Tên nhóm', criteria: 'Tiêu chí' },
  'criteria.criterion': {
    code: 'Mã tiêu chí',
    title: 'Nội dung tiêu chí',
    scoring: 'Cách chấm',
    maxPoints: 'Điểm tối đa',
    mandatory: 'Bắt buộc đạt',
    knockOut: 'Tiêu chí loại trừ (không đạt thì không công nhận)',
    evidenceGuidance: 'Hướng dẫn minh chứng',
    subItems: 'Nội dung con',
  },
  'criteria.sub-item': { code: 'Mã', title: 'Nội dung', maxPoints: 'Điểm tối đa' },
  'criteria.threshold': { minTotal: 'Tổng điểm tối thiểu', requireAllKnockOutsPassed: 'Không vi phạm tiêu chí loại trừ', requireAllMandatoryMet: 'Đạt mọi tiêu chí bắt buộc' },
};

/**
 * The field that names each item of a repeatable component in the edit form (the accordion's
 * title): the plan's sections by their heading and its blocks by the start of their text, not
 * by "I" or an empty number.
 */
export const mainFields: Record<string, string> = {
  'plan.section': 'heading',
  'plan.block': 'text',
  'plan.deadline': 'label',
  'plan.target': 'label',
  'plan.dossier-part': 'label',
  'criteria.group': 'title',
  'criteria.criterion': 'title',
  'criteria.sub-item': 'title',
  'document.signer': 'name',
  'document.legal-basis': 'reference',
  'document.recipient': 'text',
};

/** Fields shown but never edited in the content manager: the lock is written by the workflow. */
export const readOnlyFields: Record<string, string[]> = {
  'api::criteria-set.criteria-set': ['lockedAt', 'lockedReason'],
};

export async function applyAdminLabels(strapi: Core.Strapi): Promise<number> {
  const cm = strapi.plugin('content-manager');
  let changed = 0;
  for (const [uid, fields] of Object.entries(adminLabels)) {
    const isComponent = !uid.includes('::');
    if (isComponent ? !strapi.components[uid as never] : !strapi.contentTypes[uid as never]) continue;
    const service = cm.service(isComponent ? 'components' : 'content-types');
    const conf = await service.findConfiguration({ uid });
    let dirty = false;
    if (mainFields[uid] && conf.settings?.mainField !== mainFields[uid]) {
      conf.settings = { ...conf.settings, mainField: mainFields[uid] };
      dirty = true;
    }
    for (const [field, label] of Object.entries(fields)) {
      const meta = conf.metadatas?.[field];
      if (!meta) continue;
      if (meta.edit && (!meta.edit.label || meta.edit.label === field)) {
        meta.edit.label = label;
        dirty = true;
      }
      if (meta.list && (!meta.list.label || meta.list.label === field)) {
        meta.list.label = label;
        dirty = true;
      }
      if (meta.edit && readOnlyFields[uid]?.includes(field) && meta.edit.editable !== false) {
        meta.edit.editable = false;
        dirty = true;
      }
    }
    if (dirty) {
      await service.updateConfiguration({ uid }, { settings: conf.settings, metadatas: conf.metadatas, layouts: conf.layouts });
      changed++;
    }
  }
  return changed;
}
