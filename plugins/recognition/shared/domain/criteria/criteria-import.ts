// Reading an imported criteria set whole, from JSON (the published schema) or from a spreadsheet
// with the set's own fields given beside it, into a set to store or the list of every problem:
// nothing is stored unless the whole set is right. Pure.
import type { z } from 'zod';
import type { RawRow } from '../unit-import';
import { checkCriteriaSet, criteriaSetFile, type CriteriaSetFile } from './criteria-file';
import { checkCriteriaHeader, criteriaFromRows, lineOf, type LineMap } from './criteria-table';

/** One problem of an import: its line (spreadsheets), its place in the set, and why. */
export type ImportProblem = { line?: number; column?: string; where: string; reason: string };
export type ReadSet = { ok: true; set: CriteriaSetFile } | { ok: false; problems: ImportProblem[] };

const fieldWords: Record<string, string> = {
  code: 'mã',
  title: 'tên',
  legalBasis: 'căn cứ pháp lý',
  effectiveFrom: 'ngày có hiệu lực',
  effectiveTo: 'ngày hết hiệu lực',
  kinds: 'loại đơn vị áp dụng',
  threshold: 'ngưỡng công nhận',
  minTotal: 'điểm tối thiểu',
  groups: 'nhóm',
  criteria: 'tiêu chí',
  subItems: 'nội dung con',
  scoring: 'cách chấm',
  maxPoints: 'điểm tối đa',
  evidenceGuidance: 'hướng dẫn minh chứng',
};

/** "nhóm 1 › tiêu chí 2 › điểm tối đa" for a path in the set. */
function where(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    if (typeof p === 'number') words[words.length - 1] += ` ${p + 1}`;
    else words.push(fieldWords[String(p)] ?? String(p));
  }
  return words.join(' › ') || 'bộ tiêu chí';
}

const issuesOf = (error: z.ZodError, lines?: LineMap): ImportProblem[] =>
  error.issues.map((i) => ({
    ...(lines ? { line: lineOf(lines, i.path) } : {}),
    where: where(i.path),
    reason: i.message,
  }));

function checked(input: unknown, lines?: LineMap): ReadSet {
  const parsed = criteriaSetFile.safeParse(input);
  if (!parsed.success) return { ok: false, problems: issuesOf(parsed.error, lines) };
  const problems = checkCriteriaSet(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, set: parsed.data };
}

/** A set written as JSON in the published schema. */
export function readCriteriaJson(text: string): ReadSet {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ where: 'tệp JSON', reason: `không đọc được: ${(e as Error).message}` }],
    };
  }
  return checked(value);
}

/** A set from a spreadsheet's rows, with the set's own fields (code, title, basis…) given apart. */
export function readCriteriaTable(
  meta: Omit<CriteriaSetFile, 'groups'>,
  columns: string[],
  rows: RawRow[],
): ReadSet {
  const header = checkCriteriaHeader(columns);
  if (header.length)
    return {
      ok: false,
      problems: header.map((h) => ({
        line: h.line,
        column: h.column,
        where: 'dòng tiêu đề',
        reason: h.reason,
      })),
    };
  const { groups, lines, errors } = criteriaFromRows(rows);
  if (errors.length)
    return {
      ok: false,
      problems: errors.map((e) => ({
        line: e.line,
        column: e.column,
        where: `dòng ${e.line}, cột ${e.column}${e.value ? ` ("${e.value}")` : ''}`,
        reason: e.reason,
      })),
    };
  return checked({ ...meta, groups }, lines);
}
