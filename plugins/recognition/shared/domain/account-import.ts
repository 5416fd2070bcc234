// Validation of an account list (officers and council members, from CSV or XLSX) before anything
// is written: every row checked, every problem reported with its line, column and reason.
import { z } from 'zod';
import { cleanName } from './text';
import { headerCheck, type RawRow, type RowError } from './unit-import';

export const accountColumns = {
  required: ['full_name', 'email', 'role'],
  optional: ['unit_code'],
} as const;
export type AccountRole = 'unit_officer' | 'council_member';
export type AccountRow = {
  line: number;
  fullName: string;
  email: string;
  role: AccountRole;
  unitCode: string | null;
};

const roleAliases: Record<string, AccountRole> = {
  unit_officer: 'unit_officer',
  'cán bộ đơn vị': 'unit_officer',
  'cán bộ': 'unit_officer',
  council_member: 'council_member',
  'thành viên hội đồng': 'council_member',
  'hội đồng': 'council_member',
};

const rowSchema = z
  .object({
    full_name: z.preprocess(
      (v) => cleanName(String(v ?? '')),
      z.string().min(2, 'cần họ tên (ít nhất 2 ký tự)').max(200, 'họ tên dài quá 200 ký tự'),
    ),
    email: z.preprocess(
      (v) =>
        String(v ?? '')
          .trim()
          .toLowerCase(),
      z.string().email('không phải địa chỉ e-mail hợp lệ').max(200),
    ),
    role: z.preprocess(
      (v) => roleAliases[cleanName(String(v ?? '')).toLocaleLowerCase('vi-VN')] ?? v,
      z.enum(['unit_officer', 'council_member'], {
        message:
          'vai trò là "cán bộ đơn vị" (unit_officer) hoặc "thành viên hội đồng" (council_member)',
      }),
    ),
    unit_code: z.preprocess((v) => String(v ?? '').trim() || null, z.string().max(40).nullable()),
  })
  .superRefine((r, ctx) => {
    if (r.role === 'unit_officer' && !r.unit_code)
      ctx.addIssue({ code: 'custom', path: ['unit_code'], message: 'cán bộ đơn vị cần mã đơn vị' });
  });

export const checkAccountHeader = headerCheck(accountColumns.required, accountColumns.optional);

export function validateAccountRows(rows: RawRow[]): { rows: AccountRow[]; errors: RowError[] } {
  const out: AccountRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const column = String(i.path[0] ?? '');
        errors.push({ line, column, value: String(cells[column] ?? ''), reason: i.message });
      }
      continue;
    }
    const r = parsed.data;
    const first = seen.get(r.email);
    if (first)
      errors.push({
        line,
        column: 'email',
        value: r.email,
        reason: `e-mail trùng với dòng ${first}`,
      });
    else seen.set(r.email, line);
    out.push({ line, fullName: r.full_name, email: r.email, role: r.role, unitCode: r.unit_code });
  }
  return { rows: out, errors };
}
