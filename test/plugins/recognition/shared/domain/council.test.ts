import { describe, expect, it } from 'vitest';
import {
  checkQuorum,
  checkVoteCount,
  councilMarks,
  councilTotal,
  councilVerdict,
  countingScores,
  membersYetToScore,
  scoringGaps,
  voteCarries,
} from '../../../../../plugins/recognition/shared/domain/council';
import type {
  CriteriaSetDef,
  Marks,
} from '../../../../../plugins/recognition/shared/domain/scoring';

const set: CriteriaSetDef = {
  groups: [
    {
      code: 'I',
      title: 'Nhóm I',
      criteria: [
        { code: '1.1', title: 'An toàn', scoring: 'pass_fail', mandatory: false, knockOut: true },
        {
          code: '1.2',
          title: 'Điểm',
          scoring: 'points',
          maxPoints: 50,
          mandatory: false,
          knockOut: false,
        },
      ],
    },
  ],
};

describe('quorum and votes', () => {
  it.each([
    [2, 5, false],
    [3, 5, true],
    [2, 4, false],
    [3, 4, true],
    [3, 7, false],
    [4, 7, true],
    [1, 1, true],
  ])('%i of %i present: quorum %s', (present, members, quorate) => {
    expect(checkQuorum(present, members).ok).toBe(quorate);
  });
  it('names the count in the refusal', () => {
    const r = checkQuorum(2, 5);
    expect(r).toMatchObject({ ok: false, error: { code: 'quorum-not-met' } });
    if (!r.ok) expect(r.error.message).toContain('2/5');
  });
  it.each([
    [{ for: 3, against: 0, abstain: 0 }, true],
    [{ for: 2, against: 2, abstain: 1 }, false],
    [{ for: 1, against: 2, abstain: 0 }, false],
    [null, false],
  ])('vote %o carries: %s', (vote, carries) => expect(voteCarries(vote)).toBe(carries));
  it('wants each vote to account for the members present, no more and no fewer', () => {
    expect(checkVoteCount({ for: 3, against: 1, abstain: 0 }, 3, 'Xã A')).toMatchObject({
      ok: false,
      error: { code: 'vote-invalid' },
    });
    expect(checkVoteCount({ for: 2, against: 1, abstain: 0 }, 3, 'Xã A').ok).toBe(true);
    expect(checkVoteCount({ for: 1, against: 1, abstain: 1 }, 3, 'Xã A').ok).toBe(true);
    // Fewer than present: someone's position is missing from the minutes.
    const short = checkVoteCount({ for: 2, against: 0, abstain: 0 }, 3, 'Xã A');
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'vote-invalid', details: { cast: 2, present: 3 } },
    });
    expect(!short.ok && short.error.message).toContain('phải bằng số thành viên có mặt (3)');
  });
});

describe('completeness and conflicts', () => {
  it('lists the members without a conflict who have not scored', () => {
    expect(membersYetToScore(['a', 'b', 'c', 'd'], ['b'], ['a'])).toEqual(['c', 'd']);
    expect(membersYetToScore(['a', 'b'], ['b'], ['a'])).toEqual([]);
  });
  it('voids the scores of a member who declared a conflict after scoring', () => {
    const scores = [
      { member: 'a', marks: { '1.1': { passed: true }, '1.2': { points: 50 } } },
      { member: 'b', marks: { '1.1': { passed: false }, '1.2': { points: 10 } } },
    ];
    expect(councilTotal(set, scores)).toBe(30);
    const counting = countingScores(scores, ['b']);
    expect(counting.map((s) => s.member)).toEqual(['a']);
    expect(councilTotal(set, counting)).toBe(50);
    expect(councilMarks(set, counting)).toEqual({ '1.1': { passed: true }, '1.2': { points: 50 } });
    expect(councilMarks(set, scores)).toEqual({ '1.1': { passed: false }, '1.2': { points: 30 } });
    expect(councilTotal(set, [])).toBeNull();
  });
});

describe('the council verdict: complete marks, one total shown and judged', () => {
  const gated: CriteriaSetDef = {
    groups: [
      {
        code: 'I',
        title: 'Nhóm I',
        criteria: [
          { code: '1.1', title: 'An toàn', scoring: 'pass_fail', mandatory: false, knockOut: true },
          {
            code: '1.2',
            title: 'Điểm',
            scoring: 'points',
            maxPoints: 50,
            mandatory: false,
            knockOut: false,
          },
          {
            code: '1.3',
            title: 'Điểm con',
            scoring: 'points',
            maxPoints: 50,
            mandatory: false,
            knockOut: false,
            subItems: [
              { code: 'a', title: 'a', maxPoints: 25 },
              { code: 'b', title: 'b', maxPoints: 25 },
            ],
          },
        ],
      },
    ],
    threshold: { minTotal: 80, requireAllKnockOutsPassed: true, requireAllMandatoryMet: true },
  };
  const full = {
    '1.1': { passed: true },
    '1.2': { points: 50 },
    '1.3': { subItems: { a: 25, b: 25 } },
  };

  it('counts a member as having scored only when every criterion (and every sub-item) is marked', () => {
    const scores: { member: string; marks: Marks }[] = [
      { member: 'a', marks: { '1.2': { points: 50 } } },
      {
        member: 'b',
        marks: { '1.1': { passed: true }, '1.2': { points: 50 }, '1.3': { subItems: { a: 25 } } },
      },
      { member: 'c', marks: full },
    ];
    expect(scoringGaps(gated, ['a', 'b', 'c', 'd'], [], scores)).toEqual([
      { member: 'a', criteria: ['1.1', '1.3'] },
      { member: 'b', criteria: ['1.3'] },
      { member: 'd', criteria: ['1.1', '1.2', '1.3'] },
    ]);
    // A conflicted member owes nothing.
    expect(scoringGaps(gated, ['c', 'd'], ['d'], scores)).toEqual([]);
  });

  it('judges the total it shows: two members with one criterion each and one with full marks do not carry the unit', () => {
    // The defect: per-criterion means over whoever marked each criterion gave full marks (100).
    const scores: { member: string; marks: Marks }[] = [
      { member: 'a', marks: { '1.1': { passed: true } } },
      { member: 'b', marks: { '1.2': { points: 50 } } },
      { member: 'c', marks: full },
    ];
    const v = councilVerdict(gated, ['a', 'b', 'c'], [], scores);
    expect(v.complete).toBe(false);
    expect(v.total).toBe(50);
    expect(v.failures).toContain('tổng điểm 50 thấp hơn ngưỡng công nhận 80');
    expect(v.gaps.map((g) => g.member)).toEqual(['a', 'b']);
  });

  it('works in whole hundredths and rounds the mean down: 79.995 is 79.99 shown and judged, never 80', () => {
    const m = (p2: number, a: number, b: number) => ({
      '1.1': { passed: true },
      '1.2': { points: p2 },
      '1.3': { subItems: { a, b } },
    });
    const scores = [
      { member: 'a', marks: m(40, 20, 20) },
      { member: 'b', marks: m(39.99, 20, 20) },
    ];
    const v = councilVerdict(gated, ['a', 'b'], [], scores);
    expect(v.complete).toBe(true);
    expect(v.total).toBe(79.99);
    expect(v.failures).toEqual(['tổng điểm 79.99 thấp hơn ngưỡng công nhận 80']);
    expect(
      councilTotal(gated, [
        { member: 'a', marks: m(40, 20, 20) },
        { member: 'b', marks: m(40, 20, 20) },
      ]),
    ).toBe(80);
    // Floating sums that once drifted (0.1 + 0.2) add exactly.
    expect(
      councilVerdict(gated, ['a'], [], [{ member: 'a', marks: m(49.9, 15.05, 15.05) }]).total,
    ).toBe(80);
  });
});
