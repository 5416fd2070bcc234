import { describe, expect, it } from 'vitest';
import {
  dutiesOfYear,
  dutyStatus,
  reportDutyProblems,
} from '../../../../../../plugins/recognition/shared/domain/reports';

const calendar = [
  {
    kind: 'six_month_report' as const,
    label: 'Báo cáo định kỳ 06 tháng',
    day: 10,
    month: 6,
    clause: 'IV.1',
  },
  { kind: 'annual_report' as const, label: 'Báo cáo năm', day: 20, month: 11, clause: 'IV.1' },
];
const up = {
  reporters: ['department', 'commune'],
  recipients: ['people_committee', 'ministry'],
  clause: 'IV.1',
};

describe('report duties', () => {
  it('dates a plan’s duties from its calendar and adds the province’s requests, by due day', () => {
    const duties = dutiesOfYear(
      [
        { deadline: 'annual_report', ...up },
        { deadline: 'six_month_report', ...up },
      ],
      calendar,
      2026,
      [
        {
          documentId: 'r1',
          year: 2026,
          label: 'Báo cáo đột xuất',
          period: 'six-month',
          due: '2026-08-01',
          reporters: ['commune'],
          recipients: ['ministry'],
        },
        {
          documentId: 'r2',
          year: 2027,
          label: 'Năm sau',
          period: 'annual',
          due: '2027-01-05',
          reporters: ['commune'],
          recipients: ['ministry'],
        },
      ],
    );
    expect(duties.map((d) => [d.key, d.due, d.cutOff])).toEqual([
      ['plan:six_month_report', '2026-06-10', '2026-06-10'],
      ['request:r1', '2026-08-01', '2026-08-01'],
      // Đồng Tháp's annual report states its figures to its own date, not 31/12.
      ['plan:annual_report', '2026-11-20', '2026-11-20'],
    ]);
    expect(duties[1].clause).toBe('Yêu cầu báo cáo đột xuất');
  });

  it('has no duty for a report date the calendar lacks, and says so when the plan is published', () => {
    expect(dutiesOfYear([{ deadline: 'implementation_report', ...up }], calendar, 2026)).toEqual(
      [],
    );
    expect(reportDutyProblems([{ deadline: 'implementation_report', ...up }], calendar)).toEqual([
      'Nhiệm vụ báo cáo thứ 1: lịch của kế hoạch không có thời hạn "implementation_report".',
    ]);
    expect(
      reportDutyProblems([{ deadline: 'six_month_report', ...up, reporters: [] }], calendar)[0],
    ).toContain('phải có ít nhất một cấp báo cáo');
    expect(reportDutyProblems(null, calendar)).toEqual([]);
  });

  it('tells on time from late, and due from overdue, by Vietnam days', () => {
    expect(dutyStatus('2026-06-10', '2026-06-11', '2026-06-10')).toBe('on_time');
    expect(dutyStatus('2026-06-10', '2026-06-12', '2026-06-11')).toBe('late');
    expect(dutyStatus('2026-06-10', '2026-06-11')).toBe('overdue');
    expect(dutyStatus('2026-06-10', '2026-06-05')).toBe('due');
    expect(dutyStatus('2026-06-10', '2026-05-01')).toBe('not_due');
  });
});
