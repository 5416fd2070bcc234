// What tools that did not make a signed PDF say about it: pdfsig with the test root alone in its
// own NSS store, qpdf's structure check, `openssl cms -verify` over the signer's byte ranges and
// `openssl ts -verify` on the signature's timestamp token.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  signatureParts,
  signedDataOf,
  timestampTokenOf,
} from '../../pipeline/src/sign/signature-info';
import type { TestPki } from './pki';

export type OutsideVerdicts = {
  pdfsig: string;
  qpdfStatus: number | null;
  qpdf: string;
  cms: string;
  ts: string | null;
};

/** An NSS database trusting the test root only (made once per PKI). */
export function nssTrusting(pki: TestPki): string {
  const nss = path.join(pki.dir, 'nss');
  if (!fs.existsSync(path.join(nss, 'cert9.db'))) {
    fs.mkdirSync(nss, { recursive: true });
    execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
    execFileSync('certutil', [
      '-A',
      '-d',
      `sql:${nss}`,
      '-n',
      'dienhinh-test-root',
      '-t',
      'CT,C,C',
      '-i',
      pki.root.cert,
    ]);
  }
  return `sql:${nss}`;
}

export function outsideVerdicts(pdf: Buffer, pki: TestPki): OutsideVerdicts {
  const dir = fs.mkdtempSync(path.join(pki.dir, 'check-'));
  const file = (name: string, data: Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    return p;
  };
  const pdfFile = file('document.pdf', pdf);
  const qpdf = spawnSync('qpdf', ['--check', pdfFile], { encoding: 'utf8' });
  const { cms, signed } = signatureParts(pdf)!;
  const cmsFile = file('signature.p7s', cms);
  const verified = spawnSync(
    'openssl',
    [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      cmsFile,
      '-content',
      file('signed.bin', signed),
      '-CAfile',
      pki.root.cert,
      '-certfile',
      pki.chain,
      '-out',
      '/dev/null',
    ],
    { encoding: 'utf8' },
  );
  const signerInfo = signedDataOf(cms).signerInfos[0];
  const token = timestampTokenOf(signerInfo);
  const ts = token
    ? spawnSync(
        'openssl',
        [
          'ts',
          '-verify',
          '-token_in',
          '-in',
          file('token.der', Buffer.from(token.toBER(false))),
          '-data',
          file('stamped.bin', Buffer.from(signerInfo.signature.valueBlock.valueHexView)),
          '-CAfile',
          pki.root.cert,
          '-untrusted',
          pki.chain,
        ],
        { encoding: 'utf8' },
      )
    : null;
  return {
    pdfsig: spawnSync('pdfsig', ['-nssdir', nssTrusting(pki), pdfFile], { encoding: 'utf8' })
      .stdout,
    qpdfStatus: qpdf.status,
    qpdf: qpdf.stdout + qpdf.stderr,
    cms: verified.stderr,
    ts: ts ? ts.stdout + ts.stderr : null,
  };
}
