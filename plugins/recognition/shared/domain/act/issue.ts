// The number and date an act is issued with, and what it may replace. The number is the next of
// its register's year, or, where the committee keeps its own register (the province's setting),
// the number and day typed from it; either way never one used already that year. Pure.
import { z } from 'zod';
import { calendarDate } from '../calendar-date';
import { decisionDate, decisionNumber } from '../decision-number';
import { registerNumber } from '../decision-issue';
import { err, ok, type Result } from '../errors';
import { displayDate, vietnamDay } from '../vietnam-time';
import { roleLabels, type Role } from '../states';
import { actKindRules, type ActKind } from './kinds';

/** What the issuer types: the number and day from the committee's register, where it keeps one. */
export const actIssueInput = z.object({
  number: z.string().trim().max(60).optional(),
  date: calendarDate.optional(),
});
export type ActIssueInput = z.infer<typeof actIssueInput>;

export type ActIssueContext = {
  kind: ActKind;
  year: number;
  status: 'draft' | 'issued';
  numbering: 'manual' | 'automatic';
  suffix: string;
  now: Date;
  usedNumbers: string[];
  lastSequence: number;
  /** A day the act bears whatever the issuer types (the minutes: the day the council met). */
  fixedDate?: string;
};

export type ActIssuePlan = { number: string; sequence: number | null; date: string };

export function planActIssue(input: ActIssueInput, c: ActIssueContext): Result<ActIssuePlan> {
  const what = actKindRules[c.kind].label;
  if (c.status === 'issued') return err('invalid-transition', `${what} đã ban hành.`);
  const today = vietnamDay(c.now);
  if (c.numbering === 'automatic') {
    if (input.number || input.date)
      return err(
        'decision-invalid',
        `Số và ngày: ${what.toLowerCase()} nhận số tiếp theo trong sổ của năm, không nhập số.`,
        { field: 'number' },
      );
    const sequence = c.lastSequence + 1;
    const date = c.fixedDate ?? decisionDate(c.now, c.year);
    return ok({ number: decisionNumber(sequence, c.suffix), sequence, date });
  }
  const number = (input.number ?? '').normalize('NFC');
  const example = `"${decisionNumber(12, c.suffix)}"`;
  if (!number)
    return err(
      'decision-invalid',
      `Số văn bản: nhập số trong sổ đăng ký văn bản của Ủy ban, ví dụ ${example}.`,
      { field: 'number' },
    );
  if (!registerNumber.test(number))
    return err(
      'decision-invalid',
      `Số văn bản "${number}" không đúng dạng số/ký hiệu, ví dụ ${example}.`,
      { field: 'number' },
    );
  if (c.usedNumbers.includes(number))
    return err('number-taken', `Số ${number} đã được dùng trong năm ${c.year}.`, {
      field: 'number',
    });
  const date = c.fixedDate ?? input.date;
  if (!date)
    return err(
      'decision-invalid',
      'Ngày ban hành: nhập ngày ghi trong sổ đăng ký văn bản (năm-tháng-ngày).',
      { field: 'date' },
    );
  if (date > today)
    return err(
      'decision-invalid',
      `Ngày ban hành ${displayDate(date)} chưa đến: không được sau hôm nay (${displayDate(today)}).`,
      { field: 'date' },
    );
  if (date < `${c.year}-01-01`)
    return err(
      'decision-invalid',
      `Ngày ban hành ${displayDate(date)} trước năm ${c.year} của văn bản.`,
      { field: 'date' },
    );
  return ok({ number, sequence: null, date });
}

/** An earlier act a new one replaces, as the system holds it. */
export type Replaced = {
  kind: ActKind;
  status: 'draft' | 'issued';
  jurisdiction: string;
  number: string | null;
  replacedBy: string | null;
};

/**
 * Whether an act of this kind and province may name that one as the act it replaces: an issued
 * act of the same kind and province, not replaced already. An act is never edited or deleted:
 * it stops applying only by a later act that names it.
 */
export function checkReplaces(
  kind: ActKind,
  jurisdiction: string,
  old: Replaced | null,
): Result<true> {
  if (!old) return err('not-found', 'Không tìm thấy văn bản được thay thế.');
  const what = actKindRules[kind].label.toLowerCase();
  if (old.kind !== kind || old.jurisdiction !== jurisdiction)
    return err(
      'decision-invalid',
      `Văn bản được thay thế phải là ${what} của cùng tỉnh / thành phố.`,
      { field: 'replaces' },
    );
  if (old.status !== 'issued')
    return err(
      'decision-invalid',
      'Văn bản được thay thế chưa ban hành: chỉ thay thế văn bản đã ban hành.',
      {
        field: 'replaces',
      },
    );
  if (old.replacedBy)
    return err('decision-invalid', `Văn bản số ${old.number} đã được thay thế bởi văn bản khác.`, {
      field: 'replaces',
    });
  return ok(true);
}

/** Whether a role may draft or issue an act of this kind (the one table: kinds.ts). */
export function refuseRole(kind: ActKind, role: string, step: 'draft' | 'issue'): Result<true> {
  const rule = actKindRules[kind];
  const allowed = step === 'draft' ? rule.drafters : rule.issuers;
  if ((allowed as readonly string[]).includes(role)) return ok(true);
  return err(
    'forbidden-role',
    `${rule.label}: chỉ ${allowed.map((r: Role) => roleLabels[r]).join(', ')} được ${step === 'draft' ? 'soạn' : 'ký, ban hành'}.`,
  );
}
