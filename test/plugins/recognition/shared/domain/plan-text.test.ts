import { describe, expect, it } from 'vitest';
import {
  checkPlanText,
  literalDates,
  planReferences,
  resolvePlanText,
} from '../../../../../plugins/recognition/shared/domain/plan-text';

const plan = {
  firstYear: 2026,
  calendar: [
    { kind: 'registration', label: 'Đăng ký', day: 20, month: 1, year: null, appliesTo: 'all' },
    { kind: 'dossier', label: 'Nộp hồ sơ xã', day: 5, month: 12, year: null, appliesTo: 'commune' },
    {
      kind: 'implementation_report',
      label: 'Báo cáo triển khai',
      day: 30,
      month: 1,
      year: 2026,
      appliesTo: 'all',
    },
  ],
  targetTotal: 12,
  targets: [{ label: 'Xã, phường', minimum: 8 }],
  dossierParts: [{ code: 'report', label: 'Báo cáo kết quả thực hiện' }],
};

describe('plan text references', () => {
  it('offers one reference per deadline kind (and per family), target and dossier part, with today’s value', () => {
    const refs = planReferences(plan);
    expect(refs.map((r) => [r.token, r.value])).toEqual([
      ['{han:registration}', '20/01'],
      ['{han:dossier}', '05/12'],
      ['{han:dossier:commune}', '05/12'],
      ['{han:implementation_report}', '30/01/2026'],
      ['{chitieu:tong}', '12'],
      ['{chitieu:1}', '8'],
      ['{hoso:report}', 'Báo cáo kết quả thực hiện'],
    ]);
    expect(refs.find((r) => r.token === '{han:dossier:commune}')!.meaning).toContain(
      'Xã, phường, đặc khu',
    );
  });

  it('renders a reference as the rule says now, so a changed deadline changes the sentence', () => {
    const text = 'Gửi đăng ký trước ngày {han:registration} hằng năm; tối thiểu {chitieu:1} xã.';
    expect(resolvePlanText(text, plan).text).toBe(
      'Gửi đăng ký trước ngày 20/01 hằng năm; tối thiểu 8 xã.',
    );
    const moved = {
      ...plan,
      calendar: [{ ...plan.calendar[0], day: 25 }, ...plan.calendar.slice(1)],
    };
    expect(resolvePlanText(text, moved).text).toBe(
      'Gửi đăng ký trước ngày 25/01 hằng năm; tối thiểu 8 xã.',
    );
  });

  it('lists references the rules do not offer and leaves them visible', () => {
    const r = resolvePlanText('trước ngày {han:recognition} và {chitieu:5}', plan);
    expect(r.unknown).toEqual(['{han:recognition}', '{chitieu:5}']);
    expect(r.text).toBe('trước ngày {han:recognition} và {chitieu:5}');
  });

  it('finds dates written out, except citations of earlier documents and the references themselves', () => {
    expect(
      literalDates(
        'trước ngày 20/01 hằng năm, ngày 10 tháng 6; Nghị định ngày 19/5/2025; {han:registration}; hạn 30/01/2026',
        2026,
      ),
    ).toEqual([
      { raw: '20/01', day: 20, month: 1, year: null },
      { raw: 'ngày 10 tháng 6', day: 10, month: 6, year: null },
      { raw: '30/01/2026', day: 30, month: 1, year: 2026 },
    ]);
    expect(literalDates('Số 67/KH-UBND, điểm 1/2 không phải ngày 32/13')).toEqual([
      { raw: '1/2', day: 1, month: 2, year: null },
    ]);
  });

  it('checks a whole plan: unknown references refuse, dates the calendar lacks warn, dates it holds pass', () => {
    const r = checkPlanText({
      ...plan,
      preamble: 'Căn cứ Kế hoạch ngày 15/3/2023.',
      sections: [
        {
          number: 'II',
          heading: 'Nội dung',
          blocks: [
            { number: '1', text: 'Đăng ký trước 20/01; báo cáo trước 26/6; kết quả {han:xyz}.' },
            { text: 'Ngày 30/01/2026.' },
          ],
        },
      ],
    });
    expect(r.unknownRefs).toEqual([{ where: 'Phần II, đoạn 1', text: '{han:xyz}' }]);
    expect(r.unmatchedDates).toEqual([{ where: 'Phần II, đoạn 1', text: '26/6' }]);
  });
});
