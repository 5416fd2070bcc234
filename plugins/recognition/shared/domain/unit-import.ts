// Validation of a unit list (from CSV or XLSX) before anything is written: every row checked,
// every problem reported with its line, column and a Vietnamese reason.
import { z } from 'zod';

import { cleanName } from './text';
import { communeKinds, unitKinds, type UnitKind } from './units';

export { communeKinds, unitKinds, type UnitKind } from './units';

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

const clean = cleanName;

const codePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

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

/** A header check for a list with these columns: an error for every required column that is missing. */
export const headerCheck =
  (required: readonly string[], optional: readonly string[]) =>
  (columns: string[]): RowError[] => {
    const have = new Set(columns.map((c) => clean(c).toLowerCase()));
    return required
      .filter((c) => !have.has(c))
      .map((c) => ({
        line: 1,
        column: c,
        value: '',
        reason: `thiếu cột "${c}" ở dòng tiêu đề; các cột cần có: ${required.join(', ')} (tùy chọn: ${optional.join(', ')})`,
      }));
  };

/** Checks the header of a unit list. */
export const checkHeader = headerCheck(requiredColumns, optionalColumns);

const kindMessage = `loại đơn vị phải là một trong: ${unitKinds.join(', ')} (hoặc Xã, Phường, Đặc khu, Cơ quan, Doanh nghiệp, Cơ sở giáo dục)`;

/** One spreadsheet row, as zod checks it: every column cleaned (NFC, single spaces) first. */
export const unitRowSchema = z
  .object({
    kind: z.preprocess(clean, z.string()).transform((v, ctx) => {
      const kind = parseKind(v);
      if (!kind) ctx.addIssue({ code: 'custom', message: kindMessage });
      return kind as UnitKind;
    }),
    name: z.preprocess(
      clean,
      z.string().min(1, 'tên đơn vị không được để trống').max(200, 'tên đơn vị dài quá 200 ký tự'),
    ),
    code: z.preprocess(
      clean,
      z
        .string()
        .regex(
          codePattern,
          'mã đơn vị phải có 1–40 ký tự gồm chữ không dấu, số, "-", "_" hoặc ".", bắt đầu bằng chữ hoặc số',
        ),
    ),
    formed_from: z.preprocess(clean, z.string()).transform((v) => v || null),
    managing_commune_code: z.preprocess(clean, z.string()).transform((v) => v || null),
    active: z.preprocess(clean, z.string()).transform((v, ctx) => {
      const active = parseActive(v);
      if (active === undefined)
        ctx.addIssue({
          code: 'custom',
          message: 'cột active phải là 1/0, true/false hoặc có/không',
        });
      return active as boolean;
    }),
  })
  .superRefine((row, ctx) => {
    if (!row.managing_commune_code || !row.kind) return;
    if (communeKinds.includes(row.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['managing_commune_code'],
        message: 'chỉ cơ quan, doanh nghiệp, cơ sở giáo dục mới có xã, phường quản lý',
      });
    } else if (row.managing_commune_code === row.code) {
      ctx.addIssue({
        code: 'custom',
        path: ['managing_commune_code'],
        message: 'đơn vị không thể tự quản lý chính nó',
      });
    }
  });

/** Validates rows on their own with zod (existing data is checked by the service). */
export function validateUnitRows(rows: RawRow[]): { rows: ImportRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const out: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const parsed = unitRowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        const raw = clean(cells[column]);
        errors.push({
          line,
          column,
          value: column === 'name' && raw.length > 40 ? `${raw.slice(0, 40)}…` : raw,
          reason: issue.message,
        });
      }
      continue;
    }
    const r = parsed.data;
    if (seen.has(r.code)) {
      errors.push({
        line,
        column: 'code',
        value: r.code,
        reason: `mã đơn vị trùng với dòng ${seen.get(r.code)}`,
      });
      continue;
    }
    seen.set(r.code, line);
    out.push({
      line,
      kind: r.kind,
      name: r.name,
      code: r.code,
      formedFrom: r.formed_from,
      managingCommuneCode: r.managing_commune_code,
      active: r.active,
    });
  }
  return { rows: errors.length ? [] : out, errors };
}

/** One report line per error, as printed by the CLI and shown in the admin. */
export function formatRowError(e: RowError): string {
  return `Dòng ${e.line}, cột "${e.column}"${e.value ? ` (giá trị "${e.value}")` : ''}: ${e.reason}`;
}
