// The QR code's signatures: compact JWS with ES256 made by Node's crypto, checked both by our
// verifier and by an independent library (jose), and refused when changed, unsigned or signed
// by a key that is not in the kept set.
import crypto from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  jwkThumbprint,
  keyId,
  publicJwk,
  signJws,
  verifyJws,
} from '../../../../pipeline/src/credentials';

const key = () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

describe('compact JWS (ES256)', () => {
  it('signs what jose verifies, and verifies it itself', async () => {
    const k = key();
    const jwk = publicJwk(k, { iss: 'hue' });
    const token = signJws({ sn: 'HUE-2026-0001', u: 'Phường An Cựu' }, k, { typ: 'vc+jwt' });
    const viaJose = await compactVerify(token, createLocalJWKSet({ keys: [jwk] }));
    expect(JSON.parse(new TextDecoder().decode(viaJose.payload))).toEqual({
      sn: 'HUE-2026-0001',
      u: 'Phường An Cựu',
    });
    expect(viaJose.protectedHeader).toEqual({ alg: 'ES256', kid: jwk.kid, typ: 'vc+jwt' });
    expect(await verifyJws(token, [jwk])).toMatchObject({
      ok: true,
      payload: { u: 'Phường An Cựu' },
    });
  });

  it('names a key by the first 64 bits of its RFC 7638 thumbprint', async () => {
    const k = key();
    const pub = crypto.createPublicKey(k);
    const { x, y } = pub.export({ format: 'jwk' }) as { x: string; y: string };
    const expected = crypto
      .createHash('sha256')
      .update(`{"crv":"P-256","kty":"EC","x":"${x}","y":"${y}"}`)
      .digest('base64url');
    expect(jwkThumbprint(pub)).toBe(expected);
    expect(keyId(pub)).toBe(expected.slice(0, 11));
  });

  it('refuses a changed payload, another key, another algorithm and garbage, in Vietnamese', async () => {
    const k = key();
    const jwk = publicJwk(k);
    const token = signJws({ a: 1 }, k);
    const [h, , s] = token.split('.');
    expect(
      await verifyJws(`${h}.${Buffer.from('{"a":2}').toString('base64url')}.${s}`, [jwk]),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('không hợp lệ') });
    expect(await verifyJws(token, [publicJwk(key())])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Không có khóa công khai'),
    });
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${token.split('.')[1]}.`;
    expect(await verifyJws(none, [jwk])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('không được chấp nhận'),
    });
    expect(await verifyJws('abc', [jwk])).toMatchObject({ ok: false });
    expect(await verifyJws('a.b.c', [jwk])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('bị hỏng'),
    });
    expect(() =>
      publicJwk(crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey),
    ).toThrow(/P-256/);
  });
});
