// Validation as of the timestamp: a document stamped before its signer's certificate was revoked
// stays valid; one signed after the revocation fails, and so does one without a timestamp
// (whose only time is "now"). Real chain, real CRL from `openssl ca`, real TSA on loopback.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTestPki } from '../../../helpers/pki-fixture';
import { CadesSigner } from '../../../../pipeline/src/sign/cades';
import { LocalKeySigner } from '../../../../pipeline/src/sign/key-signer';
import { validatePdfSignature } from '../../../../pipeline/src/validate/validate';
import { issueSigner, makeTestPki, revoke } from '../../../helpers/pki';
import { der, signedPdf } from '../../../helpers/signed-pdf';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('signature validation as of the timestamp, with revocation', () => {
  const fx = withTestPki();

  it(
    'keeps a document signed before the revocation valid and fails one signed after',
    { timeout: 60_000 },
    async () => {
      const issued = issueSigner(fx.pki, 'later-revoked', 'Người ký sẽ bị thu hồi (thử nghiệm)');
      const key = new LocalKeySigner(
        [der(issued.cert), der(fx.pki.intermediate.cert)],
        crypto.createPrivateKey(fs.readFileSync(issued.key)),
      );
      const stamped = new CadesSigner({ key, tsaUrl: fx.tsa.url });
      const before = await signedPdf(stamped, 'Ky truoc khi thu hoi');
      const bareBefore = await signedPdf(new CadesSigner({ key }), 'Khong dau thoi gian');
      // CRL and timestamp times are whole seconds: the revocation falls strictly between the two signatures.
      await pause(1200);
      revoke(fx.pki, issued);
      await pause(1200);
      const after = await signedPdf(stamped, 'Ky sau khi thu hoi');
      const trust = { roots: [der(fx.pki.root.cert)], crls: [fs.readFileSync(fx.pki.crl)] };

      const early = await validatePdfSignature(before, trust);
      expect(early.problems).toEqual([]);
      expect(early.valid).toBe(true);
      expect(early.timestampedAt).toBeInstanceOf(Date);
      expect(early.checkedAt).toEqual(early.timestampedAt);

      const late = await validatePdfSignature(after, trust);
      expect(late.valid).toBe(false);
      expect(late.problems.join(' ')).toMatch(/đã bị thu hồi lúc .* trước thời điểm ký/);

      // Without a timestamp the only time is now, after the revocation.
      const bare = await validatePdfSignature(bareBefore, trust);
      expect(bare).toMatchObject({ valid: false, timestampedAt: null });
      // The CRL is what decides: without it the late signature's chain alone passes.
      expect((await validatePdfSignature(after, { roots: trust.roots })).valid).toBe(true);
    },
  );

  it('fails a changed document and an untrusted root', { timeout: 30_000 }, async () => {
    const key = new LocalKeySigner(
      [der(fx.pki.signer.cert), der(fx.pki.intermediate.cert)],
      crypto.createPrivateKey(fs.readFileSync(fx.pki.signer.key)),
    );
    const pdf = await signedPdf(new CadesSigner({ key, tsaUrl: fx.tsa.url }));
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/MediaBox [ 0 0 595');
    tampered[at + '/MediaBox [ 0 0 59'.length] = '6'.charCodeAt(0);
    expect(
      (await validatePdfSignature(tampered, { roots: [der(fx.pki.root.cert)] })).problems.join(' '),
    ).toMatch(/đã bị sửa/);
    const other = makeTestPki();
    try {
      const v = await validatePdfSignature(pdf, { roots: [der(other.root.cert)] });
      expect(v.valid).toBe(false);
      expect(v.problems.join(' ')).toMatch(/Chuỗi chứng thư không tin cậy/);
    } finally {
      fs.rmSync(other.dir, { recursive: true, force: true });
    }
  });
});
