import { describe, expect, it } from 'vitest';
import {
  decisionDateLimit,
  issueInput,
  lines,
  planIssue,
  type IssueContext,
} from '../../../../../plugins/recognition/shared/domain/decision-issue';

const now = new Date('2026-12-10T03:00:00Z');
const manual: IssueContext = {
  numbering: 'manual',
  suffix: 'QĐ-UBND',
  year: 2026,
  now,
  usedNumbers: ['12/QĐ-UBND'],
  lastSequence: 0,
  signers: 2,
};
const automatic: IssueContext = {
  ...manual,
  numbering: 'automatic',
  usedNumbers: ['01/QĐ-UBND', '02/QĐ-UBND'],
  lastSequence: 2,
};
const base = { signer: 0, recipients: ['Như Điều 3;'] };

const refusal = (r: ReturnType<typeof planIssue>) =>
  r.ok ? null : { code: r.error.code, field: r.error.details?.field, message: r.error.message };

describe('issuing a decision: number, date and signer', () => {
  it('takes the number and date from the register when numbering is manual', () => {
    expect(planIssue({ ...base, number: '2788/QĐ-UBND', date: '2026-12-09' }, manual)).toEqual({
      ok: true,
      value: { number: '2788/QĐ-UBND', date: '2026-12-09', sequence: null },
    });
  });
  it.each([
    [{ date: '2026-12-09' }, 'decision-invalid', 'number', 'nhập số'],
    [{ number: 'số 12', date: '2026-12-09' }, 'decision-invalid', 'number', 'không đúng dạng'],
    [{ number: '12/QĐ-UBND', date: '2026-12-09' }, 'number-taken', 'number', 'đã được dùng'],
    [{ number: '13/QĐ-UBND' }, 'decision-invalid', 'date', 'Ngày quyết định'],
    [{ number: '13/QĐ-UBND', date: '2026-12-11' }, 'decision-invalid', 'date', 'chưa đến'],
    [{ number: '13/QĐ-UBND', date: '2025-12-31' }, 'decision-invalid', 'date', 'trước năm 2026'],
  ])('refuses %o under manual numbering (%s on %s)', (input, code, field, words) => {
    const r = refusal(planIssue({ ...base, ...input }, manual));
    expect(r).toMatchObject({ code, field });
    expect(r!.message).toContain(words);
  });
  it('allocates the next number after the last, gap-free, and dates it today under automatic numbering', () => {
    expect(planIssue(base, automatic)).toEqual({
      ok: true,
      value: { number: '03/QĐ-UBND', date: '2026-12-10', sequence: 3 },
    });
    expect(planIssue(base, { ...automatic, suffix: 'QĐ-CT', lastSequence: 0 })).toMatchObject({
      value: { number: '01/QĐ-CT', sequence: 1 },
    });
    expect(refusal(planIssue({ ...base, number: '05/QĐ-UBND' }, automatic))).toMatchObject({
      field: 'number',
    });
  });
  it('refuses a signer who is not in the jurisdiction’s list', () => {
    expect(
      refusal(planIssue({ ...base, signer: 2, number: '13/QĐ-UBND', date: '2026-12-09' }, manual)),
    ).toMatchObject({ code: 'decision-invalid', field: 'signer' });
  });
  it('asks for at least one recipient and a well-formed date at the boundary', () => {
    expect(issueInput.safeParse({ signer: 0, recipients: [] }).success).toBe(false);
    expect(issueInput.safeParse({ signer: 0, recipients: ['x'], date: '9/12/2026' }).success).toBe(
      false,
    );
  });
  it('reads one entry per non-empty line, trimmed and NFC', () => {
    expect(lines(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c']);
    expect(lines('Ha\u0300 No\u0302\u0323i')).toEqual(['Hà Nội'.normalize('NFC')]);
    expect(lines(null)).toEqual([]);
  });
});

describe('the last day a recognition decision may bear', () => {
  const entry = (appliesTo: 'all' | 'commune' | 'organisation', day: number) => ({
    kind: 'recognition' as const,
    label: 'Xét công nhận',
    day,
    month: 12,
    year: null,
    clause: 'II.4',
    appliesTo,
  });
  it('is the plan’s date for the kinds recognised, the latest of them, or a later extension', () => {
    const calendar = [entry('commune', 10), entry('organisation', 15)];
    expect(decisionDateLimit(calendar, 2026, ['commune'], [])).toMatchObject({
      date: '2026-12-10',
      extended: false,
    });
    expect(decisionDateLimit(calendar, 2026, ['commune', 'organisation'], [])?.date).toBe(
      '2026-12-15',
    );
    expect(
      decisionDateLimit(calendar, 2026, ['commune'], ['2026-12-05', '2026-12-20']),
    ).toMatchObject({ date: '2026-12-20', extended: true });
    expect(decisionDateLimit([], 2026, ['commune'], [])).toBeUndefined();
    // A plan reading "trước ngày 10/12" as the day before: the 9th is the last day.
    expect(decisionDateLimit(calendar, 2026, ['commune'], [], 'day_before')?.date).toBe(
      '2026-12-09',
    );
  });
  it('refuses a date after it, naming the plan’s day and clause', () => {
    const latest = decisionDateLimit([entry('all', 10)], 2026, ['commune'], []);
    const r = planIssue(
      { ...base, number: '2788/QĐ-UBND', date: '2026-12-11' },
      { ...manual, now: new Date('2026-12-12T03:00:00Z'), latest },
    );
    expect(refusal(r)).toMatchObject({ code: 'decision-invalid', field: 'date' });
    expect(refusal(r)?.message).toContain('sau hạn "Xét công nhận" (10/12/2026, mục II.4');
    expect(
      planIssue(
        { ...base, number: '2788/QĐ-UBND', date: '2026-12-10' },
        { ...manual, now: new Date('2026-12-12T03:00:00Z'), latest },
      ).ok,
    ).toBe(true);
  });
});
