import { describe, expect, it } from 'vitest';
import {
  checkPointsText,
  entryFromMark,
  keepValidMarks,
  markFromEntry,
} from '../../../../../plugins/recognition/shared/domain/mark-entry';
import type { CriteriaSetDef } from '../../../../../plugins/recognition/shared/domain/scoring';

const set: CriteriaSetDef = {
  groups: [
    {
      code: '1',
      title: 'Nhóm',
      criteria: [
        {
          code: '1.1',
          title: 'Điểm',
          scoring: 'points',
          maxPoints: 10,
          mandatory: false,
          knockOut: false,
        },
        { code: '1.2', title: 'Đạt', scoring: 'pass_fail', mandatory: false, knockOut: true },
        {
          code: '1.3',
          title: 'Con',
          scoring: 'points',
          maxPoints: 10,
          mandatory: false,
          knockOut: false,
          subItems: [
            { code: 'a', title: 'a', maxPoints: 5 },
            { code: 'b', title: 'b', maxPoints: 5 },
          ],
        },
      ],
    },
  ],
};

describe('a mark as it is typed', () => {
  it('reads a comma or a point as the decimal mark', () => {
    expect(checkPointsText('7,5', 10)).toEqual({ ok: true, value: 7.5 });
    expect(checkPointsText(' 7.25 ', 10)).toEqual({ ok: true, value: 7.25 });
    expect(checkPointsText('10', 10)).toEqual({ ok: true, value: 10 });
    expect(checkPointsText('0', 10)).toEqual({ ok: true, value: 0 });
    expect(checkPointsText('', 10)).toEqual({ ok: true, value: undefined });
  });

  it('refuses, naming what is allowed, what is not a mark', () => {
    expect(checkPointsText('75', 10)).toEqual({
      ok: false,
      message: '75 vượt điểm tối đa: nhập từ 0 đến 10.',
    });
    expect(checkPointsText('10,01', 10)).toEqual({
      ok: false,
      message: '10,01 vượt điểm tối đa: nhập từ 0 đến 10.',
    });
    expect(checkPointsText('7,555', 10)).toEqual({
      ok: false,
      message: '"7,555" có quá hai chữ số thập phân: nhập từ 0 đến 10, ví dụ 7,5 hoặc 7,25.',
    });
    expect(checkPointsText('-1', 7.5)).toEqual({
      ok: false,
      message: 'Điểm không được âm: nhập từ 0 đến 7,5.',
    });
    for (const t of ['bảy', '7,5,1', '7.', ',5', '1e1', '0x10'])
      expect(checkPointsText(t, 10).ok, t).toBe(false);
  });
});

describe('keeping the marks that can be kept', () => {
  it('keeps valid marks and refuses each wrong one on its own', () => {
    const r = keepValidMarks(set, {
      '1.1': { points: 7.5 },
      '1.2': { points: 3 },
      '1.3': { subItems: { a: 6 } },
      '9.9': { passed: true },
      bad: 'x',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.valid).toEqual({ '1.1': { points: 7.5 } });
    expect(r.value.refused.map((i) => i.criterion)).toEqual(['1.2', '1.2', '1.3', '9.9', 'bad']);
    expect(r.value.refused.find((i) => i.criterion === '1.3')?.message).toBe(
      'nội dung 1.3.a tối đa 5 điểm, đã nhập 6',
    );
  });

  it('refuses the request when nothing in it can be kept', () => {
    const r = keepValidMarks(set, { '1.1': { points: 11 } });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'score-invalid',
        message: 'Điểm không hợp lệ: tiêu chí 1.1 tối đa 10 điểm, đã nhập 11.',
      },
    });
  });

  it('keeps an empty request as nothing to save', () => {
    expect(keepValidMarks(set, {})).toEqual({
      ok: true,
      value: { valid: {}, cleared: [], refused: [] },
    });
  });
});

describe('a criterion’s answer as the form holds it', () => {
  const [points, passFail, subs] = set.groups[0]!.criteria;
  it('makes a mark from what was typed, or says which field is wrong', () => {
    expect(markFromEntry(points!, { points: '7,5' })).toEqual({ ok: true, mark: { points: 7.5 } });
    expect(markFromEntry(points!, { points: '' })).toEqual({ ok: true, mark: undefined });
    expect(markFromEntry(points!, { points: '75' })).toEqual({
      ok: false,
      errors: { '': '75 vượt điểm tối đa: nhập từ 0 đến 10.' },
    });
    expect(markFromEntry(passFail!, { passed: false })).toEqual({
      ok: true,
      mark: { passed: false },
    });
    expect(markFromEntry(subs!, { subItems: { a: '2,5', b: 'x' } })).toEqual({
      ok: false,
      errors: { b: '"x" không phải là điểm: nhập một số từ 0 đến 5, ví dụ 7,5.' },
    });
    expect(markFromEntry(subs!, { subItems: { a: '2,5' } })).toEqual({
      ok: true,
      mark: { subItems: { a: 2.5 } },
    });
  });
  it('reads a saved mark back as a Vietnamese writes it', () => {
    expect(entryFromMark({ points: 7.5 })).toEqual({ points: '7,5' });
    expect(entryFromMark({ subItems: { a: 2.25 } })).toEqual({ subItems: { a: '2,25' } });
    expect(entryFromMark({ passed: true })).toEqual({ passed: true });
    expect(entryFromMark(undefined)).toEqual({});
  });
  it('clears a criterion sent as null', () => {
    expect(keepValidMarks(set, { '1.1': null, '9.9': null })).toMatchObject({
      ok: true,
      value: { valid: {}, cleared: ['1.1'] },
    });
  });
});
