// Compact JWS with ES256 (ECDSA P-256, SHA-256; RFC 7515/7518) by Node's crypto: what the QR code
// of a certificate, the revocation list and the downloadable credential are signed with. Keys are
// named by their RFC 7638 thumbprint, published as a JWK Set. Verification (check.ts) needs only
// the public keys, so a copy of the set is enough to check a certificate with no network at all.
import crypto from 'node:crypto';

export type PublicJwk = {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
} & Record<string, unknown>;
export type JwsHeader = { alg: 'ES256'; kid: string; typ?: string; cty?: string };

const b64u = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** RFC 7638 thumbprint of an EC public key: SHA-256 over {crv, kty, x, y} in that order. */
export function jwkThumbprint(key: crypto.KeyObject): string {
  const jwk = key.export({ format: 'jwk' }) as { crv: string; x: string; y: string };
  return b64u(
    crypto
      .createHash('sha256')
      .update(JSON.stringify({ crv: jwk.crv, kty: 'EC', x: jwk.x, y: jwk.y }))
      .digest(),
  );
}

/** A key's id: the first 11 characters (64 bits) of its thumbprint, short enough for a QR code. */
export const keyId = (key: crypto.KeyObject) => jwkThumbprint(key).slice(0, 11);

export function publicJwk(key: crypto.KeyObject, extra: Record<string, unknown> = {}): PublicJwk {
  const pub = key.type === 'private' ? crypto.createPublicKey(key) : key;
  const jwk = pub.export({ format: 'jwk' }) as { crv: string; x: string; y: string };
  if (jwk.crv !== 'P-256') throw new Error('Khóa ký mã QR phải là ECDSA P-256.');
  return {
    kty: 'EC',
    crv: 'P-256',
    x: jwk.x,
    y: jwk.y,
    kid: keyId(pub),
    alg: 'ES256',
    use: 'sig',
    ...extra,
  };
}

export function signJws(
  payload: unknown,
  key: crypto.KeyObject,
  header: Omit<JwsHeader, 'alg' | 'kid'> = {},
): string {
  const protectedHeader: JwsHeader = {
    alg: 'ES256',
    kid: keyId(crypto.createPublicKey(key)),
    ...header,
  };
  const input = `${b64u(JSON.stringify(protectedHeader))}.${b64u(JSON.stringify(payload))}`;
  // JWS wants r||s (IEEE P1363), not DER.
  const signature = crypto.sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${b64u(signature)}`;
}
