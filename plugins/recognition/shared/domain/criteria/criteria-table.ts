// A criteria set's groups, criteria and sub-items from a spreadsheet (CSV or XLSX, one row per
// criterion or sub-item): the template's columns, Vietnamese words for the scoring and the
// yes/no columns, "7,5" as well as "7.5", group and criterion codes carried down the rows a
// spreadsheet leaves blank under merged cells. Every problem names its line and column. Pure.
import { headerCheck, type RawRow, type RowError } from '../unit-import';
import type { CriteriaSetFile } from './criteria-file';

export const criteriaColumns = ['group_code', 'group_title', 'code', 'title'] as const;
export const criteriaOptionalColumns = [
  'scoring',
  'max_points',
  'mandatory',
  'knock_out',
  'evidence_required',
  'evidence_guidance',
  'sub_code',
  'sub_title',
  'sub_points',
] as const;
export const checkCriteriaHeader = headerCheck(criteriaColumns, criteriaOptionalColumns);

type Groups = CriteriaSetFile['groups'];
/** Where each group, criterion and sub-item of the assembled set came from: "g0", "g0.c1", "g0.c1.s2". */
export type LineMap = Map<string, number>;

const YES = ['x', '1', 'có', 'co', 'true', 'yes', 'đúng'];
const NO = ['', '0', 'không', 'khong', 'false', 'no'];
const SCORING: Record<string, 'points' | 'pass_fail'> = {
  points: 'points',
  điểm: 'points',
  'chấm điểm': 'points',
  pass_fail: 'pass_fail',
  đạt: 'pass_fail',
  'đạt/không đạt': 'pass_fail',
  'đạt / không đạt': 'pass_fail',
};

const cell = (r: RawRow, c: string) => (r.cells[c] ?? '').normalize('NFC').trim();

export function criteriaFromRows(rows: RawRow[]): {
  groups: Groups;
  lines: LineMap;
  errors: RowError[];
} {
  const errors: RowError[] = [];
  const lines: LineMap = new Map();
  const groups: Groups = [];
  const fail = (r: RawRow, column: string, reason: string) =>
    errors.push({ line: r.line, column, value: cell(r, column), reason });
  const yesNo = (r: RawRow, column: string): boolean => {
    const v = cell(r, column).toLocaleLowerCase('vi-VN');
    if (YES.includes(v)) return true;
    if (!NO.includes(v)) fail(r, column, 'ghi "x" hoặc "có" khi đúng, để trống khi không');
    return false;
  };
  const number = (r: RawRow, column: string): number | null => {
    const v = cell(r, column).replace(/\s+/g, '');
    if (!v) return null;
    if (!/^\d+(?:[.,]\d{1,2})?$/.test(v)) {
      fail(r, column, 'là số không âm, tối đa hai chữ số thập phân (ví dụ 7,5)');
      return null;
    }
    return Number(v.replace(',', '.'));
  };
  let group: Groups[number] | undefined;
  let criterion: Groups[number]['criteria'][number] | undefined;
  for (const r of rows) {
    const groupCode = cell(r, 'group_code') || group?.code || '';
    if (!groupCode) {
      fail(r, 'group_code', 'dòng đầu tiên phải có mã nhóm');
      continue;
    }
    if (!group || group.code !== groupCode) {
      if (groups.some((g) => g.code === groupCode)) {
        fail(
          r,
          'group_code',
          `nhóm ${groupCode} đã có ở trên: các dòng của một nhóm phải liền nhau`,
        );
        continue;
      }
      group = { code: groupCode, title: cell(r, 'group_title'), criteria: [] };
      lines.set(`g${groups.length}`, r.line);
      groups.push(group);
      criterion = undefined;
    }
    const gi = groups.length - 1;
    const code = cell(r, 'code') || (cell(r, 'sub_code') ? criterion?.code : '') || '';
    if (!code) {
      fail(r, 'code', 'thiếu mã tiêu chí');
      continue;
    }
    if (!criterion || criterion.code !== code) {
      const written = cell(r, 'scoring').toLocaleLowerCase('vi-VN');
      const maxPoints = number(r, 'max_points');
      const scoring = written ? SCORING[written] : maxPoints != null ? 'points' : 'pass_fail';
      if (!scoring) fail(r, 'scoring', 'là "điểm" (chấm điểm) hoặc "đạt/không đạt"');
      criterion = {
        code,
        title: cell(r, 'title'),
        scoring: scoring ?? 'points',
        maxPoints,
        mandatory: yesNo(r, 'mandatory'),
        knockOut: yesNo(r, 'knock_out'),
        evidenceRequired: yesNo(r, 'evidence_required'),
        evidenceGuidance: cell(r, 'evidence_guidance') || null,
        subItems: [],
      };
      lines.set(`g${gi}.c${group.criteria.length}`, r.line);
      group.criteria.push(criterion);
    }
    const subCode = cell(r, 'sub_code');
    if (subCode) {
      lines.set(`g${gi}.c${group.criteria.length - 1}.s${criterion.subItems.length}`, r.line);
      criterion.subItems.push({
        code: subCode,
        title: cell(r, 'sub_title'),
        maxPoints: number(r, 'sub_points'),
      });
    } else if (cell(r, 'sub_title') || cell(r, 'sub_points'))
      fail(r, 'sub_code', 'nội dung con phải có mã (ví dụ a, b, c)');
  }
  return { groups, lines, errors };
}

/**
 * The line a problem of the assembled set points at, from its path in the set ("groups", 0,
 * "criteria", 1, "title"): the deepest group, criterion or sub-item it names.
 */
export function lineOf(lines: LineMap, path: readonly PropertyKey[]): number | undefined {
  const [, g, , c, , s] = path;
  const keys = [
    `g${String(g)}.c${String(c)}.s${String(s)}`,
    `g${String(g)}.c${String(c)}`,
    `g${String(g)}`,
  ];
  for (const k of keys) if (lines.has(k)) return lines.get(k);
  return undefined;
}
