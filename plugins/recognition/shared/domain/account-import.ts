// Validation of an account list (officers of units, communes and departments, council members,
// from CSV or XLSX) before anything is written: every row checked, every problem reported with
// its line, column and reason.
import { z } from 'zod';
import { cleanName } from './text';
import { headerCheck, type RawRow, type RowError } from './unit-import';

export const accountColumns = {
  required: ['full_name', 'email', 'role'],
  optional: ['unit_code'],
} as const;
export const accountRoles = [
  'unit_officer',
  'commune_officer',
  'department_officer',
  'council_member',
] as const;
export type AccountRole = (typeof accountRoles)[number];
/** The users-permissions role each account role signs in with (people/roles.ts makes them). */
export const portalRoleTypes = {
  unit_officer: 'unit-officer',
  commune_officer: 'tier-officer',
  department_officer: 'tier-officer',
  council_member: 'council-member',
} as const satisfies Record<AccountRole, string>;
/** The roles held on a unit (their row names it): the unit's, a commune's, a department's officer. */
export const unitAccountRoles: readonly AccountRole[] = [
  'unit_officer',
  'commune_officer',
  'department_officer',
];
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
  commune_officer: 'commune_officer',
  'cán bộ xã': 'commune_officer',
  'cán bộ xã, phường': 'commune_officer',
  department_officer: 'department_officer',
  'cán bộ sở': 'department_officer',
  'cán bộ sở, ban, ngành': 'department_officer',
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
      z.enum(accountRoles, {
        message:
          'vai trò là "cán bộ đơn vị" (unit_officer), "cán bộ xã, phường" (commune_officer), "cán bộ sở, ban, ngành" (department_officer) hoặc "thành viên hội đồng" (council_member)',
      }),
    ),
    unit_code: z.preprocess((v) => String(v ?? '').trim() || null, z.string().max(40).nullable()),
  })
  .superRefine((r, ctx) => {
    if (unitAccountRoles.includes(r.role) && !r.unit_code)
      ctx.addIssue({
        code: 'custom',
        path: ['unit_code'],
        message:
          r.role === 'unit_officer'
            ? 'cán bộ đơn vị cần mã đơn vị'
            : `cán bộ ${r.role === 'commune_officer' ? 'xã, phường' : 'sở, ban, ngành'} cần mã đơn vị của ${r.role === 'commune_officer' ? 'xã, phường' : 'sở, ban, ngành'} đó`,
      });
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
