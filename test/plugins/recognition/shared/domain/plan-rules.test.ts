import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JUSTIFICATION_GAP,
  planForYear,
  planRulesOf,
} from '../../../../../plugins/recognition/shared/domain/plan-rules';

const row = {
  documentId: 'plan1',
  number: '487/KH-UBND',
  publishedAt: '2026-01-02T00:00:00.000Z',
  calendar: [
    {
      id: 7,
      kind: 'registration',
      label: 'Đăng ký',
      day: 10,
      month: 1,
      year: null,
      clause: 'II.2',
      appliesTo: 'all',
    },
  ],
  eligibility: { id: 3, requireAnttSafe: true, minimumClassification: 'xuat_sac', clause: 'II.1' },
  dossierParts: [{ id: 1, code: 'request', label: 'Tờ trình', required: true }],
  usesCouncil: true,
  issuesCertificates: false,
  justificationGap: '7.5',
  signer: { id: 1, authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
};

describe('a plan version’s rules, as a registration keeps them', () => {
  it('keeps the rules and drops the database ids', () => {
    const rules = planRulesOf(row);
    expect(rules).toMatchObject({
      planDocumentId: 'plan1',
      planNumber: '487/KH-UBND',
      usesCouncil: true,
      issuesCertificates: false,
      justificationGap: 7.5,
    });
    expect(rules.calendar).toEqual([
      {
        kind: 'registration',
        label: 'Đăng ký',
        day: 10,
        month: 1,
        year: null,
        clause: 'II.2',
        appliesTo: 'all',
      },
    ]);
    expect(JSON.stringify(rules)).not.toContain('"id"');
  });
  it('defaults: certificates issued, the justification gap of 5, no eligibility rule', () => {
    const rules = planRulesOf({ documentId: 'p', number: '1/KH', calendar: [], dossierParts: [] });
    expect(rules).toMatchObject({
      issuesCertificates: true,
      justificationGap: DEFAULT_JUSTIFICATION_GAP,
      eligibility: null,
      signer: null,
      usesCouncil: false,
    });
    expect(DEFAULT_JUSTIFICATION_GAP).toBe(5);
  });
  it('refuses a calendar entry that is not a date', () => {
    expect(() =>
      planRulesOf({ ...row, calendar: [{ ...row.calendar[0], day: 31, month: 2 }] }),
    ).toThrow();
  });
});

describe('which published plan governs a year', () => {
  const plans = [
    { firstYear: 2024, n: 'a' },
    { firstYear: 2026, n: 'b' },
    { firstYear: 2029, n: 'c' },
  ];
  it.each([
    [2023, undefined],
    [2024, 'a'],
    [2025, 'a'],
    [2026, 'b'],
    [2028, 'b'],
    [2030, 'c'],
  ])('%i → %s', (year, n) => expect(planForYear(plans, year)?.n).toBe(n));
});
