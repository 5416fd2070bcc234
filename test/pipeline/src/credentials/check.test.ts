// The offline check of a scanned QR text, with kept keys and lists only: valid, revoked, no list
// kept, a key of another province, an old code holding only the address, a forged payload.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkQrText,
  encodeStatusList,
  publicJwk,
  signJws,
} from '../../../../pipeline/src/credentials';

const key = () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
const claims = {
  v: 1,
  iss: 'hue',
  sn: 'HUE-2026-0001',
  u: 'Xã A Lưới 1',
  k: 'xa',
  y: 2026,
  qd: '2788/QĐ-UBND',
  nd: '2026-12-09',
  sl: 12,
};

describe('checking a scanned QR text offline', () => {
  const hue = key();
  const dongThap = key();
  const keys = [
    publicJwk(hue, { iss: 'hue', name: 'Huế' }),
    publicJwk(dongThap, { iss: 'dong-thap', name: 'Đồng Tháp' }),
  ];
  const list = (revoked: number[]) =>
    signJws(
      {
        validFrom: '2027-01-01T00:00:00Z',
        credentialSubject: { statusPurpose: 'revocation', encodedList: encodeStatusList(revoked) },
      },
      hue,
      { typ: 'vc+jwt' },
    );
  const text = `https://x.gov.vn/verify/${claims.sn}#${signJws(claims, hue)}`;

  it('reads valid when signed by the province and not in its list, revoked when it is', async () => {
    expect(await checkQrText(text, keys, { hue: list([3]) })).toMatchObject({
      status: 'valid',
      issuerName: 'Huế',
      claims,
      listSignedAt: '2027-01-01T00:00:00Z',
    });
    expect(await checkQrText(text, keys, { hue: list([12]) })).toMatchObject({ status: 'revoked' });
  });

  it('says what is missing or wrong, in Vietnamese', async () => {
    expect(await checkQrText(text, keys, {})).toMatchObject({
      status: 'unknown',
      reasons: [expect.stringContaining('Chưa có danh sách thu hồi')],
    });
    // A list signed by another key is not believed.
    const foreignList = signJws(
      { validFrom: 'x', credentialSubject: { encodedList: encodeStatusList([]) } },
      dongThap,
    );
    expect(await checkQrText(text, keys, { hue: foreignList })).toMatchObject({
      status: 'unknown',
    });
    // Đồng Tháp's key cannot speak for Huế.
    expect(await checkQrText(signJws(claims, dongThap), keys, {})).toMatchObject({
      status: 'invalid',
      reasons: [expect.stringContaining('khóa của "dong-thap"')],
    });
    expect(await checkQrText('https://x.gov.vn/verify/HUE-2025-0001', keys, {})).toMatchObject({
      status: 'unknown',
      reasons: [expect.stringContaining('chỉ có địa chỉ kiểm tra')],
    });
    const [h, , s] = text.slice(text.indexOf('#') + 1).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sl: 13 })).toString('base64url');
    expect(await checkQrText(`${h}.${forged}.${s}`, keys, { hue: list([12]) })).toMatchObject({
      status: 'invalid',
    });
  });
});
