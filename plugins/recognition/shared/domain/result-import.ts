// Validation of a list of units' results of a year (from CSV or XLSX) before anything is written:
// "An toàn về an ninh, trật tự" and the movement's classification, with their references.
import { z } from 'zod';
import { classifications, type Classification } from './eligibility';
import { cleanName } from './text';
import { headerCheck, type RawRow, type RowError } from './unit-import';

export const resultColumns = {
  required: ['unit_code', 'antt_safe'],
  optional: ['antt_decision_ref', 'classification', 'classification_ref'],
} as const;
export type ResultRow = {
  line: number;
  unitCode: string;
  anttSafe: boolean;
  anttDecisionRef: string | null;
  classification: Classification | null;
  classificationRef: string | null;
};

const key = (v: unknown) => cleanName(String(v ?? '')).toLocaleLowerCase('vi-VN');
const yes = ['có', 'đạt', 'x', '1', 'true', 'yes', 'an toàn'];
const no = ['không', 'chưa đạt', 'không đạt', '0', 'false', 'no', ''];
const classificationAliases: Record<string, Classification> = {
  'xuất sắc': 'xuat_sac',
  khá: 'kha',
  'trung bình': 'trung_binh',
  yếu: 'yeu',
  xuat_sac: 'xuat_sac',
  kha: 'kha',
  trung_binh: 'trung_binh',
  yeu: 'yeu',
};
const ref = z.preprocess(
  (v) => cleanName(String(v ?? '')) || null,
  z.string().max(200, 'dài quá 200 ký tự').nullable(),
);

const rowSchema = z.object({
  unit_code: z.preprocess(
    (v) => String(v ?? '').trim(),
    z.string().min(1, 'cần mã đơn vị').max(40, 'mã đơn vị dài quá 40 ký tự'),
  ),
  antt_safe: z.preprocess(
    (v) => (yes.includes(key(v)) ? true : no.includes(key(v)) ? false : v),
    z.boolean({
      message: 'ghi "có" hoặc "không" (đạt hay chưa đạt "An toàn về an ninh, trật tự")',
    }),
  ),
  antt_decision_ref: ref,
  classification: z.preprocess(
    (v) => (key(v) === '' ? null : (classificationAliases[key(v)] ?? v)),
    z
      .enum(classifications, {
        message: 'xếp loại là "xuất sắc", "khá", "trung bình", "yếu" hoặc để trống',
      })
      .nullable(),
  ),
  classification_ref: ref,
});

export const checkResultHeader = headerCheck(resultColumns.required, resultColumns.optional);

export function validateResultRows(rows: RawRow[]): { rows: ResultRow[]; errors: RowError[] } {
  const out: ResultRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        errors.push({
          line,
          column: String(i.path[0] ?? ''),
          value: String(cells[String(i.path[0] ?? '')] ?? ''),
          reason: i.message,
        });
      continue;
    }
    const r = parsed.data;
    const first = seen.get(r.unit_code);
    if (first)
      errors.push({
        line,
        column: 'unit_code',
        value: r.unit_code,
        reason: `mã đơn vị trùng với dòng ${first}`,
      });
    else seen.set(r.unit_code, line);
    out.push({
      line,
      unitCode: r.unit_code,
      anttSafe: r.antt_safe,
      anttDecisionRef: r.antt_decision_ref,
      classification: r.classification,
      classificationRef: r.classification_ref,
    });
  }
  return { rows: out, errors };
}
