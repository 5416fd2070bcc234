import { describe, expect, it } from 'vitest';
import { approvalDesk } from '../../../../../plugins/recognition/shared/domain/approval-desk';
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
          subItems: [
            { code: 'a', title: 'a', maxPoints: 5 },
            { code: 'b', title: 'b', maxPoints: 5 },
          ],
        },
        { code: '1.2', title: 'Đạt', scoring: 'pass_fail', mandatory: false, knockOut: true },
      ],
    },
  ],
};
const council = [
  { email: 'a@x.vn', name: 'Nguyễn Văn A' },
  { email: 'b@x.vn', name: 'Trần Thị B' },
  { email: 'c@x.vn', name: 'Lê Văn C' },
];

describe('the approval desk', () => {
  const desk = approvalDesk({
    set,
    selfMarks: { '1.1': { subItems: { a: 5, b: 5 } }, '1.2': { passed: true } },
    scores: [
      {
        member: 'b@x.vn',
        marks: {
          '1.1': { subItems: { a: 4, b: 3.5 }, note: 'Thiếu biên bản' },
          '1.2': { passed: true },
        },
      },
      { member: 'a@x.vn', marks: { '1.1': { points: 10 } } },
      { member: 'c@x.vn', marks: { '1.1': { points: 9 }, '1.2': { passed: false } } },
    ],
    conflicts: [{ email: 'c@x.vn', reason: 'Người thân công tác tại đơn vị' }],
    council,
    evidence: { '1.1': [{ id: 'x' }], '1.2': [] },
  });

  it('shows each member without a conflict in the council’s order, with marks, total, completeness and notes', () => {
    expect(desk.members.map((m) => m.name)).toEqual(['Nguyễn Văn A', 'Trần Thị B']);
    expect(desk.members[0]).toMatchObject({
      total: 10,
      complete: false,
      marks: { '1.1': 10, '1.2': null },
    });
    expect(desk.members[1]).toMatchObject({
      total: 7.5,
      complete: true,
      marks: { '1.1': 7.5, '1.2': true },
      notes: { '1.1': 'Thiếu biên bản' },
    });
  });

  it('names who stood aside and why, and the criteria without evidence', () => {
    expect(desk.conflicts).toEqual([
      { member: 'c@x.vn', name: 'Lê Văn C', reason: 'Người thân công tác tại đơn vị' },
    ]);
    expect(desk.missingEvidence).toEqual(['1.2']);
    expect(desk.criteria).toEqual([
      { code: '1.1', title: 'Điểm', self: 10 },
      { code: '1.2', title: 'Đạt', self: true },
    ]);
  });
});
