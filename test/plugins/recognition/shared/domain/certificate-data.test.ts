import { describe, expect, it } from 'vitest';
import { certificateData } from '../../../../../templates/certificate/schema';
import {
  certificateDataOf,
  unitDisplayName,
  type RecognitionView,
} from '../../../../../plugins/recognition/shared/domain/certificate-data';
import {
  makeSerial,
  serialSchema,
} from '../../../../../plugins/recognition/shared/domain/certificate-serial';

const view: RecognitionView = {
  year: 2025,
  status: 'recognised',
  serial: 'DEMO-2025-HUE-0001',
  decisionNumber: '01/QĐ-UBND',
  decisionDate: '2025-12-09',
  signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
  signerDelegation: null,
  signerPosition: 'CHỦ TỊCH',
  signerName: 'Nguyễn Văn A',
  unit: { name: 'An Cựu', kind: 'phuong' },
  jurisdiction: {
    issuerLine1: 'ỦY BAN NHÂN DÂN',
    issuerLine2: 'THÀNH PHỐ HUẾ',
    issuerName: 'Ủy ban nhân dân thành phố Huế',
    placeName: 'Huế',
  },
};

describe('certificateDataOf', () => {
  it('builds data the certificate template accepts', () => {
    const data = certificateDataOf(view, 'https://dienhinh.example.vn');
    expect(certificateData.safeParse(data).success).toBe(true);
    expect(data.grantor).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ');
    expect(data.unit.name).toBe('Phường An Cựu');
    expect(data.verifyUrl).toBe('https://dienhinh.example.vn/verify/DEMO-2025-HUE-0001');
    expect(data.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Nguyễn Văn A',
    });
    expect(data.maintained).toBe(false);
  });

  it('marks a maintained recognition', () => {
    expect(certificateDataOf({ ...view, status: 'maintained' }, 'http://x').maintained).toBe(true);
  });

  it.each([
    [{ name: 'An Cựu', kind: 'phuong' }, 'Phường An Cựu'],
    [{ name: 'Mỹ Thọ', kind: 'xa' }, 'Xã Mỹ Thọ'],
    [{ name: 'Phú Quốc', kind: 'dac_khu' }, 'Đặc khu Phú Quốc'],
    [{ name: 'Xã Mỹ Thọ', kind: 'xa' }, 'Xã Mỹ Thọ'],
    [{ name: 'Trường THPT Quốc Học', kind: 'co_so_giao_duc' }, 'Trường THPT Quốc Học'],
  ])('names %o as "%s"', (unit, expected) => {
    expect(unitDisplayName(unit)).toBe(expected);
  });
});

describe('makeSerial', () => {
  it('makes a readable serial from the year and random bytes', () => {
    const serial = makeSerial(2026, new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 31]));
    expect(serial).toBe('2026-2345-6789-ABCZ');
    expect(serialSchema.safeParse(serial).success).toBe(true);
  });

  it('refuses too few random bytes', () => {
    expect(() => makeSerial(2026, new Uint8Array(4))).toThrow(/12 random bytes/);
  });
});
