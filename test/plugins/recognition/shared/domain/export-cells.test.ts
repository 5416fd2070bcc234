import { describe, expect, it } from 'vitest';
import { safeCell, safeRow } from '../../../../../plugins/recognition/shared/domain/export-cells';

describe('exported cells', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'writes %j as text',
    (v) => {
      expect(safeCell(v)).toBe(`'${v}`);
    },
  );
  it('leaves ordinary text, numbers (negative too), booleans and nulls as they are', () => {
    expect(safeRow(['Phường An Cựu', -5, 80.5, true, null, '', 'a=b'])).toEqual([
      'Phường An Cựu',
      -5,
      80.5,
      true,
      null,
      '',
      'a=b',
    ]);
    expect(safeRow({ unit: '=1+1', total: 3 })).toEqual({ unit: "'=1+1", total: 3 });
  });
});
