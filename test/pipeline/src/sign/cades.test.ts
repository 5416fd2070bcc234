// The PKI.js CAdES signer on a real chain with a real timestamp authority on loopback, checked
// by tools that did not make the signature: pdfsig reads an ETSI.CAdES.detached signature and
// finds it valid and, with the test root in its NSS store, trusted; qpdf finds the file sound; `openssl cms -verify` verifies it over the PDF's signed byte ranges against the
// test root, its signed attributes carry the ESS signing-certificate-v2 and no signing time, and
// `openssl ts -verify` accepts the timestamp token over the signature value.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { withTestPki } from '../../../helpers/pki-fixture';
import { CadesSigner } from '../../../../pipeline/src/sign/cades';
import { LocalKeySigner } from '../../../../pipeline/src/sign/key-signer';
import { createDemoP12 } from '../../../../pipeline/src/sign/p12';
import { loadSigningIdentity } from '../../../../pipeline/src/sign/signing-identity';
import { signatureParts, signerCertificate } from '../../../../pipeline/src/sign/signature-info';
import { outsideVerdicts } from '../../../helpers/outside-tools';
import { der, signedPdf } from '../../../helpers/signed-pdf';

describe('PAdES baseline signatures built with PKI.js', () => {
  let identity: ConstructorParameters<typeof CadesSigner>[0];
  const fx = withTestPki(({ pki }) => {
    identity = {
      key: new LocalKeySigner(
        [der(pki.signer.cert), der(pki.intermediate.cert)],
        crypto.createPrivateKey(fs.readFileSync(pki.signer.key)),
      ),
    };
  });
  const file = (name: string, data: Buffer) => fx.file(name, data);

  it('reads a name with a comma (the demo key’s organisation) unescaped', async () => {
    const p12 = file('demo.p12', Buffer.alloc(0));
    createDemoP12(p12, 'pw', 'Ủy ban nhân dân (demo)');
    const pdf = await signedPdf(loadSigningIdentity(p12, 'pw').signer);
    expect(signerCertificate(pdf)!.subject).toBe(
      'Ủy ban nhân dân (demo); dienhinh (DEMO, không có giá trị pháp lý); VN',
    );
  });

  it(
    'signs with a timestamp (B-T): pdfsig, openssl cms and openssl ts agree',
    { timeout: 30_000 },
    async () => {
      const pdf = await signedPdf(new CadesSigner({ ...identity, tsaUrl: fx.tsa.url }));
      // pdfsig with the test root (only) trusted in its own NSS database: valid and trusted; qpdf
      // finds no structural error; openssl verifies the CMS over the byte ranges and the token.
      const v = outsideVerdicts(pdf, fx.pki);
      expect(v.pdfsig).toContain('Signature Type: ETSI.CAdES.detached');
      expect(v.pdfsig).toContain('Signature Validation: Signature is Valid.');
      expect(v.pdfsig).toContain('Certificate Validation: Certificate is Trusted.');
      expect(v.pdfsig).toContain('Signer Certificate Common Name: Chủ tịch Ủy ban (thử nghiệm)');
      // Without the root in the store the same signature is valid but its certificate is not trusted.
      expect(
        spawnSync('pdfsig', [file('b-t-untrusted.pdf', pdf)], { encoding: 'utf8' }).stdout,
      ).not.toContain('Certificate is Trusted.');
      expect(v.qpdfStatus, v.qpdf).toBe(0);
      expect(v.qpdf).toContain('No syntax or stream encoding errors found');
      expect(v.cms).toContain('Verification successful');
      expect(v.ts).toContain('Verification: OK');
      const { cms } = signatureParts(pdf)!;
      const cmsFile = file('b-t.p7s', cms);
      const printed = execFileSync(
        'openssl',
        ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', cmsFile],
        { encoding: 'utf8' },
      );
      expect(printed).toContain('id-smime-aa-signingCertificateV2');
      expect(printed).toContain('id-smime-aa-timeStampToken');

      const signedData = new pkijs.SignedData({
        schema: pkijs.ContentInfo.fromBER(new Uint8Array(cms).buffer).content,
      });
      const signerInfo = signedData.signerInfos[0];
      // Signed: content type, message digest, signing-certificate-v2; never a signing time (the timestamp's is the time).
      expect(signerInfo.signedAttrs!.attributes.map((a) => a.type).sort()).toEqual([
        '1.2.840.113549.1.9.16.2.47',
        '1.2.840.113549.1.9.3',
        '1.2.840.113549.1.9.4',
      ]);
      const token = signerInfo.unsignedAttrs!.attributes.find(
        (a) => a.type === '1.2.840.113549.1.9.16.2.14',
      )!.values[0];
      expect(token).toBeTruthy();
      expect(fx.tsa.requests.length).toBe(1);

      // Read back from the PDF, as the verification page shows it.
      const who = signerCertificate(pdf)!;
      const fingerprint = execFileSync(
        'openssl',
        ['x509', '-in', fx.pki.signer.cert, '-noout', '-fingerprint', '-sha256'],
        { encoding: 'utf8' },
      )
        .split('=')[1]
        .trim()
        .replace(/:/g, '')
        .toLowerCase();
      expect(who).toMatchObject({ sha256: fingerprint, subFilter: 'ETSI.CAdES.detached' });
      // Read as people read it: the name first, no attribute codes, nothing escaped.
      expect(who.subject).toBe(
        'Chủ tịch Ủy ban (thử nghiệm); Ủy ban nhân dân thành phố Huế (thử nghiệm); VN',
      );
      expect(who.issuer).toBe('dienhinh Test Issuing CA; dienhinh (thử nghiệm); VN');
      expect(Date.parse(who.validTo)).toBeGreaterThan(Date.parse(who.validFrom));
    },
  );

  it('signs without a timestamp authority as B-B, and a changed byte breaks the signature', async () => {
    const pdf = await signedPdf(new CadesSigner(identity));
    const { cms } = signatureParts(pdf)!;
    expect(
      execFileSync(
        'openssl',
        ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', file('b-b.p7s', cms)],
        { encoding: 'utf8' },
      ),
    ).not.toContain('timeStampToken');
    const tampered = Buffer.from(pdf);
    // One byte of the page (inside the signed ranges) changed: its width 595 becomes 596.
    const at = tampered.indexOf('/MediaBox [ 0 0 595');
    expect(at).toBeGreaterThan(0);
    tampered[at + '/MediaBox [ 0 0 59'.length] = '6'.charCodeAt(0);
    expect(
      spawnSync('pdfsig', [file('b-b-tampered.pdf', tampered)], { encoding: 'utf8' }).stdout,
    ).not.toContain('Signature is Valid.');
    expect(spawnSync('pdfsig', [file('b-b.pdf', pdf)], { encoding: 'utf8' }).stdout).toContain(
      'Signature is Valid.',
    );
  });

  it('says in Vietnamese when the timestamp authority cannot be reached', async () => {
    const pdf = signedPdf(new CadesSigner({ ...identity, tsaUrl: 'http://127.0.0.1:9/tsa' }));
    await expect(pdf).rejects.toThrow(/Không kết nối được máy chủ cấp dấu thời gian/);
  });
});
