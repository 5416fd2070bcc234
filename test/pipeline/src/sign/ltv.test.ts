// Long-term validation: a B-T signature gets its DSS (the chains' certificates and the CRL) as an
// incremental update, then a document timestamp (B-LTA). Outside tools judge the result: qpdf
// finds the file sound, pdfsig still finds the signature valid and lists the document timestamp,
// openssl ts accepts the document timestamp over the whole file; and the DSS alone is enough for
// our validator to check revocation with nothing but the root.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { withTestPki } from '../../../helpers/pki-fixture';
import { CadesSigner } from '../../../../pipeline/src/sign/cades';
import { LocalKeySigner } from '../../../../pipeline/src/sign/key-signer';
import {
  addDocumentTimestamp,
  addDss,
  ltvMaterial,
  readDss,
} from '../../../../pipeline/src/sign/ltv';
import { allSignatureParts, signatureParts } from '../../../../pipeline/src/sign/signature-info';
import { validatePdfSignature } from '../../../../pipeline/src/validate/validate';
import { issueSigner, revoke } from '../../../helpers/pki';
import { der, signedPdf } from '../../../helpers/signed-pdf';

describe('PAdES B-LT and B-LTA', () => {
  let signer: CadesSigner;
  const fx = withTestPki(({ pki, tsa }) => {
    signer = new CadesSigner({
      key: new LocalKeySigner(
        [der(pki.signer.cert), der(pki.intermediate.cert)],
        crypto.createPrivateKey(fs.readFileSync(pki.signer.key)),
      ),
      tsaUrl: tsa.url,
    });
  });
  const file = (name: string, data: Buffer) => fx.file(name, data);

  it(
    'adds the DSS without touching the signed bytes, and a document timestamp over everything',
    { timeout: 60_000 },
    async () => {
      const bt = await signedPdf(signer);
      const material = ltvMaterial(bt, [der(fx.pki.root.cert)], [fs.readFileSync(fx.pki.crl)]);
      expect(material).not.toBeNull();
      // Signer, intermediate, root, and the timestamp authority's certificate (its chain is the same CA's).
      expect(material!.certificates.length).toBe(4);
      expect(material!.crls.length).toBe(1);
      const lt = await addDss(bt, material!);
      expect(lt.subarray(0, bt.length).equals(bt)).toBe(true);
      const doc = await PDFDocument.load(lt);
      const dss = doc.catalog.lookup(PDFName.of('DSS'), PDFDict);
      expect(dss.lookup(PDFName.of('Certs'), PDFArray).size()).toBe(4);
      expect(dss.lookup(PDFName.of('CRLs'), PDFArray).size()).toBe(1);
      expect(await readDss(lt)).toEqual(material);

      const lta = await addDocumentTimestamp(lt, fx.tsa.url);
      expect(lta.subarray(0, lt.length).equals(lt)).toBe(true);
      const qpdf = spawnSync('qpdf', ['--check', file('lta.pdf', lta)], { encoding: 'utf8' });
      expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
      const pdfsig = spawnSync('pdfsig', [file('lta-sig.pdf', lta)], { encoding: 'utf8' }).stdout;
      expect(pdfsig).toContain('Signature #1');
      expect(pdfsig).toContain('Signature #2');
      // Debian 12's poppler (22.x) lists a document timestamp but does not know its SubFilter
      // ("unknown") and leaves it unverified: openssl ts verifies it below.
      const [first, second] = pdfsig.split('Signature #2');
      expect(first).toContain('Signature Type: ETSI.CAdES.detached');
      expect(first).toContain('Signature Validation: Signature is Valid.');
      expect(second).toContain('Signer Certificate Common Name: dienhinh Test Timestamping');
      expect(second).toContain('Total document signed');

      // The document timestamp: its token stamps every byte but its own, and openssl accepts it.
      const parts = allSignatureParts(lta);
      expect(parts.map((p) => p.subFilter)).toEqual(['ETSI.CAdES.detached', 'ETSI.RFC3161']);
      const ts = spawnSync(
        'openssl',
        [
          'ts',
          '-verify',
          '-token_in',
          '-in',
          file('doc-ts.der', parts[1].cms),
          '-data',
          file('doc-ts.bin', parts[1].signed),
          '-CAfile',
          fx.pki.root.cert,
          '-untrusted',
          fx.pki.chain,
        ],
        { encoding: 'utf8' },
      );
      expect(ts.stdout + ts.stderr).toContain('Verification: OK');
      expect(parts[1].signed.length).toBe(lta.length - 2 - 2 * 16_384);
      // The signer's own signature is still the one read and verified.
      expect(signatureParts(lta)!.subFilter).toBe('ETSI.CAdES.detached');
      const cms = execFileSync(
        'openssl',
        [
          'cms',
          '-verify',
          '-binary',
          '-inform',
          'DER',
          '-in',
          file('s.p7s', signatureParts(lta)!.cms),
          '-content',
          file('s.bin', signatureParts(lta)!.signed),
          '-CAfile',
          fx.pki.root.cert,
          '-out',
          '/dev/null',
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      expect(cms).toBe('');
      expect((await validatePdfSignature(lta, { roots: [der(fx.pki.root.cert)] })).valid).toBe(
        true,
      );
    },
  );

  it(
    'keeps the revocation answer in the file: with only the root, the DSS CRL decides',
    { timeout: 60_000 },
    async () => {
      const issued = issueSigner(fx.pki, 'ltv-revoked', 'Người ký LTV (thử nghiệm)');
      const key = new LocalKeySigner(
        [der(issued.cert), der(fx.pki.intermediate.cert)],
        crypto.createPrivateKey(fs.readFileSync(issued.key)),
      );
      const early = await signedPdf(new CadesSigner({ key, tsaUrl: fx.tsa.url }));
      await new Promise((r) => setTimeout(r, 1200));
      revoke(fx.pki, issued);
      await new Promise((r) => setTimeout(r, 1200));
      const late = await signedPdf(new CadesSigner({ key, tsaUrl: fx.tsa.url }));
      const crl = fs.readFileSync(fx.pki.crl);
      const withDss = async (pdf: Buffer) =>
        addDss(pdf, ltvMaterial(pdf, [der(fx.pki.root.cert)], [crl])!);
      const roots = { roots: [der(fx.pki.root.cert)] };
      expect((await validatePdfSignature(await withDss(early), roots)).valid).toBe(true);
      const lateVerdict = await validatePdfSignature(await withDss(late), roots);
      expect(lateVerdict.valid).toBe(false);
      expect(lateVerdict.problems.join(' ')).toMatch(/đã bị thu hồi/);
      // Without a CRL that covers the signer there is nothing to add: the signature stays B-T.
      expect(ltvMaterial(early, [der(fx.pki.root.cert)], [])).toBeNull();
    },
  );
});
