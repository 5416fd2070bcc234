import { describe, expect, it } from 'vitest';
import {
  checkResultHeader,
  validateResultRows,
} from '../../../../../plugins/recognition/shared/domain/result-import';

const row = (line: number, cells: Record<string, string>) => ({ line, cells });

describe('a year’s results from a list', () => {
  it('reads "có"/"không" and Vietnamese classifications, with references', () => {
    const { rows, errors } = validateResultRows([
      row(2, {
        unit_code: '19815',
        antt_safe: 'Có',
        classification: 'Xuất sắc',
        antt_decision_ref: ' QĐ  12 ',
      }),
      row(3, { unit_code: '19909', antt_safe: 'không', classification: '' }),
      row(4, { unit_code: '20044', antt_safe: 'đạt', classification: 'trung bình' }),
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.unitCode, r.anttSafe, r.classification, r.anttDecisionRef])).toEqual([
      ['19815', true, 'xuat_sac', 'QĐ 12'],
      ['19909', false, null, null],
      ['20044', true, 'trung_binh', null],
    ]);
  });

  it('names the line, column and what is allowed for each bad cell, and duplicates', () => {
    const { errors } = validateResultRows([
      row(2, { unit_code: '', antt_safe: 'có' }),
      row(3, { unit_code: '2', antt_safe: 'có lẽ', classification: 'giỏi' }),
      row(4, { unit_code: '1', antt_safe: 'có' }),
      row(5, { unit_code: '1', antt_safe: 'không' }),
    ]);
    expect(errors.map((e) => `${e.line}:${e.column}`)).toEqual([
      '2:unit_code',
      '3:antt_safe',
      '3:classification',
      '5:unit_code',
    ]);
    expect(errors[2].reason).toContain('"xuất sắc", "khá", "trung bình", "yếu"');
    expect(errors[3].reason).toBe('mã đơn vị trùng với dòng 4');
  });

  it('asks for the required columns', () => {
    expect(checkResultHeader(['unit_code']).map((e) => e.column)).toEqual(['antt_safe']);
  });
});
