// The public register of a province's year ("công khai" in both plans): what anyone may read of
// each recognised unit — name, kind, status, the decision and the certificate's verification
// link — and nothing else (no scores, no people).
import { kindLabel } from './units';
import { displayDate, vietnamDay } from './vietnam-time';

export type RegisterRecord = {
  /** The unit as the decision named it. */
  unit: string;
  /** Its name now, when renamed since. */
  nowCalled: string | null;
  kind: string;
  status: 'recognised' | 'maintained' | 'revoked';
  decisionNumber: string;
  decisionDate: string;
  serial: string;
  revokedAt: string | null;
  /** The decision that revoked it. */
  revocationNumber: string | null;
  revocationDate: string | null;
};

export const registerStatusLabels: Record<RegisterRecord['status'], string> = {
  recognised: 'Đạt điển hình',
  maintained: 'Duy trì điển hình',
  revoked: 'Đã thu hồi công nhận',
};

/** One row of the register, with the address that verifies it. */
export function registerRow(r: RegisterRecord, publicUrl: string) {
  return {
    unit: r.unit,
    nowCalled: r.nowCalled,
    kind: kindLabel(r.kind),
    status: r.status,
    statusLabel: registerStatusLabels[r.status],
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    serial: r.serial,
    verifyUrl: `${publicUrl.replace(/\/$/, '')}/verify/${r.serial}`,
    revokedAt: r.revokedAt,
    revocationNumber: r.revocationNumber,
    revocationDate: r.revocationDate,
  };
}
export type RegisterRow = ReturnType<typeof registerRow>;

/**
 * The columns of the CSV, in order, with their Vietnamese headings: what a person opens in a
 * spreadsheet, so statuses in words and dates as dd/mm/yyyy (the JSON form keeps the codes and
 * ISO dates for programs).
 */
export const registerColumns: [keyof RegisterRow, string][] = [
  ['unit', 'Đơn vị'],
  ['nowCalled', 'Tên hiện nay (nếu đã đổi)'],
  ['kind', 'Loại'],
  ['statusLabel', 'Trạng thái'],
  ['decisionNumber', 'Số quyết định'],
  ['decisionDate', 'Ngày quyết định'],
  ['serial', 'Số giấy chứng nhận'],
  ['verifyUrl', 'Địa chỉ kiểm tra'],
  ['revokedAt', 'Ngày thu hồi'],
  ['revocationNumber', 'Số quyết định thu hồi'],
  ['revocationDate', 'Ngày quyết định thu hồi'],
];

const dateColumns: (keyof RegisterRow)[] = ['decisionDate', 'revokedAt', 'revocationDate'];

/** One CSV line's cells, as a person reads them. */
export const registerCsvCells = (u: RegisterRow): string[] =>
  registerColumns.map(([k]) => {
    const v = u[k];
    if (v == null || v === '') return '';
    // A moment (revokedAt) is the day it was in Vietnam; a date is itself.
    if (dateColumns.includes(k))
      return displayDate(String(v).includes('T') ? vietnamDay(new Date(String(v))) : String(v));
    return String(v);
  });
