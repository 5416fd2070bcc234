import { describe, expect, it } from 'vitest';
import {
  checkHeader,
  formatRowError,
  validateUnitRows,
  type RawRow,
} from '../../../../../plugins/recognition/shared/domain/unit-import';

const row = (line: number, cells: Record<string, string>): RawRow => ({ line, cells });

describe('checkHeader', () => {
  it('accepts the required columns in any order and case', () => {
    expect(checkHeader(['Code', 'NAME', 'kind', 'formed_from'])).toEqual([]);
  });

  it('names every missing column', () => {
    const errors = checkHeader(['kind', 'ten']);
    expect(errors.map((e) => e.column)).toEqual(['name', 'code']);
    expect(errors[0].reason).toContain('thiếu cột "name"');
  });
});

describe('validateUnitRows', () => {
  it('accepts good rows, Vietnamese kind words, and defaults active to true', () => {
    const { rows, errors } = validateUnitRows([
      row(2, { kind: 'xa', name: 'Thử Nghiệm', code: '99901' }),
      row(3, {
        kind: 'Cơ sở giáo dục',
        name: '  Trường   THCS Mẫu ',
        code: 'HUE-GD-9',
        managing_commune_code: '99901',
        active: 'không',
      }),
    ]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        kind: 'xa',
        name: 'Thử Nghiệm',
        code: '99901',
        formedFrom: null,
        managingCommuneCode: null,
        active: true,
      },
      {
        line: 3,
        kind: 'co_so_giao_duc',
        name: 'Trường THCS Mẫu',
        code: 'HUE-GD-9',
        formedFrom: null,
        managingCommuneCode: '99901',
        active: false,
      },
    ]);
  });

  it('normalises names to NFC', () => {
    const { rows } = validateUnitRows([
      row(2, { kind: 'phuong', name: 'An Cựu'.normalize('NFD'), code: '1' }),
    ]);
    expect(rows[0].name).toBe('An Cựu'.normalize('NFC'));
  });

  it.each([
    [{ kind: 'thôn', name: 'A', code: '1' }, 'kind', 'loại đơn vị phải là một trong'],
    [{ kind: 'xa', name: '', code: '1' }, 'name', 'không được để trống'],
    [{ kind: 'xa', name: 'A'.repeat(201), code: '1' }, 'name', 'dài quá 200'],
    [{ kind: 'xa', name: 'A', code: 'mã có dấu' }, 'code', 'mã đơn vị phải có 1–40 ký tự'],
    [{ kind: 'xa', name: 'A', code: '' }, 'code', 'mã đơn vị phải có'],
    [
      { kind: 'xa', name: 'A', code: '1', managing_commune_code: '2' },
      'managing_commune_code',
      'chỉ cơ quan, doanh nghiệp',
    ],
    [
      { kind: 'co_quan', name: 'A', code: '1', managing_commune_code: '1' },
      'managing_commune_code',
      'tự quản lý',
    ],
    [{ kind: 'xa', name: 'A', code: '1', active: 'có lẽ' }, 'active', 'cột active phải là'],
  ])('reports %o at column %s', (cells, column, reason) => {
    const { rows, errors } = validateUnitRows([row(7, cells)]);
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 7, column });
    expect(errors[0].reason).toContain(reason);
  });

  it('reports a duplicate code with the line it repeats, and returns no rows when any row is wrong', () => {
    const { rows, errors } = validateUnitRows([
      row(2, { kind: 'xa', name: 'A', code: '1' }),
      row(3, { kind: 'xa', name: 'B', code: '2' }),
      row(4, { kind: 'xa', name: 'C', code: '1' }),
    ]);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { line: 4, column: 'code', value: '1', reason: 'mã đơn vị trùng với dòng 2' },
    ]);
  });

  it('formats an error as a Vietnamese report line', () => {
    expect(
      formatRowError({ line: 4, column: 'code', value: '1', reason: 'mã đơn vị trùng với dòng 2' }),
    ).toBe('Dòng 4, cột "code" (giá trị "1"): mã đơn vị trùng với dòng 2');
  });
});
