// The three places a key can live, each signing a real PDF that outside tools accept: a PKCS#12
// key (cades.test.ts), a key inside a real SoftHSM2 token through PKCS#11 (it cannot be read
// out), and a remote signing service on loopback that only ever receives a 32-byte digest.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as pkcs11js from 'pkcs11js';
import { afterAll, describe, expect, it } from 'vitest';
import { withTestPki } from '../../../helpers/pki-fixture';
import { openKeySigner } from '../../../../pipeline/src/sign/key-signers';
import { parsePkcs11Uri, Pkcs11KeySigner } from '../../../../pipeline/src/sign/pkcs11-signer';
import { identityOf, openSigningIdentity } from '../../../../pipeline/src/sign/signing-identity';
import { signatureParts } from '../../../../pipeline/src/sign/signature-info';
import { validatePdfSignature } from '../../../../pipeline/src/validate/validate';
import { issueSigner } from '../../../helpers/pki';
import { der, signedPdf } from '../../../helpers/signed-pdf';
import { startSigningService, type SigningService } from '../../../helpers/signing-service';
import { makeTestToken, SOFTHSM_MODULE, type TestToken } from '../../../helpers/softhsm';

describe('signers behind one interface: PKCS#11 token and remote signing service', () => {
  let token: TestToken;
  let service: SigningService;
  const fx = withTestPki(async ({ pki }) => {
    token = makeTestToken(issueSigner(pki, 'token-signer', 'Chủ tịch trên thiết bị (thử nghiệm)'));
    Object.assign(process.env, token.env);
    service = await startSigningService(
      issueSigner(pki, 'remote-signer', 'Chủ tịch qua dịch vụ ký (thử nghiệm)').key,
      { bearer: 's3cret' },
    );
  });
  const trust = () => ({ roots: [der(fx.pki.root.cert)], crls: [fs.readFileSync(fx.pki.crl)] });
  const check = (name: string, pdf: Buffer) => {
    const file = path.join(fx.pki.dir, name);
    fs.writeFileSync(file, pdf);
    const { cms, signed } = signatureParts(pdf)!;
    fs.writeFileSync(`${file}.p7s`, cms);
    fs.writeFileSync(`${file}.bin`, signed);
    const cmsVerify = spawnSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        `${file}.p7s`,
        '-content',
        `${file}.bin`,
        '-CAfile',
        fx.pki.root.cert,
        '-certfile',
        fx.pki.chain,
        '-out',
        '/dev/null',
      ],
      { encoding: 'utf8' },
    );
    return {
      pdfsig: spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout,
      cms: cmsVerify.stderr,
    };
  };

  afterAll(async () => {
    await service?.close();
    if (token) fs.rmSync(token.dir, { recursive: true, force: true });
  });

  it('reads RFC 7512 URIs, the PIN from the environment, and refuses incomplete ones in Vietnamese', () => {
    expect(
      parsePkcs11Uri('pkcs11:token=T%20A;object=k?module-path=/x.so&pin-value=1234'),
    ).toMatchObject({ token: 'T A', object: 'k', modulePath: '/x.so', pin: '1234' });
    expect(
      parsePkcs11Uri('pkcs11:slot-id=3;id=%01?module-path=/x.so&pin-source=env:P', { P: '99' }),
    ).toMatchObject({ slotId: 3, pin: '99' });
    expect(() => parsePkcs11Uri('pkcs11:token=T?pin-value=1')).toThrow(/thiếu module-path/);
    expect(() => parsePkcs11Uri('pkcs11:object=k?module-path=/x.so')).toThrow(/phải có token=/);
    expect(() => openKeySigner('file:///tmp/key.p12')).toThrow(/không hợp lệ/);
  });

  // First: a token stays logged in for the whole process once any session has logged in.
  it('refuses a wrong PIN and a missing key in Vietnamese', () => {
    expect(() => new Pkcs11KeySigner({ ...parsePkcs11Uri(token.uri), pin: '000000' })).toThrow(
      /sai mã PIN/,
    );
    expect(() => openKeySigner(token.uri.replace('object=signer', 'object=nothing'))).toThrow(
      /không có khóa bí mật "nothing"/,
    );
  });

  it(
    'signs through a SoftHSM2 token: the key stays inside, outside tools accept the signature',
    { timeout: 30_000 },
    async () => {
      const identity = openSigningIdentity(token.uri, {
        tsaUrl: fx.tsa.url,
        certFile: fx.pki.chain,
      });
      expect(identity.kind).toBe('pkcs11');
      expect(identity.commonName).toBe('Chủ tịch trên thiết bị (thử nghiệm)');
      expect(identity.source).not.toContain(token.pin);
      const pdf = await signedPdf(identity.signer);
      const { pdfsig, cms } = check('token.pdf', pdf);
      expect(pdfsig).toContain('Signature Type: ETSI.CAdES.detached');
      expect(pdfsig).toContain('Signature Validation: Signature is Valid.');
      expect(pdfsig).toContain(
        'Signer Certificate Common Name: Chủ tịch trên thiết bị (thử nghiệm)',
      );
      expect(cms).toContain('Verification successful');
      expect(await validatePdfSignature(pdf, trust())).toMatchObject({
        valid: true,
        signer: 'Chủ tịch trên thiết bị (thử nghiệm)',
      });

      // The private key is sensitive and not extractable: asking the token for its value fails.
      const p11 = new pkcs11js.PKCS11();
      p11.load(SOFTHSM_MODULE);
      const slot = p11
        .C_GetSlotList(true)
        .find((s) => p11.C_GetTokenInfo(s).label.trim() === token.label)!;
      const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
      // The signer's session has logged the token in for this process already (PKCS#11 login is per application).
      expect(() => p11.C_Login(session, pkcs11js.CKU_USER, token.pin)).toThrow(
        /CKR_USER_ALREADY_LOGGED_IN/,
      );
      p11.C_FindObjectsInit(session, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
      ]);
      const [key] = p11.C_FindObjects(session, 1);
      p11.C_FindObjectsFinal(session);
      const flags = p11.C_GetAttributeValue(session, key, [
        { type: pkcs11js.CKA_SENSITIVE },
        { type: pkcs11js.CKA_EXTRACTABLE },
      ]);
      expect(flags.map((a) => (a.value as Buffer)[0])).toEqual([1, 0]);
      expect(() =>
        p11.C_GetAttributeValue(session, key, [{ type: pkcs11js.CKA_PRIVATE_EXPONENT }]),
      ).toThrow(/CKR_ATTRIBUTE_SENSITIVE/);
      p11.C_CloseSession(session);
    },
  );

  it(
    'signs through a remote signing service that receives only the digest',
    { timeout: 30_000 },
    async () => {
      // The service's certificate with its issuing CA, as a province would configure it.
      const certFile = path.join(fx.pki.dir, 'remote-chain.pem');
      fs.writeFileSync(
        certFile,
        fs.readFileSync(path.join(fx.pki.dir, 'remote-signer.pem'), 'utf8') +
          fs.readFileSync(fx.pki.intermediate.cert, 'utf8'),
      );
      const identity = identityOf(
        openKeySigner(service.url, { certFile, bearer: 's3cret' }),
        service.url,
        { tsaUrl: fx.tsa.url },
      );
      expect(identity.kind).toBe('remote');
      const before = service.requests.length;
      const pdf = await signedPdf(identity.signer);
      expect(service.requests.length).toBe(before + 1);
      const asked = service.requests.at(-1)!;
      expect(Buffer.from(asked.digest, 'base64')).toHaveLength(32);
      expect(asked.authorization).toBe('Bearer s3cret');
      const { pdfsig, cms } = check('remote.pdf', pdf);
      expect(pdfsig).toContain('Signature Validation: Signature is Valid.');
      expect(cms).toContain('Verification successful');
      expect(
        (
          await validatePdfSignature(pdf, {
            roots: [der(fx.pki.root.cert)],
            intermediates: [der(fx.pki.intermediate.cert)],
          })
        ).valid,
      ).toBe(true);
    },
  );

  it('refuses a service that signs with another key or refuses the caller', async () => {
    // The certificate says "signer", the service holds remote-signer's key: caught before the PDF is written.
    const wrong = identityOf(
      openKeySigner(service.url, { certFile: fx.pki.signer.cert, bearer: 's3cret' }),
      service.url,
    );
    await expect(signedPdf(wrong.signer)).rejects.toThrow(/không khớp chứng thư/);
    const unauthorised = identityOf(
      openKeySigner(service.url, { certFile: path.join(fx.pki.dir, 'remote-signer.pem') }),
      service.url,
    );
    await expect(signedPdf(unauthorised.signer)).rejects.toThrow(/trả lời 401/);
    expect(() => openKeySigner(service.url)).toThrow(/thiếu tệp chứng thư/);
  });
});
