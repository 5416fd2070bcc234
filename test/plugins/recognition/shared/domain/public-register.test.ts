import { describe, expect, it } from 'vitest';
import {
  registerCsvCells,
  registerRow,
} from '../../../../../plugins/recognition/shared/domain/public-register';

describe('the public register’s CSV', () => {
  it('writes what a person reads: statuses in words, dates as dd/mm/yyyy, never codes or ISO dates', () => {
    const row = registerRow(
      {
        unit: 'Phường An Cựu',
        nowCalled: null,
        kind: 'phuong',
        status: 'revoked',
        decisionNumber: '01/QĐ-UBND',
        decisionDate: '2025-12-09',
        serial: 'S-1',
        revokedAt: '2026-03-01T18:00:00.000Z',
        revocationNumber: '05/QĐ-UBND',
        revocationDate: '2026-03-01',
      },
      'https://dienhinh.example/',
    );
    expect(registerCsvCells(row)).toEqual([
      'Phường An Cựu',
      '',
      'Phường',
      'Đã thu hồi công nhận',
      '01/QĐ-UBND',
      '09/12/2025',
      'S-1',
      'https://dienhinh.example/verify/S-1',
      '02/03/2026',
      '05/QĐ-UBND',
      '01/03/2026',
    ]);
  });
});
