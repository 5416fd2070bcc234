import { describe, expect, it } from 'vitest';
import {
  allowedCommendationEvents,
  decideCommendation,
  type Commendation,
} from '../../../../../plugins/recognition/shared/domain/commendation';

const propose = {
  type: 'propose' as const,
  role: 'secretariat' as const,
  form: 'bang_khen' as const,
  awardee: 'collective' as const,
  title: { year: 2026, revoked: false },
  year: 2026,
  individual: null,
  achievement: '  Đạt điển hình  hai năm liên tục ',
  proposedAlready: false,
  consecutiveYears: 2,
};
const code = (r: ReturnType<typeof decideCommendation>) => (r.ok ? null : r.error.code);
const message = (r: ReturnType<typeof decideCommendation>) => (r.ok ? null : r.error.message);
const proposed: Commendation = { state: 'proposed', form: 'bang_khen', proposedBy: 'p-police' };

describe('a commendation proposal', () => {
  it('is made by the police on a title held in the year, with the achievement written out', () => {
    expect(decideCommendation(null, propose)).toEqual({
      ok: true,
      value: [
        {
          type: 'commendation.propose',
          form: 'bang_khen',
          awardee: 'collective',
          achievement: 'Đạt điển hình hai năm liên tục',
          consecutiveYears: 2,
          state: 'proposed',
        },
      ],
    });
    expect(code(decideCommendation(null, { ...propose, role: 'approver' }))).toBe('forbidden-role');
    expect(message(decideCommendation(null, { ...propose, title: null }))).toMatch(
      /không giữ danh hiệu điển hình năm 2026/,
    );
    expect(
      code(decideCommendation(null, { ...propose, title: { year: 2025, revoked: false } })),
    ).toBe('ineligible');
    expect(
      code(decideCommendation(null, { ...propose, title: { year: 2026, revoked: true } })),
    ).toBe('ineligible');
    expect(message(decideCommendation(null, { ...propose, achievement: 'tốt' }))).toMatch(
      /Thành tích/,
    );
    expect(message(decideCommendation(null, { ...propose, proposedAlready: true }))).toMatch(
      /Đã có đề nghị Bằng khen năm 2026/,
    );
  });

  it('names an individual by name and position', () => {
    const individual = { ...propose, awardee: 'individual' as const };
    expect(message(decideCommendation(null, individual))).toMatch(/Họ và tên/);
    expect(
      message(
        decideCommendation(null, {
          ...individual,
          individual: { fullName: 'Trần Văn Minh', position: '' },
        }),
      ),
    ).toMatch(/Chức vụ/);
    expect(
      decideCommendation(null, {
        ...individual,
        individual: { fullName: 'Trần Văn Minh', position: 'Trưởng Công an phường' },
      }).ok,
    ).toBe(true);
  });
});

describe('its appraisal and decision', () => {
  const appraise = {
    type: 'appraise' as const,
    role: 'home_affairs' as const,
    by: 'p-noivu',
    agree: true,
    note: '',
  };
  it("is the form's appraiser's, never the proposer's, and a refusal says why", () => {
    expect(decideCommendation(proposed, appraise)).toEqual({
      ok: true,
      value: [{ type: 'commendation.appraise', agree: true, note: '', state: 'agreed' }],
    });
    // Bằng khen is Sở Nội vụ's to appraise; Giấy khen the police's council's (its secretariat).
    expect(code(decideCommendation(proposed, { ...appraise, role: 'secretariat' }))).toBe(
      'forbidden-role',
    );
    const giay: Commendation = { ...proposed, form: 'giay_khen' };
    expect(code(decideCommendation(giay, appraise))).toBe('forbidden-role');
    expect(
      code(decideCommendation(giay, { ...appraise, role: 'secretariat', by: 'p-police' })),
    ).toBe('separation-of-duties');
    expect(
      decideCommendation(giay, { ...appraise, role: 'secretariat', by: 'p-council-secretary' }).ok,
    ).toBe(true);
    expect(message(decideCommendation(proposed, { ...appraise, agree: false }))).toMatch(/lý do/);
    expect(
      decideCommendation(proposed, {
        ...appraise,
        agree: false,
        note: 'Chưa đủ thành tích nổi bật',
      }),
    ).toMatchObject({ ok: true, value: [{ state: 'declined' }] });
    expect(code(decideCommendation({ ...proposed, state: 'agreed' }, appraise))).toBe(
      'invalid-transition',
    );
  });

  it('is decided only by an issued decision of the kind the form names, once agreed', () => {
    const agreed: Commendation = { ...proposed, state: 'agreed' };
    const act = { kind: 'commendation_decision', number: '12/QĐ-UBND', status: 'issued' };
    expect(decideCommendation(agreed, { type: 'decide', act })).toEqual({
      ok: true,
      value: [{ type: 'commendation.decide', number: '12/QĐ-UBND', state: 'decided' }],
    });
    expect(
      code(decideCommendation(agreed, { type: 'decide', act: { ...act, status: 'draft' } })),
    ).toBe('decision-invalid');
    expect(
      code(
        decideCommendation(agreed, {
          type: 'decide',
          act: { ...act, kind: 'police_commendation' },
        }),
      ),
    ).toBe('decision-invalid');
    expect(code(decideCommendation(proposed, { type: 'decide', act }))).toBe('invalid-transition');
  });

  it('offers the appraisal only to the appraiser who did not propose it', () => {
    expect(allowedCommendationEvents(proposed, 'home_affairs', 'p-noivu')).toEqual(['appraise']);
    expect(allowedCommendationEvents(proposed, 'secretariat', 'p-x')).toEqual([]);
    expect(
      allowedCommendationEvents({ ...proposed, state: 'agreed' }, 'home_affairs', 'p'),
    ).toEqual([]);
    const giay: Commendation = { ...proposed, form: 'giay_khen' };
    expect(allowedCommendationEvents(giay, 'secretariat', 'p-police')).toEqual([]);
  });
});
