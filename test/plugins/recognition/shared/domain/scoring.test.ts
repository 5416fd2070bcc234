import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  scoreAssessment,
  thresholdFailures,
  type CriteriaSetDef,
  type Marks,
} from '../../../../../plugins/recognition/shared/domain/scoring';
import {
  parseMarks,
  validateMarks,
} from '../../../../../plugins/recognition/shared/domain/mark-validation';
import {
  compareScores,
  unjustifiedDeltas,
} from '../../../../../plugins/recognition/shared/domain/score-comparison';

const sample = JSON.parse(
  fs.readFileSync(
    path.resolve(__dirname, '../../../../../data/criteria/sample-commune.json'),
    'utf8',
  ),
) as CriteriaSetDef;

const full: Marks = {
  '1.1': { subItems: { a: 5, b: 5 } },
  '1.2': { passed: true },
  '1.3': { points: 10 },
  '2.1': { subItems: { a: 10, b: 10 } },
  '2.2': { points: 20 },
  '3.1': { passed: true },
  '3.2': { points: 40 },
};

describe('scoreAssessment on the sample commune set', () => {
  it('totals per group and overall; full marks meet the threshold', () => {
    const r = scoreAssessment(sample, full);
    expect(r.max).toBe(100);
    expect(r.total).toBe(100);
    expect(r.groups.map((g) => [g.code, g.total, g.max])).toEqual([
      ['N1', 20, 20],
      ['N2', 40, 40],
      ['N3', 40, 40],
    ]);
    expect(r).toMatchObject({
      knockOutsFailed: [],
      mandatoryUnmet: [],
      missing: [],
      meetsThreshold: true,
      reasons: [],
    });
  });

  it('fails on a knock-out whatever the total', () => {
    const r = scoreAssessment(sample, { ...full, '3.1': { passed: false } });
    expect(r.total).toBe(100);
    expect(r.knockOutsFailed).toEqual(['3.1']);
    expect(r.meetsThreshold).toBe(false);
    expect(r.reasons.join()).toContain('loại trừ 3.1');
  });

  it('fails below the minimum total and names the gap', () => {
    const r = scoreAssessment(sample, { ...full, '3.2': { points: 15 } });
    expect(r.total).toBe(75);
    expect(r.meetsThreshold).toBe(false);
    expect(r.reasons).toEqual(['tổng điểm 75 thấp hơn ngưỡng 80']);
  });

  it('fails when a mandatory criterion is unmet and lists missing marks', () => {
    const { '2.2': _, ...partial } = full;
    const r = scoreAssessment(sample, partial);
    expect(r.missing).toEqual(['2.2']);
    expect(r.mandatoryUnmet).toEqual(['2.2']);
    expect(r.meetsThreshold).toBe(false);
  });
});

describe('validateMarks', () => {
  it('accepts full marks', () => expect(validateMarks(sample, full)).toEqual([]));

  it.each([
    [{ '1.3': { points: 11 } }, 'tiêu chí 1.3 tối đa 10 điểm, đã nhập 11'],
    [{ '1.1': { subItems: { a: 6 } } }, 'nội dung 1.1.a tối đa 5 điểm, đã nhập 6'],
    [{ '1.1': { subItems: { z: 1 } } }, 'không có nội dung con "z"'],
    [{ '1.1': { points: 9, subItems: { a: 5, b: 5 } } }, 'khác tổng nội dung con'],
    [{ '1.2': { points: 3 } }, 'chấm đạt / không đạt'],
    [{ '1.3': { passed: true } }, 'chấm điểm số'],
    [{ '9.9': { points: 1 } }, 'không có tiêu chí "9.9"'],
  ] as [Marks, string][])('refuses %o: %s', (marks, message) => {
    const issues = validateMarks(sample, marks);
    expect(issues.map((i) => i.message).join(' | ')).toContain(message);
  });
});

describe('self vs council', () => {
  it('computes deltas and requires a justification above the gap', () => {
    const council: Marks = {
      ...full,
      '3.2': { points: 30 },
      '1.3': { points: 8 },
      '3.1': { passed: false, note: 'Có vụ việc kéo dài' },
    };
    const deltas = compareScores(sample, full, council, 5);
    expect(deltas.find((d) => d.criterion === '3.2')).toMatchObject({
      self: 40,
      council: 30,
      delta: -10,
      needsJustification: true,
      justified: false,
    });
    expect(deltas.find((d) => d.criterion === '1.3')).toMatchObject({
      delta: -2,
      needsJustification: false,
    });
    expect(deltas.find((d) => d.criterion === '3.1')).toMatchObject({
      self: true,
      council: false,
      needsJustification: true,
      justified: true,
    });
    expect(unjustifiedDeltas(sample, full, council, 5)).toEqual(['3.2']);
  });
});

describe('thresholdFailures: why marks miss the recognition threshold', () => {
  const set: CriteriaSetDef = {
    groups: [
      {
        code: 'I',
        title: 'I',
        criteria: [
          {
            code: '1.1',
            title: 'Nghị quyết',
            scoring: 'points',
            maxPoints: 50,
            mandatory: true,
            knockOut: false,
          },
          {
            code: '3.1',
            title: 'Không để xảy ra vụ việc phức tạp',
            scoring: 'pass_fail',
            mandatory: true,
            knockOut: true,
          },
        ],
      },
    ],
    threshold: { minTotal: 40, requireAllKnockOutsPassed: true, requireAllMandatoryMet: true },
  };
  it('is empty when the marks pass', () => {
    expect(thresholdFailures(set, { '1.1': { points: 45 }, '3.1': { passed: true } })).toEqual([]);
  });
  it('names the total, each knock-out and each mandatory criterion with its title', () => {
    expect(thresholdFailures(set, { '1.1': { points: 0 }, '3.1': { passed: false } })).toEqual([
      'tổng điểm 0 thấp hơn ngưỡng công nhận 40',
      'không đạt tiêu chí loại trừ 3.1 "Không để xảy ra vụ việc phức tạp"',
      'chưa đạt tiêu chí bắt buộc 1.1 "Nghị quyết", 3.1 "Không để xảy ra vụ việc phức tạp"',
    ]);
  });
});

describe('points in whole hundredths', () => {
  const one: CriteriaSetDef = {
    groups: [
      {
        code: 'I',
        title: 'I',
        criteria: [
          {
            code: '1',
            title: 'Một',
            scoring: 'points',
            maxPoints: 10,
            mandatory: false,
            knockOut: false,
          },
          {
            code: '2',
            title: 'Hai',
            scoring: 'points',
            maxPoints: 10,
            mandatory: false,
            knockOut: false,
          },
        ],
      },
    ],
    threshold: { minTotal: 0.3, requireAllKnockOutsPassed: true, requireAllMandatoryMet: true },
  };
  it('refuses a mark with more than two decimals, naming the field', () => {
    const r = parseMarks({ '1': { points: 7.555 } }, one);
    expect(r).toMatchObject({ ok: false, error: { code: 'score-invalid' } });
    expect(!r.ok && r.error.message).toContain('marks.1.points');
    expect(!r.ok && r.error.message).toContain('hai chữ số thập phân');
    expect(parseMarks({ '1': { points: 7.55 } }, one).ok).toBe(true);
  });
  it('adds without floating drift: 0.1 + 0.2 meets a threshold of 0.3', () => {
    const s = scoreAssessment(one, { '1': { points: 0.1 }, '2': { points: 0.2 } });
    expect(s.total).toBe(0.3);
    expect(s.meetsThreshold).toBe(true);
  });
});
