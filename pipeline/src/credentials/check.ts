// Checks a certificate's QR text with nothing but kept copies of the provinces' public keys and
// revocation lists: the signed payload (a compact JWS after "#"), then its index in the issuing
// province's signed Bitstring Status List. One code for both places that check: `npm run verify`
// (Node) and the verification page in a phone's browser, offline (verify/offline.ts, bundled):
// it uses only what both have (WebCrypto, DecompressionStream, atob), never a Node module.
import type { JwsHeader, PublicJwk } from './jws';

export type { PublicJwk };

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

const bytesOf = (b64url: string): Uint8Array<ArrayBuffer> => {
  const s = b64url.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(s + '==='.slice((s.length + 3) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};
const jsonOf = (part: string) => JSON.parse(new TextDecoder().decode(bytesOf(part)));

export type JwsCheck<T> =
  | { ok: true; header: JwsHeader; payload: T; key: PublicJwk }
  | { ok: false; reason: string };

/** Verifies a compact JWS (ES256) against a set of public keys; the reason is in Vietnamese. */
export async function verifyJws<T = unknown>(
  token: string,
  keys: PublicJwk[],
): Promise<JwsCheck<T>> {
  const parts = token.trim().split('.');
  if (parts.length !== 3)
    return { ok: false, reason: 'Dữ liệu không phải chữ ký JWS dạng rút gọn.' };
  let header: JwsHeader;
  let payload: T;
  try {
    header = jsonOf(parts[0]);
    payload = jsonOf(parts[1]);
  } catch {
    return { ok: false, reason: 'Dữ liệu mã QR bị hỏng (không đọc được).' };
  }
  if (header.alg !== 'ES256')
    return {
      ok: false,
      reason: `Thuật toán ${String(header.alg)} không được chấp nhận (chỉ ES256).`,
    };
  const key = keys.find((k) => k.kid === header.kid);
  if (!key)
    return {
      ok: false,
      reason: `Không có khóa công khai ${String(header.kid)} trong danh sách khóa đã lưu: cập nhật danh sách khóa khi có mạng.`,
    };
  const publicKey = await crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', x: key.x, y: key.y },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  // WebCrypto's ECDSA signature is r||s (IEEE P1363), as JWS has it.
  const valid = await crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    publicKey,
    bytesOf(parts[2]),
    new TextEncoder().encode(`${parts[0]}.${parts[1]}`),
  );
  return valid
    ? { ok: true, header, payload, key }
    : {
        ok: false,
        reason: 'Chữ ký của mã QR không hợp lệ: nội dung đã bị sửa hoặc không do cơ quan này cấp.',
      };
}

/** Whether a Bitstring Status List (multibase base64url of the GZIP of the bits) has this index set. */
export async function statusAt(encodedList: string, index: number): Promise<boolean> {
  if (!encodedList.startsWith('u'))
    throw new Error('Danh sách trạng thái không đúng định dạng (multibase base64url).');
  const stream = new Blob([bytesOf(encodedList.slice(1))])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  if (index < 0 || index >> 3 >= bytes.length)
    throw new Error(`Chỉ số ${index} nằm ngoài danh sách trạng thái.`);
  return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

export const jwsOfQrText = (text: string) =>
  (text.includes('#') ? text.slice(text.indexOf('#') + 1) : text).trim();

export async function checkQrText(
  text: string,
  keys: PublicJwk[],
  statusLists: Record<string, string>,
  /** How this reader gets a list it has not kept (the command's option, the page's advice). */
  update = 'npm run verify -- --fetch',
): Promise<OfflineVerdict> {
  if (/^https?:\/\//.test(text.trim()) && !text.includes('#')) {
    return {
      status: 'unknown',
      reasons: [
        `Mã QR chỉ có địa chỉ kiểm tra (giấy chứng nhận cấp trước khi có dữ liệu ký số trong mã QR): mở ${text.trim()} để kiểm tra trực tuyến.`,
      ],
    };
  }
  const qr = await verifyJws<QrClaims>(decodeURIComponent(jwsOfQrText(text)), keys);
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
      reasons: [`Chưa có danh sách thu hồi của ${issuerName}: cập nhật khi có mạng (${update}).`],
      claims,
      issuerName,
    };
  const signedList = await verifyJws<{
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
  const revoked = await statusAt(signedList.payload.credentialSubject.encodedList, claims.sl);
  return {
    status: revoked ? 'revoked' : 'valid',
    reasons: revoked ? ['Giấy chứng nhận có trong danh sách thu hồi.'] : [],
    claims,
    issuerName,
    listSignedAt: signedList.payload.validFrom,
  };
}
