import { describe, expect, it } from 'vitest';
import { receiptOf } from '../../../../../plugins/recognition/shared/domain/receipt';

const calendar = [
  { kind: 'dossier' as const, label: 'Nộp hồ sơ', day: 5, month: 12, clause: 'IV.1' },
  {
    kind: 'recognition' as const,
    label: 'Quyết định công nhận (tổ chức)',
    day: 15,
    month: 12,
    clause: 'II.4',
    appliesTo: 'organisation' as const,
  },
  {
    kind: 'recognition' as const,
    label: 'Quyết định công nhận',
    day: 10,
    month: 12,
    clause: 'II.4',
    appliesTo: 'commune' as const,
  },
];

describe('a submitted dossier’s receipt', () => {
  it('gives a code to quote, when it was submitted and the day the plan has the result decided for this kind of unit', () => {
    expect(
      receiptOf({
        unitCode: '20056',
        unitKind: 'xa',
        year: 2026,
        submittedAt: '2026-11-20T02:00:00.000Z',
        calendar,
      }),
    ).toEqual({
      code: 'HS-20056-2026',
      submittedAt: '2026-11-20T02:00:00.000Z',
      resultBy: '2026-12-10',
      clause: 'II.4',
    });
    expect(
      receiptOf({
        unitCode: 'THPT1',
        unitKind: 'co_so_giao_duc',
        year: 2026,
        submittedAt: new Date('2026-11-20T02:00:00Z'),
        calendar,
      })?.resultBy,
    ).toBe('2026-12-15');
  });
  it('is nothing before submission, and has no due day where the plan sets none', () => {
    expect(
      receiptOf({ unitCode: '1', unitKind: 'xa', year: 2026, submittedAt: null, calendar }),
    ).toBeNull();
    expect(
      receiptOf({
        unitCode: '1',
        unitKind: 'xa',
        year: 2026,
        submittedAt: '2026-11-20T02:00:00Z',
        calendar: [],
      })?.resultBy,
    ).toBeNull();
  });
});
