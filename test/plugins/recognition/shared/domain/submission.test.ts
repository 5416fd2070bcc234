import { describe, expect, it } from 'vitest';
import type { CriteriaSetDef } from '../../../../../plugins/recognition/shared/domain/scoring';
import { submissionGaps } from '../../../../../plugins/recognition/shared/domain/submission';

const set: CriteriaSetDef = {
  groups: [
    {
      code: 'I',
      title: 'Nhóm I',
      criteria: [
        {
          code: '1.1',
          title: 'Có kế hoạch',
          scoring: 'points',
          maxPoints: 10,
          mandatory: false,
          knockOut: false,
          evidenceRequired: true,
        },
        {
          code: '1.2',
          title: 'Có quy chế',
          scoring: 'pass_fail',
          mandatory: false,
          knockOut: false,
          evidenceRequired: false,
        },
        {
          code: '1.3',
          title: 'Có báo cáo',
          scoring: 'points',
          maxPoints: 5,
          mandatory: false,
          knockOut: false,
        },
      ],
    },
  ],
};
const parts = [
  { code: 'to-trinh', label: 'Tờ trình', required: true },
  { code: 'anh', label: 'Hình ảnh', required: false },
];

describe('submissionGaps', () => {
  it('names the criteria without a self-score, the required parts not uploaded and the criteria whose required evidence is missing', () => {
    expect(submissionGaps(set, { '1.1': { points: 8 } }, parts, {}, {})).toEqual({
      missingSelfScores: ['1.2', '1.3'],
      missingDossierParts: [{ code: 'to-trinh', label: 'Tờ trình' }],
      missingEvidence: ['1.1'],
    });
  });

  it('asks evidence only where the criteria set requires it, and counts only files of that criterion', () => {
    const marks = { '1.1': { points: 8 }, '1.2': { passed: true }, '1.3': { points: 5 } };
    expect(
      submissionGaps(
        set,
        marks,
        parts,
        { 'to-trinh': { id: 1 } },
        { '1.2': [{ id: 'a' }], '1.1': [] },
      ).missingEvidence,
    ).toEqual(['1.1']);
    expect(
      submissionGaps(set, marks, parts, { 'to-trinh': { id: 1 } }, { '1.1': [{ id: 'b' }] }),
    ).toEqual({ missingSelfScores: [], missingDossierParts: [], missingEvidence: [] });
    expect(submissionGaps(set, marks, [], null, null).missingEvidence).toEqual(['1.1']);
  });

  it('does not ask the unit for a part the plan says the council provides (its minutes)', () => {
    const withMinutes = [
      ...parts,
      { code: 'minutes', label: 'Biên bản họp', required: true, provider: 'council' as const },
      { code: 'request', label: 'Tờ trình của xã', required: true, provider: 'commune' as const },
    ];
    expect(submissionGaps(set, {}, withMinutes, { 'to-trinh': { id: 1 } }, {})).toMatchObject({
      missingDossierParts: [{ code: 'request', label: 'Tờ trình của xã' }],
    });
  });
});
