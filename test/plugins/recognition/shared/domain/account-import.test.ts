// The account list's rows: each role by its code or its Vietnamese name, the unit a unit's,
// commune's or department's officer needs, and which units can hold a tier's officer.
import { describe, expect, it } from 'vitest';
import { validateAccountRows } from '../../../../../plugins/recognition/shared/domain/account-import';
import { tierUnitMismatch } from '../../../../../plugins/recognition/shared/domain/units';

const row = (line: number, role: string, unit_code = '') => ({
  line,
  cells: { full_name: `Người ${line}`, email: `nguoi${line}@x.vn`, role, unit_code },
});

describe('validateAccountRows', () => {
  it('reads every role by code or by its Vietnamese name', () => {
    const { rows, errors } = validateAccountRows([
      row(2, 'Cán bộ đơn vị', '20056'),
      row(3, 'cán bộ xã, phường', '19969'),
      row(4, 'department_officer', 'HUE-CQ-001'),
      row(5, 'Thành viên hội đồng'),
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.role, r.unitCode])).toEqual([
      ['unit_officer', '20056'],
      ['commune_officer', '19969'],
      ['department_officer', 'HUE-CQ-001'],
      ['council_member', null],
    ]);
  });

  it('asks each officer for the unit they hold, naming it, and refuses an unknown role', () => {
    const { errors } = validateAccountRows([
      row(2, 'cán bộ xã'),
      row(3, 'cán bộ sở'),
      row(4, 'cán bộ đơn vị'),
      row(5, 'chủ tịch'),
    ]);
    expect(errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [2, 'unit_code', 'cán bộ xã, phường cần mã đơn vị của xã, phường đó'],
      [3, 'unit_code', 'cán bộ sở, ban, ngành cần mã đơn vị của sở, ban, ngành đó'],
      [4, 'unit_code', 'cán bộ đơn vị cần mã đơn vị'],
      [5, 'role', expect.stringContaining('"cán bộ xã, phường" (commune_officer)')],
    ]);
  });
});

describe('tierUnitMismatch', () => {
  it('seats a commune’s officer on a commune and a department’s on an agency only', () => {
    expect(tierUnitMismatch('commune_officer', { name: 'Phường Thanh Thủy', kind: 'phuong' })).toBe(
      null,
    );
    expect(tierUnitMismatch('department_officer', { name: 'Sở GD&ĐT', kind: 'co_quan' })).toBe(
      null,
    );
    expect(tierUnitMismatch('commune_officer', { name: 'Sở GD&ĐT', kind: 'co_quan' })).toBe(
      'Sở GD&ĐT không phải xã, phường, đặc khu: không giao được cán bộ xã, phường.',
    );
    expect(
      tierUnitMismatch('department_officer', { name: 'Trường A', kind: 'co_so_giao_duc' }),
    ).toBe('Trường A không phải cơ quan (sở, ban, ngành): không giao được cán bộ sở, ban, ngành.');
  });
});
