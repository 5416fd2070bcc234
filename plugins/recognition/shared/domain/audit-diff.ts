// An audit event's change as people read it: field by field, what it was and what it became,
// with Vietnamese names for the fields the workflow writes and states in words. Pure.
import { bareValueLabels } from './field-values';
import { fieldLabels as contentFieldLabels } from './field-labels';
import { stateLabel } from './states';

export type FieldChange = { field: string; label: string; before: string; after: string };

const fieldLabels: Record<string, string> = {
  state: 'Trạng thái',
  marks: 'Điểm',
  selfMarks: 'Điểm tự chấm',
  total: 'Tổng điểm',
  reason: 'Lý do',
  number: 'Số quyết định',
  date: 'Ngày',
  decision: 'Quyết định',
  serial: 'Số giấy chứng nhận',
  certificate: 'Giấy chứng nhận',
  certificateStatus: 'Tình trạng giấy chứng nhận',
  sha256: 'Mã băm SHA-256',
  status: 'Trạng thái',
  signer: 'Người ký',
  members: 'Thành viên',
  votes: 'Biểu quyết',
  conclusion: 'Kết luận',
  until: 'Đến ngày',
  kind: 'Loại',
  year: 'Năm',
  message: 'Nội dung',
  onBehalf: 'Thư ký làm thay đơn vị',
  file: 'Tệp',
  name: 'Tên',
  code: 'Mã',
  version: 'Phiên bản',
  changes: 'Nội dung sửa đổi',
  amends: 'Sửa đổi quyết định',
  format: 'Định dạng',
  cutOff: 'Tính đến ngày',
  part: 'Thành phần hồ sơ',
  member: 'Thành viên',
  criterion: 'Tiêu chí',
  voidedVotes: 'Biểu quyết bị hủy',
  voidedScores: 'Phiếu chấm bị hủy',
  rules: 'Quy định áp dụng',
  ref: 'Tham chiếu',
  merged: 'Gộp vào',
  draft: 'Dự thảo',
  units: 'Đơn vị',
  unit: 'Đơn vị',
  slug: 'Mã định danh',
  signerName: 'Họ tên người ký',
  chair: 'Chủ tịch hội đồng',
  chairEmail: 'Chủ tịch hội đồng',
  secretary: 'Thư ký hội đồng',
  secretaryEmail: 'Thư ký hội đồng',
  present: 'Có mặt',
  length: 'Số lượng',
  count: 'Số lượng',
  jurisdiction: 'Tỉnh / thành phố',
  events: 'Sự kiện',
  councilTotal: 'Tổng điểm thẩm định',
  criteriaSet: 'Bộ tiêu chí',
  plan: 'Kế hoạch',
  email: 'Thư điện tử',
  firstname: 'Tên',
  lastname: 'Họ',
  isActive: 'Đang hoạt động',
  blocked: 'Bị khóa',
  roles: 'Vai trò',
  role: 'Vai trò',
  action: 'Thao tác',
  subject: 'Đối tượng',
  conditions: 'Điều kiện',
  size: 'Dung lượng',
  mime: 'Loại tệp',
  note: 'Ghi chú',
  attendance: 'Thành phần dự họp',
  startedAt: 'Bắt đầu lúc',
  endedAt: 'Kết thúc lúc',
  place: 'Địa điểm',
  documentId: 'Mã tài liệu',
  // What the deciders' events carry besides the fields they change (shared/domain/*/events).
  complete: 'Đã chấm đủ mọi tiêu chí',
  readyForVote: 'Hội đồng đã chấm đủ, sẵn sàng biểu quyết',
  saved: 'Tiêu chí đã lưu',
  refused: 'Điểm bị từ chối',
  at: 'Lúc',
  sequence: 'Số thứ tự trong sổ',
  issuedAt: 'Ban hành lúc',
  issuedBy: 'Người ban hành',
  submittedAt: 'Nộp hồ sơ lúc',
  decidedAt: 'Quyết định lúc',
  stateReason: 'Lý do',
  selfTotal: 'Tổng điểm tự chấm',
};

const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

type MarkLike = { points?: number; passed?: boolean; subItems?: Record<string, number> };

/** Marks by criterion, as read: "1.1: 10; 1.2: đạt; 2.1: 20" (a criterion's sub-items summed). */
const marksText = (v: Record<string, MarkLike>): string =>
  Object.entries(v)
    .map(([code, m]) => {
      const value =
        m?.passed !== undefined
          ? m.passed
            ? 'đạt'
            : 'không đạt'
          : m?.subItems
            ? Object.values(m.subItems).reduce((x, y) => x + Number(y || 0), 0)
            : (m?.points ?? '—');
      return `${code}: ${value}`;
    })
    .join('; ');

/** The content type an audit subject is, for its fields' labels: "unit" is api::unit.unit, "registration" the plugin's. */
const labelsOf = (subjectType: string | null | undefined): Record<string, string> =>
  subjectType
    ? {
        ...(contentFieldLabels[`plugin::recognition.${subjectType}`] ?? {}),
        ...(contentFieldLabels[`api::${subjectType}.${subjectType}`] ?? {}),
      }
    : {};

const valueWords = bareValueLabels();
const isoMoment = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const NAMING = ['name', 'title', 'heading', 'label', 'number', 'code', 'email', 'slug'] as const;

/** A value as people read it: words for codes, dates as dd/mm/yyyy, a list or a record by what names it, never raw JSON. */
function words(v: unknown, depth = 0): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (typeof v === 'number') return String(v).replace('.', ',');
  if (typeof v === 'string') {
    if (isoMoment.test(v)) return displayMoment(v);
    return valueWords[v] ?? v;
  }
  if (Array.isArray(v)) {
    if (!v.length) return '(trống)';
    if (
      depth > 0 ||
      v.some(
        (x) => x && typeof x === 'object' && !NAMING.some((k) => (x as Record<string, unknown>)[k]),
      )
    )
      return `${v.length} mục`;
    return v.map((x) => words(x, depth + 1)).join('; ');
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const name = NAMING.map((k) => o[k]).find((x) => typeof x === 'string' && x);
    if (name) return String(name);
    if (depth > 0) return 'liên kết';
    const keys = Object.keys(o).filter(
      (k) =>
        ![
          'id',
          'documentId',
          '__component',
          'createdAt',
          'updatedAt',
          'publishedAt',
          'locale',
        ].includes(k),
    );
    if (!keys.length) return 'liên kết';
    return keys.map((k) => `${fieldLabels[k] ?? k}: ${words(o[k], depth + 1)}`).join('; ');
  }
  return String(v);
}

/** "2026-12-08" as 08/12/2026, a moment with its time in Vietnam. */
function displayMoment(iso: string): string {
  if (iso.length === 10) return iso.split('-').reverse().join('/');
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const text = (field: string, v: unknown): string => {
  if (v === undefined || v === null || v === '') return '—';
  if (field === 'state' && typeof v === 'string') return stateLabel(v);
  if ((field === 'marks' || field === 'selfMarks') && typeof v === 'object')
    return shorten(marksText(v as Record<string, MarkLike>));
  return shorten(words(v));
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an event changed (or set, or removed), in the order they appear, labelled: the
 * workflow's own names first, then the subject's content-type labels (a unit's, a plan's), and
 * a field no label names shown as "Trường <name>" rather than passed off as a word.
 */
export function fieldChanges(
  before: unknown,
  after: unknown,
  subjectType?: string | null,
): FieldChange[] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const own = labelsOf(subjectType);
  return fields
    .filter((f) => !same(b[f], a[f]))
    .map((f) => ({
      field: f,
      label: own[f] ?? fieldLabels[f] ?? `Trường ${f}`,
      before: text(f, b[f]),
      after: text(f, a[f]),
    }));
}
