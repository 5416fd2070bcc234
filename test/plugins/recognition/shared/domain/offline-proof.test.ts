// What a certificate says about itself offline: the QR payload's fields, and that the whole QR
// text (address, "#", the signed payload) stays small enough for a code printed 34 mm wide even
// for a long unit name; the Open Badges and status-list credentials' shapes.
import crypto from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  badgeCredentialOf,
  qrPayloadOf,
  qrTextOf,
  statusListCredentialOf,
  type ProofView,
} from '../../../../../plugins/recognition/shared/domain/offline-proof';
import { signJws } from '../../../../../pipeline/src/credentials';

const view = (over: Partial<ProofView> = {}): ProofView => ({
  id: 4217,
  year: 2026,
  status: 'recognised',
  serial: 'HUE-2026-0042',
  decisionNumber: '2788/QĐ-UBND',
  decisionDate: '2026-12-09',
  unit: { name: 'A Lưới 1', kind: 'xa' },
  jurisdiction: {
    slug: 'hue',
    name: 'Huế',
    issuerLine1: 'ỦY BAN NHÂN DÂN',
    issuerLine2: 'THÀNH PHỐ HUẾ',
  },
  ...over,
});

describe('offline proof of a certificate', () => {
  it('puts the serial, unit, kind, year, decision and list index in the payload', () => {
    expect(qrPayloadOf(view())).toEqual({
      v: 1,
      iss: 'hue',
      sn: 'HUE-2026-0042',
      u: 'Xã A Lưới 1',
      k: 'xa',
      y: 2026,
      qd: '2788/QĐ-UBND',
      nd: '2026-12-09',
      sl: 4217,
    });
    expect(qrPayloadOf(view({ status: 'maintained' }))).toMatchObject({ m: 1 });
  });

  it('keeps the QR code at version 20 or below even for a long organisation name', () => {
    const key = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const long = view({
      unit: {
        name: 'Trường Trung học phổ thông chuyên Quốc Học Huế và các đơn vị trực thuộc',
        kind: 'co_so_giao_duc',
      },
      id: 9_999_999,
    });
    const text = qrTextOf(
      `https://dienhinh.congan.hue.gov.vn/verify/${long.serial}`,
      signJws(qrPayloadOf(long), key),
    );
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(qr.version).toBeLessThanOrEqual(20);
  });

  it('describes the certificate as an Open Badges 3.0 credential with its status entry', () => {
    const vc = badgeCredentialOf(view(), 'https://x.gov.vn', new Date('2026-12-09T03:00:00Z'));
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.issuer).toEqual({
      id: 'https://x.gov.vn/verify/issuers/hue',
      type: ['Profile'],
      name: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ',
    });
    expect(vc.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'Award',
      criteria: { narrative: expect.stringContaining('2788/QĐ-UBND') },
    });
    expect(vc.credentialStatus).toEqual({
      id: 'https://x.gov.vn/verify/status/hue#4217',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '4217',
      statusListCredential: 'https://x.gov.vn/verify/status/hue',
    });
    expect(vc.validFrom).toBe('2026-12-09T03:00:00.000Z');
  });

  it('describes the revocation list as a BitstringStatusListCredential', () => {
    const c = statusListCredentialOf(
      { slug: 'hue', name: 'Huế' },
      'uH4sI',
      'https://x.gov.vn',
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(c).toMatchObject({
      id: 'https://x.gov.vn/verify/status/hue',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      credentialSubject: {
        id: 'https://x.gov.vn/verify/status/hue#list',
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: 'uH4sI',
      },
    });
  });
});
