// An audit event's change as people read it: field by field, what it was and what it became,
// with Vietnamese names for the fields the workflow writes and states in words. Pure.
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
};

const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

type MarkLike = { points?: number; passed?: boolean; subItems?: Record<string, number> };

/** Marks by criterion, as read: "1.1: 10; 1.2: đạt; 2.1: 20" (a criterion's sub-items summed). */
const marksText = (v: Record<string, MarkLike>): string =>
  Object.entries(v)
    .map(([code, m]) => {
      const value = m?.passed !== undefined ? (m.passed ? 'đạt' : 'không đạt') : m?.subItems ? Object.values(m.subItems).reduce((x, y) => x + Number(y || 0), 0) : (m?.points ?? '—');
      return `${code}: ${value}`;
    })
    .join('; ');

const text = (field: string, v: unknown): string => {
  if (v === undefined || v === null || v === '') return '—';
  if (field === 'state' && typeof v === 'string') return stateLabel(v);
  if ((field === 'marks' || field === 'selfMarks') && typeof v === 'object') return shorten(marksText(v as Record<string, MarkLike>));
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  return shorten(typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v));
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields an event changed (or set, or removed), in the order they appear, labelled. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.filter((f) => !same(b[f], a[f])).map((f) => ({ field: f, label: fieldLabels[f] ?? f, before: text(f, b[f]), after: text(f, a[f]) }));
}
