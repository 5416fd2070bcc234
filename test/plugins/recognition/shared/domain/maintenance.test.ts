import { describe, expect, it } from 'vitest';
import {
  consecutiveYears,
  defaultMaintenance,
  maintains,
  maintenanceList,
  targetStates,
  type DueUnit,
  type Title,
} from '../../../../../plugins/recognition/shared/domain/maintenance';
import { tally } from '../../../../../plugins/recognition/shared/domain/targets';

const t = (year: number, status: Title['status'] = 'recognised'): Title => ({ year, status });

describe('maintaining the title', () => {
  it('maintains only a title held the year before, as both plans read it; a gap is a new title', () => {
    expect(maintains([t(2025)], 2026, defaultMaintenance)).toBe(true);
    // Recognised in 2026, absent 2027–2029: 2030 is a new title, not "Duy trì".
    expect(maintains([t(2026)], 2030, defaultMaintenance)).toBe(false);
    expect(maintains([t(2025, 'revoked')], 2026, defaultMaintenance)).toBe(false);
    // A plan that reads any earlier year as enough.
    expect(maintains([t(2026)], 2030, { ...defaultMaintenance, consecutive: false })).toBe(true);
  });

  it('counts the years in a row a unit has held it', () => {
    const titles = [t(2022), t(2023, 'maintained'), t(2024, 'maintained'), t(2026)];
    expect(consecutiveYears(titles, 2024)).toBe(3);
    expect(consecutiveYears(titles, 2025)).toBe(0);
    expect(consecutiveYears(titles, 2026)).toBe(1);
  });

  it('counts new titles toward "build at least …", maintained ones only where the plan says', () => {
    const rows = [
      { state: 'recognised', kind: 'phuong', n: 2 },
      { state: 'maintained', kind: 'phuong', n: 3 },
    ];
    expect(tally(rows).achievedByKind).toEqual({ phuong: 2 });
    expect(tally(rows).maintainedByKind).toEqual({ phuong: 3 });
    expect(tally(rows, false, { targetsCountMaintained: true }).achievedByKind).toEqual({
      phuong: 5,
    });
    expect(targetStates(defaultMaintenance)).toEqual(['recognised']);
  });

  it("lists the year's units due to maintain with where each stands, and flags a lost safety rating", () => {
    const unit = (name: string) => ({ code: name, name, kind: 'phuong' });
    const due: DueUnit[] = [
      { unit: unit('An Cựu'), titles: [t(2025)], state: 'selection_proposed', anttSafe: true },
      {
        unit: unit('Thuận Hóa'),
        titles: [t(2024), t(2025, 'maintained')],
        state: 'maintained',
        anttSafe: true,
      },
      { unit: unit('Vỹ Dạ'), titles: [t(2025)], state: null, anttSafe: false },
      { unit: unit('Kim Long'), titles: [t(2025)], state: 'not_proposed', anttSafe: null },
      { unit: unit('Hương Sơ'), titles: [t(2023)], state: null, anttSafe: null },
    ];
    const rows = maintenanceList(due, 2026, false);
    expect(rows.map((r) => [r.unit.name, r.status, r.heldYears, r.flags])).toEqual([
      ['An Cựu', 'in_progress', 1, []],
      ['Kim Long', 'lapsed', 1, []],
      ['Thuận Hóa', 'maintained', 2, []],
      ['Vỹ Dạ', 'not_registered', 1, ['safety_lost']],
    ]);
    // Once the year is over, a unit that never registered, or is still under way, has lapsed.
    const over = maintenanceList(due, 2026, true);
    expect(over.find((r) => r.unit.name === 'Vỹ Dạ')?.status).toBe('lapsed');
    expect(over.find((r) => r.unit.name === 'An Cựu')?.status).toBe('lapsed');
  });
});
