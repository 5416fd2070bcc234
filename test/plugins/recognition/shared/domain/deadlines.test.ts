import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  deadlinesForYear,
  type CalendarEntry,
} from '../../../../../plugins/recognition/shared/domain/deadlines';
import { readPlanSeed } from '../../../../../cms/src/seed/plans';

const dataDir = path.resolve(__dirname, '../../../../../data');
const calendarOf = (slug: string) => readPlanSeed(dataDir, slug).calendar as CalendarEntry[];
const dayMonth = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

describe('deadlinesForYear on the seed plans', () => {
  it.each([
    ['registration', '20/01', 'II.5.5'],
    ['expected_results', '20/10', 'II.5.5'],
    ['results_report', '20/11', 'II.5.5'],
    ['six_month_report', '10/06', 'IV.1'],
    ['annual_report', '20/11', 'IV.1'],
    ['police_advice', '30/01', 'II.1'],
  ] as const)('Đồng Tháp %s falls on %s (clause %s)', (kind, date, clause) => {
    const d = deadlineOf(calendarOf('dong-thap-67-kh-ubnd'), 2027, kind);
    expect(d && dayMonth(d.date)).toBe(date);
    expect(d?.clause).toBe(clause);
  });

  it.each([
    ['registration', '10/01', 'II.2'],
    ['expected_results', '10/11', 'IV.1'],
    ['dossier', '05/12', 'IV.1'],
    ['recognition', '10/12', 'II.4'],
  ] as const)('Huế %s falls on %s (clause %s)', (kind, date, clause) => {
    const d = deadlineOf(calendarOf('hue-487-kh-ubnd'), 2026, kind);
    expect(d && dayMonth(d.date)).toBe(date);
    expect(d?.clause).toBe(clause);
  });

  it('gives Đồng Tháp its one-off implementation report only in 2026', () => {
    const calendar = calendarOf('dong-thap-67-kh-ubnd');
    expect(deadlineOf(calendar, 2026, 'implementation_report')?.date).toBe('2026-01-30');
    expect(deadlineOf(calendar, 2027, 'implementation_report')).toBeUndefined();
    expect(deadlinesForYear(calendar, 2026)).toHaveLength(7);
    expect(deadlinesForYear(calendar, 2027)).toHaveLength(6);
  });

  it('sorts by date and dates every entry in the requested year', () => {
    const list = deadlinesForYear(calendarOf('hue-487-kh-ubnd'), 2030);
    expect(list.map((d) => d.date)).toEqual([
      '2030-01-10',
      '2030-11-10',
      '2030-12-05',
      '2030-12-10',
    ]);
    expect(list.every((d) => !d.oneOff)).toBe(true);
  });

  it('has no deadline kind Huế does not state', () => {
    expect(deadlineOf(calendarOf('hue-487-kh-ubnd'), 2026, 'six_month_report')).toBeUndefined();
  });
});

describe('calendar validation', () => {
  const entry = {
    kind: 'registration',
    label: 'Đăng ký',
    day: 20,
    month: 1,
    clause: 'II.5.5',
  } as const;

  it('falls back to 28 February in a year without 29 February', () => {
    const cal: CalendarEntry[] = [{ ...entry, day: 29, month: 2 }];
    expect(deadlinesForYear(cal, 2027)[0].date).toBe('2027-02-28');
    expect(deadlinesForYear(cal, 2028)[0].date).toBe('2028-02-29');
  });

  it.each([
    [{ ...entry, day: 31, month: 4 }, 'ngày không có trong tháng này'],
    [{ ...entry, month: 13 }, 'tháng phải từ 1 đến 12'],
    [{ ...entry, day: 0 }, 'ngày phải từ 1 đến 31'],
    [{ ...entry, clause: '' }, 'điều khoản'],
    [{ ...entry, kind: 'deadline' }, 'phải là một trong'],
  ])('refuses %o with a Vietnamese message', (bad, message) => {
    expect(() => deadlinesForYear([bad as CalendarEntry], 2026)).toThrow(message);
  });
});
