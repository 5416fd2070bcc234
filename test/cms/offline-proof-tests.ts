// Checking a certificate with no server: the QR code printed on the issued PDF (read back from the
// page image by zbarimg) carries the verification URL and, after "#", a compact JWS signed with
// the province's key; an independent JOSE library (jose) verifies it, the province's signed
// Bitstring Status List and the Open Badges 3.0 credential against the published keys; the
// revoked certificate of the decision tests reads as revoked; `npm run verify` checks the PDF and
// the scanned text from a kept copy of the keys and lists.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { compactVerify, createLocalJWKSet, jwtVerify } from 'jose';
import { expect, it } from 'vitest';
import { checkQrText } from '../../pipeline/src/credentials';
import { qrOfPdf } from '../../pipeline/src/validate/qr-scan';
import type { PublicJwk } from '../../pipeline/src/credentials';
import { projectRoot, type TestApp } from '../helpers/strapi';

export function offlineProofTests(getApp: () => TestApp, serial: string) {
  const get = (p: string) => fetch(`${getApp().baseUrl}${p}`);
  const keys = async () => (await (await get('/verify/keys.json')).json()) as { keys: PublicJwk[] };
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-offline-'));

  it('publishes each province’s public key as a JWK Set', async () => {
    const res = await get('/verify/keys.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/jwk-set+json');
    const { keys: list } = (await res.json()) as { keys: PublicJwk[] };
    expect(list.map((k) => k.iss).sort()).toEqual(['dong-thap', 'hue']);
    for (const k of list)
      expect(k).toMatchObject({
        kty: 'EC',
        crv: 'P-256',
        alg: 'ES256',
        use: 'sig',
        kid: expect.stringMatching(/^[\w-]{11}$/),
      });
    expect(new Set(list.map((k) => k.kid)).size).toBe(2);
  });

  it(
    'prints a QR code that zbarimg reads back as the verification URL and a signed payload that jose verifies',
    { timeout: 60_000 },
    async () => {
      const pdf = Buffer.from(
        await (await get(`/api/recognition/certificates/${serial}/pdf`)).arrayBuffer(),
      );
      // Read from a 72 dpi rendering: the code is large and plain enough for a phone held at a printed page.
      const text = qrOfPdf(pdf, 72);
      expect(text.startsWith(`${getApp().baseUrl}/verify/${serial}#`)).toBe(true);
      const jws = text.slice(text.indexOf('#') + 1);
      const { payload, protectedHeader } = await compactVerify(
        jws,
        createLocalJWKSet(await keys()),
      );
      expect(protectedHeader).toEqual({ alg: 'ES256', kid: expect.any(String) });
      const claims = JSON.parse(new TextDecoder().decode(payload));
      expect(claims).toMatchObject({
        v: 1,
        iss: 'hue',
        sn: serial,
        u: 'Phường An Cựu',
        k: 'phuong',
        y: 2025,
        qd: '01/QĐ-UBND',
        nd: '2025-12-09',
        sl: expect.any(Number),
      });
      // The payload is Huế's: Đồng Tháp's key does not verify it.
      const dongThap = (await keys()).keys.filter((k) => k.iss === 'dong-thap');
      await expect(compactVerify(jws, createLocalJWKSet({ keys: dongThap }))).rejects.toThrow();
      // With the keys and Huế's list kept, the scanned text reads valid, without asking the server.
      const list = await (await get('/verify/status/hue')).text();
      expect(await checkQrText(text, (await keys()).keys, { hue: list })).toMatchObject({
        status: 'valid',
        claims: { sn: serial },
      });
      // One changed character of the payload and the signature fails.
      const [h, p, s] = jws.split('.');
      const forged = Buffer.from(JSON.stringify({ ...claims, u: 'Phường Khác' })).toString(
        'base64url',
      );
      expect(
        await checkQrText(`${h}.${forged}.${s}`, (await keys()).keys, { hue: list }),
      ).toMatchObject({
        status: 'invalid',
      });
      expect(p).not.toBe(forged);
    },
  );

  it('signs each province’s revocation list as a Bitstring Status List credential, with the revoked certificate set', async () => {
    const { strapi } = getApp();
    const revoked = await strapi.db
      .query('plugin::recognition.recognition')
      .findOne({ where: { status: 'revoked', unit: { jurisdiction: { slug: 'hue' } } } });
    expect(revoked, 'the decision tests revoke a Huế certificate first').toBeTruthy();
    const res = await get('/verify/status/hue');
    expect(res.headers.get('content-type')).toContain('application/vc+jwt');
    const { payload, protectedHeader } = await jwtVerify(
      await res.text(),
      createLocalJWKSet(await keys()),
      { typ: 'vc+jwt' },
    );
    expect(protectedHeader.cty).toBe('vc');
    expect(payload).toMatchObject({
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' },
    });
    const encoded = (payload.credentialSubject as { encodedList: string }).encodedList;
    const bits = zlib.gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bits.length).toBeGreaterThanOrEqual(16_384);
    const bit = (i: number) => (bits[i >> 3] >> (7 - (i & 7))) & 1;
    expect(bit(revoked.id)).toBe(1);
    const live = await strapi.db
      .query('plugin::recognition.recognition')
      .findOne({ where: { serial } });
    expect(bit(live.id)).toBe(0);
    // The revoked certificate's own QR payload reads as revoked.
    const jws = await strapi.plugin('recognition').service('attestation').qrJwsOf(revoked.serial);
    expect(
      await checkQrText(jws, (await keys()).keys, {
        hue: await (await get('/verify/status/hue')).text(),
      }),
    ).toMatchObject({ status: 'revoked' });
    expect((await get('/verify/status/nowhere')).status).toBe(404);
    expect((await get('/verify/status/BAD_slug')).status).toBe(400);
  });

  it('downloads a certificate as an Open Badges 3.0 credential that jose verifies', async () => {
    const res = await get(`/verify/${serial}/credential`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`giay-chung-nhan-${serial}.vc.jwt`);
    const { payload } = await jwtVerify(await res.text(), createLocalJWKSet(await keys()), {
      typ: 'vc+jwt',
    });
    expect(payload['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(payload).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { type: ['Profile'], name: expect.stringContaining('HUẾ') },
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ identityHash: 'Phường An Cựu' }],
        achievement: { type: ['Achievement'], name: expect.stringContaining('Đơn vị điển hình') },
      },
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListCredential: `${getApp().baseUrl}/verify/status/hue`,
      },
    });
    expect(Date.parse(String(payload.validFrom))).not.toBeNaN();
    expect((await get('/verify/NOPE-2025-0000/credential')).status).toBe(404);
  });

  it(
    'verifies a certificate PDF and a scanned payload offline with npm run verify',
    { timeout: 120_000 },
    async () => {
      const cache = tmp();
      const env = { ...process.env, DIENHINH_VERIFY_CACHE: cache };
      const cli = path.join(projectRoot, 'scripts', 'dist', 'verify.js');
      // Asynchronous: the app answers --fetch from this same thread.
      const run = (...args: string[]) =>
        new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
          execFile(
            'node',
            [cli, ...args],
            { encoding: 'utf8', env, timeout: 60_000 },
            (err, stdout, stderr) =>
              resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
          ),
        );
      try {
        // Nothing kept yet: the command says how to get the keys.
        const none = await run('abc.def.ghi');
        expect(none.status).toBe(1);
        expect(none.stderr).toContain('npm run verify -- --fetch');
        expect((await run('--fetch', '--url', getApp().baseUrl)).stdout).toContain(
          'Đã lưu 2 khóa công khai',
        );
        const file = path.join(cache, 'c.pdf');
        fs.writeFileSync(
          file,
          Buffer.from(
            await (await get(`/api/recognition/certificates/${serial}/pdf`)).arrayBuffer(),
          ),
        );
        // From here on the server is never asked (the command only reads the cache without --fetch).
        const pdf = await run(file);
        expect(pdf.stdout).toContain('Chữ ký số của tệp: nguyên vẹn (ETSI.CAdES.detached)');
        expect(pdf.stdout).toContain(`Giấy chứng nhận số ${serial}: Phường An Cựu`);
        expect(pdf.stdout).toContain('✓ CÒN HIỆU LỰC');
        expect(pdf.status, pdf.stdout + pdf.stderr).toBe(0);
        const revokedSerial = (
          await getApp()
            .strapi.db.query('plugin::recognition.recognition')
            .findOne({ where: { status: 'revoked', unit: { jurisdiction: { slug: 'hue' } } } })
        ).serial;
        const qr = await getApp()
          .strapi.plugin('recognition')
          .service('attestation')
          .qrJwsOf(revokedSerial);
        const revoked = await run(`${getApp().baseUrl}/verify/${revokedSerial}#${qr}`);
        expect(revoked.stdout).toContain('✗ ĐÃ BỊ THU HỒI');
        expect(revoked.status).toBe(1);
        const changed = fs.readFileSync(file);
        changed[changed.indexOf('/MediaBox') + 12] ^= 1;
        fs.writeFileSync(file, changed);
        expect((await run(file)).stdout).toContain('KHÔNG HỢP LỆ');
      } finally {
        fs.rmSync(cache, { recursive: true, force: true });
      }
    },
  );
}
