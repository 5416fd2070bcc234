// Checks a certificate's QR text with nothing but kept copies of the provinces' public keys and
// revocation lists: the signed payload (a compact JWS after "#"), then its index in the issuing
// province's signed Bitstring Status List. Used by `npm run verify`; the browser does the same
// in plugins/recognition/verify/offline.js.
import { verifyJws, type PublicJwk } from './jws';
import { statusAt } from './status-list';

export type QrClaims = {
  v: number;
  iss: string;
  sn: string;
  u: string;
  k: string;
  y: number;
  m?: 1;
  qd: string;
  nd: string;
  sl: number;
};
export type OfflineVerdict = {
  /** valid: signed and not revoked; revoked: in the list; unknown: signed, no list kept; invalid: not signed by a known key. */
  status: 'valid' | 'revoked' | 'unknown' | 'invalid';
  reasons: string[];
  claims?: QrClaims;
  issuerName?: string;
  /** When the revocation list used was signed. */
  listSignedAt?: string;
};

export const jwsOfQrText = (text: string) =>
  (text.includes('#') ? text.slice(text.indexOf('#') + 1) : text).trim();

export function checkQrText(
  text: string,
  keys: PublicJwk[],
  statusLists: Record<string, string>,
): OfflineVerdict {
  if (/^https?:\/\//.test(text.trim()) && !text.includes('#')) {
    return {
      status: 'unknown',
      reasons: [
        `Mã QR chỉ có địa chỉ kiểm tra (giấy chứng nhận cấp trước khi có dữ liệu ký số trong mã QR): mở ${text.trim()} để kiểm tra trực tuyến.`,
      ],
    };
  }
  const qr = verifyJws<QrClaims>(decodeURIComponent(jwsOfQrText(text)), keys);
  if (!qr.ok) return { status: 'invalid', reasons: [qr.reason] };
  const claims = qr.payload;
  const issuerName = String(qr.key.name ?? claims.iss);
  // The key must be the province's own: a key of one province cannot speak for another.
  if (qr.key.iss !== undefined && qr.key.iss !== claims.iss)
    return {
      status: 'invalid',
      reasons: [
        `Mã QR ghi tỉnh "${claims.iss}" nhưng được ký bằng khóa của "${String(qr.key.iss)}".`,
      ],
      claims,
    };
  const list = statusLists[claims.iss];
  if (!list)
    return {
      status: 'unknown',
      reasons: [
        `Chưa có danh sách thu hồi của ${issuerName}: cập nhật khi có mạng (npm run verify -- --fetch).`,
      ],
      claims,
      issuerName,
    };
  const signedList = verifyJws<{
    validFrom: string;
    credentialSubject: { encodedList: string; statusPurpose: string };
  }>(list, [qr.key]);
  if (!signedList.ok)
    return {
      status: 'unknown',
      reasons: [`Danh sách thu hồi đã lưu không hợp lệ: ${signedList.reason}`],
      claims,
      issuerName,
    };
  const revoked = statusAt(signedList.payload.credentialSubject.encodedList, claims.sl);
  return {
    status: revoked ? 'revoked' : 'valid',
    reasons: revoked ? ['Giấy chứng nhận có trong danh sách thu hồi.'] : [],
    claims,
    issuerName,
    listSignedAt: signedList.payload.validFrom,
  };
}
