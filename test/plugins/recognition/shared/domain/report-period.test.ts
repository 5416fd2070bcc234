import { describe, expect, it } from 'vitest';
import {
  availableReports,
  reportCutOff,
  stateAsOf,
} from '../../../../../plugins/recognition/shared/domain/report-period';

const calendar = [
  {
    kind: 'six_month_report' as const,
    label: 'Báo cáo định kỳ 06 tháng',
    day: 10,
    month: 6,
    year: null,
    clause: 'IV.1',
    appliesTo: 'all' as const,
  },
  {
    kind: 'implementation_report' as const,
    label: 'Báo cáo kết quả triển khai Kế hoạch',
    day: 30,
    month: 1,
    year: 2026,
    clause: 'IV.1',
    appliesTo: 'all' as const,
  },
];

describe('what a periodic report counts', () => {
  it('cuts the six-month report at the plan’s six-month date, or at the day picked, and counts the whole year in the annual one of a plan without an annual date', () => {
    expect(reportCutOff('six-month', 2026, calendar)).toEqual({ ok: true, value: '2026-06-10' });
    expect(reportCutOff('six-month', 2026, [])).toEqual({ ok: true, value: '2026-06-30' });
    expect(reportCutOff('six-month', 2026, calendar, '2026-07-15')).toEqual({
      ok: true,
      value: '2026-07-15',
    });
    expect(reportCutOff('annual', 2026, calendar)).toEqual({ ok: true, value: '2026-12-31' });
  });
  it('cuts the annual report at the plan’s own annual report date where it sets one', () => {
    const withAnnual = [
      ...calendar,
      {
        kind: 'annual_report' as const,
        label: 'Báo cáo năm',
        day: 20,
        month: 11,
        year: null,
        clause: 'IV.1',
        appliesTo: 'all' as const,
      },
    ];
    expect(reportCutOff('annual', 2026, withAnnual)).toEqual({ ok: true, value: '2026-11-20' });
    expect(reportCutOff('annual', 2026, withAnnual, '2026-12-31')).toEqual({
      ok: true,
      value: '2026-12-31',
    });
  });
  it('has the implementation report only in the year the plan names', () => {
    expect(reportCutOff('implementation', 2026, calendar)).toEqual({
      ok: true,
      value: '2026-01-30',
    });
    const r = reportCutOff('implementation', 2027, calendar);
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'report-invalid',
      details: { field: 'period' },
    });
    expect(availableReports(2027, calendar).map((x) => x.period)).toEqual(['six-month', 'annual']);
    expect(availableReports(2026, calendar).map((x) => x.period)).toEqual([
      'six-month',
      'annual',
      'implementation',
    ]);
  });
  it('offers a six-month report only for a plan whose calendar names one (Huế’s does not)', () => {
    expect(availableReports(2026, []).map((x) => x.period)).toEqual(['annual']);
    expect(availableReports(2026, calendar.slice(1)).map((x) => x.period)).toEqual([
      'annual',
      'implementation',
    ]);
  });
  it('refuses a picked day outside the year', () => {
    const r = reportCutOff('six-month', 2026, calendar, '2025-12-31');
    expect(r.ok ? null : r.error.message).toContain('không thuộc năm 2026');
  });
  it('reads a registration’s state at the end of the cut-off day in Vietnam from its audit trail', () => {
    const events = [
      { at: '2026-01-05T02:00:00Z', after: { state: 'registered' } },
      { at: '2026-06-10T16:30:00Z', after: { state: 'self_assessed' } }, // 23:30 on 10/06 in Vietnam
      { at: '2026-06-10T17:30:00Z', after: { state: 'submitted' } }, // 00:30 on 11/06
      { at: '2026-06-11T02:00:00Z', after: { file: 'x' } },
    ];
    expect(stateAsOf(events, '2026-06-10')).toBe('self_assessed');
    expect(stateAsOf(events, '2026-06-11')).toBe('submitted');
    expect(stateAsOf(events, '2026-01-04')).toBeNull();
  });
});
