// Validation of a unit list (from CSV or XLSX) before anything is written: every row checked,
// every problem reported with its line, column and a Vietnamese reason.
import { z } from 'zod';

export const unitKinds = ['xa', 'phuong', 'dac_khu', 'co_quan', 'doanh_nghiep', 'co_so_giao_duc'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const communeKinds: readonly UnitKind[] = ['xa', 'phuong', 'dac_khu'];

export const requiredColumns = ['kind', 'name', 'code'] as const;
export const optionalColumns = ['formed_from', 'managing_commune_code', 'active'] as const;

/** Vietnamese words editors type in spreadsheets, mapped to kinds. */
const kindAliases: Record<string, UnitKind> = {
  xã: 'xa',
  phường: 'phuong',
  'đặc khu': 'dac_khu',
  'cơ quan': 'co_quan',
  'doanh nghiệp': 'doanh_nghiep',
  'cơ sở giáo dục': 'co_so_giao_duc',
  'trường học': 'co_so_giao_duc',
};

export type RawRow = { line: number; cells: Record<string, string> };

export type ImportRow = {
  line: number;
  kind: UnitKind;
  name: string;
  code: string;
  formedFrom: string | null;
  managingCommuneCode: string | null;
  active: boolean;
};

export type RowError = { line: number; column: string; value: string; reason: string };

const clean = (v: string | undefined) => (v ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

const codeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/);

function parseKind(value: string): UnitKind | undefined {
  const v = value.toLocaleLowerCase('vi-VN');
  return (unitKinds as readonly string[]).includes(v) ? (v as UnitKind) : kindAliases[v];
}

function parseActive(value: string): boolean | undefined {
  const v = value.toLocaleLowerCase('vi-VN');
  if (v === '') return true;
  if (['1', 'true', 'có', 'co', 'x', 'yes'].includes(v)) return true;
  if (['0', 'false', 'không', 'khong', 'no'].includes(v)) return false;
  return undefined;
}

/** Checks the header: returns an error for every required column that is missing. */
export function checkHeader(columns: string[]): RowError[] {
  const have = new Set(columns.map((c) => clean(c).toLowerCase()));
  return requiredColumns
    .filter((c) => !have.has(c))
    .map((c) => ({
      line: 1,
      column: c,
      value: '',
      reason: `thiếu cột "${c}" ở dòng tiêu đề; các cột cần có: ${requiredColumns.join(', ')} (tùy chọn: ${optionalColumns.join(', ')})`,
    }));
}

/** Validates rows on their own (existing data is checked by the service). */
export function validateUnitRows(rows: RawRow[]): { rows: ImportRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const out: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const err = (column: string, value: string, reason: string) => errors.push({ line, column, value, reason });
    const rawKind = clean(cells.kind);
    const kind = parseKind(rawKind);
    if (!kind) err('kind', rawKind, `loại đơn vị phải là một trong: ${unitKinds.join(', ')} (hoặc Xã, Phường, Đặc khu, Cơ quan, Doanh nghiệp, Cơ sở giáo dục)`);
    const name = clean(cells.name);
    if (!name) err('name', name, 'tên đơn vị không được để trống');
    else if (name.length > 200) err('name', name.slice(0, 40) + '…', 'tên đơn vị dài quá 200 ký tự');
    const code = clean(cells.code);
    if (!codeSchema.safeParse(code).success) {
      err('code', code, 'mã đơn vị phải có 1–40 ký tự gồm chữ không dấu, số, "-", "_" hoặc ".", bắt đầu bằng chữ hoặc số');
    } else if (seen.has(code)) {
      err('code', code, `mã đơn vị trùng với dòng ${seen.get(code)}`);
    } else {
      seen.set(code, line);
    }
    const managing = clean(cells.managing_commune_code) || null;
    if (managing && kind && communeKinds.includes(kind)) {
      err('managing_commune_code', managing, 'chỉ cơ quan, doanh nghiệp, cơ sở giáo dục mới có xã, phường quản lý');
    }
    if (managing && managing === code) err('managing_commune_code', managing, 'đơn vị không thể tự quản lý chính nó');
    const rawActive = clean(cells.active);
    const active = parseActive(rawActive);
    if (active === undefined) err('active', rawActive, 'cột active phải là 1/0, true/false hoặc có/không');
    if (kind && name && code && active !== undefined) {
      out.push({ line, kind, name, code, formedFrom: clean(cells.formed_from) || null, managingCommuneCode: managing, active });
    }
  }
  return { rows: errors.length ? [] : out, errors };
}

/** One report line per error, as printed by the CLI and shown in the admin. */
export function formatRowError(e: RowError): string {
  return `Dòng ${e.line}, cột "${e.column}"${e.value ? ` (giá trị "${e.value}")` : ''}: ${e.reason}`;
}
