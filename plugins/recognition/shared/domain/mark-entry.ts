// Marks as a Vietnamese user writes them, checked one field at a time: "7,5" and "7.5" are the
// same mark (a phone's number field silently drops the comma, so "7,5" once became 75), and a
// mark that cannot be kept is refused on its own field while every other mark is kept. The
// portal checks a field as it is typed and the server checks what it is sent with the same rules.
import {
  criteriaOf,
  markSchema,
  type CriteriaSetDef,
  type CriterionDef,
  type Mark,
  type Marks,
  type ScoreIssue,
} from './scoring';
import { validateMarks } from './mark-validation';
import { err, ok, type Result } from './errors';

/** A point value written with a comma or a point, at most two decimals: "7,5", "7.5", "10". */
const DECIMAL = /^\d+(?:[.,]\d{1,2})?$/;

export type FieldCheck = { ok: true; value: number | undefined } | { ok: false; message: string };

/** A maximum as written in Vietnamese ("7,5"). */
export const writtenPoints = (n: number) => String(n).replace('.', ',');

/**
 * One typed point value: empty is no mark; anything else must be a number from 0 to the maximum
 * with at most two decimals. The message names what is allowed, as the field will show it.
 */
export function checkPointsText(text: string, max: number | null | undefined): FieldCheck {
  const t = text.trim().replace(/\s+/g, '');
  if (t === '') return { ok: true, value: undefined };
  const range = max != null ? `từ 0 đến ${writtenPoints(max)}` : 'từ 0 trở lên';
  if (t.startsWith('-')) return { ok: false, message: `Điểm không được âm: nhập ${range}.` };
  if (!DECIMAL.test(t)) {
    const decimals = /^\d+[.,]\d{3,}$/.test(t);
    return {
      ok: false,
      message: decimals
        ? `"${t}" có quá hai chữ số thập phân: nhập ${range}, ví dụ 7,5 hoặc 7,25.`
        : `"${t}" không phải là điểm: nhập một số ${range}, ví dụ 7,5.`,
    };
  }
  const value = Number(t.replace(',', '.'));
  if (max != null && Math.round(value * 100) > Math.round(max * 100))
    return { ok: false, message: `${writtenPoints(value)} vượt điểm tối đa: nhập ${range}.` };
  return { ok: true, value };
}

/** A criterion's answer as the form holds it: the choice, or the text typed in each points field. */
export type Entry = {
  passed?: boolean;
  points?: string;
  subItems?: Record<string, string>;
  note?: string;
};
/** A mark the form can send (undefined: the answer was cleared), or why each field cannot be kept (by sub-item code, '' for the criterion's own field). */
export type EntryCheck =
  | { ok: true; mark: Mark | undefined }
  | { ok: false; errors: Record<string, string> };

/** The mark an entry makes, checked field by field against the criterion. */
export function markFromEntry(c: CriterionDef, entry: Entry): EntryCheck {
  const r = answerOf(c, entry);
  // A council member's justification goes with the mark it explains.
  return r.ok && r.mark && entry.note?.trim()
    ? { ok: true, mark: { ...r.mark, note: entry.note } }
    : r;
}

function answerOf(c: CriterionDef, entry: Entry): EntryCheck {
  if (c.scoring === 'pass_fail')
    return { ok: true, mark: entry.passed === undefined ? undefined : { passed: entry.passed } };
  if (c.subItems?.length) {
    const errors: Record<string, string> = {};
    const subItems: Record<string, number> = {};
    for (const s of c.subItems) {
      const r = checkPointsText(entry.subItems?.[s.code] ?? '', s.maxPoints);
      if (!r.ok) errors[s.code] = r.message;
      else if (r.value !== undefined) subItems[s.code] = r.value;
    }
    if (Object.keys(errors).length) return { ok: false, errors };
    return { ok: true, mark: Object.keys(subItems).length ? { subItems } : undefined };
  }
  const r = checkPointsText(entry.points ?? '', c.maxPoints);
  return r.ok
    ? { ok: true, mark: r.value === undefined ? undefined : { points: r.value } }
    : { ok: false, errors: { '': r.message } };
}

/** The entry a saved mark reads as in the form ("7,5" for 7.5). */
export function entryFromMark(mark: Mark | undefined): Entry {
  if (!mark) return {};
  if (mark.note) return { ...entryFromMark({ ...mark, note: undefined }), note: mark.note };
  if (mark.passed !== undefined) return { passed: mark.passed };
  if (mark.subItems)
    return {
      subItems: Object.fromEntries(
        Object.entries(mark.subItems).map(([k, v]) => [k, writtenPoints(v)]),
      ),
    };
  return mark.points === undefined ? {} : { points: writtenPoints(mark.points) };
}

/** Marks kept, criteria whose mark was cleared (sent as null), and each refused mark with why. */
export type KeptMarks = { valid: Marks; cleared: string[]; refused: ScoreIssue[] };

/**
 * Marks sent for saving, split into those that can be kept, those cleared (null) and those
 * refused (each with its criterion and why), so that one wrong mark never discards the others.
 * Nothing to keep and something refused is a refusal of the whole request.
 */
export function keepValidMarks(set: CriteriaSetDef, input: unknown): Result<KeptMarks> {
  const record = (input ?? {}) as Record<string, unknown>;
  const known = new Set(criteriaOf(set).map((c) => c.code));
  const valid: Marks = {};
  const cleared: string[] = [];
  const refused: ScoreIssue[] = [];
  for (const [code, value] of Object.entries(record)) {
    if (value === null && known.has(code)) {
      cleared.push(code);
      continue;
    }
    const r = markSchema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      refused.push({
        criterion: code,
        message: `tiêu chí ${known.has(code) ? code : `"${code}"`}${issue.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue.message}`,
      });
      continue;
    }
    const issues = validateMarks(set, { [code]: r.data });
    if (issues.length) refused.push(...issues);
    else valid[code] = r.data;
  }
  if (refused.length && !Object.keys(valid).length && !cleared.length)
    return err('score-invalid', `Điểm không hợp lệ: ${refused.map((i) => i.message).join('; ')}.`, {
      issues: refused,
    });
  return ok({ valid, cleared, refused });
}
