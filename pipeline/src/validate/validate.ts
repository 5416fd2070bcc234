// Validating an issued PDF's signature without the server: the CMS over the PDF's signed byte
// ranges, the RFC 3161 timestamp over the signature value (its time is when the document was
// signed), the signer's chain up to a trusted root as of that time, and revocation from CRLs as
// of that time too: a certificate revoked after the document was stamped does not undo it, one
// revoked before does. Without a timestamp, "now" is the only time there is.
import crypto from 'node:crypto';
import * as pkijs from 'pkijs';
import {
  ab,
  certificatesOf,
  derOf,
  readDss,
  signatureParts,
  signedDataOf,
  timestampTokenOf,
} from '../sign';

export type SignatureVerdict = {
  valid: boolean;
  /** The signed bytes are unchanged (whatever the chain's trust). */
  intact: boolean;
  /** Why not, in Vietnamese; empty when valid. */
  problems: string[];
  /** The timestamp's time, or null for a signature without one (B-B). */
  timestampedAt: Date | null;
  /** The time the chain and revocation were checked as of. */
  checkedAt: Date;
  signer: string | null;
  /** SHA-256 of the signer's certificate (DER), hex: whose key signed, whatever the chain. */
  signerSha256: string | null;
  subFilter: string | null;
};

export type TrustMaterial = { roots: Buffer[]; intermediates?: Buffer[]; crls?: Buffer[] };

const cert = (der: Buffer) => pkijs.Certificate.fromBER(ab(der));
const cnOf = (c: pkijs.Certificate) =>
  String(c.subject.typesAndValues.find((t) => t.type === '2.5.4.3')?.value.valueBlock.value ?? '');
async function chainProblem(
  leaf: pkijs.Certificate,
  extra: pkijs.Certificate[],
  trust: TrustMaterial,
  at: Date,
): Promise<string | null> {
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: trust.roots.map((r) => cert(derOf(r))),
    certs: [leaf, ...extra, ...(trust.intermediates ?? []).map((c) => cert(derOf(c)))],
    checkDate: at,
  });
  const result = await engine.verify();
  if (!result.result)
    return `Chuỗi chứng thư không tin cậy vào thời điểm ${at.toISOString()}: ${result.resultMessage}`;
  // The path's certificates, each but the root checked against its issuer's CRL as of `at`.
  // PKI.js's path holds the CAs above the end entity; the end entity is checked with them.
  const found = (result.certificatePath ?? []) as pkijs.Certificate[];
  const path = found.some(
    (c) => c.subject.isEqual(leaf.subject) && c.serialNumber.isEqual(leaf.serialNumber),
  )
    ? found
    : [leaf, ...found];
  const crls = (trust.crls ?? []).map((c) => pkijs.CertificateRevocationList.fromBER(ab(derOf(c))));
  for (const c of path) {
    const issuer = path.find((p) => p !== c && p.subject.isEqual(c.issuer));
    if (!issuer) continue; // the root
    for (const crl of crls.filter((l) => l.issuer.isEqual(c.issuer))) {
      if (!(await crl.verify({ issuerCertificate: issuer })))
        return `Danh sách thu hồi của "${cnOf(issuer)}" có chữ ký không hợp lệ.`;
      const entry = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(c.serialNumber));
      if (entry && entry.revocationDate.value <= at) {
        return `Chứng thư "${cnOf(c)}" đã bị thu hồi lúc ${entry.revocationDate.value.toISOString()}, trước thời điểm ký ${at.toISOString()}.`;
      }
    }
  }
  return null;
}

export async function validatePdfSignature(
  pdf: Buffer,
  trust: TrustMaterial,
  now = new Date(),
): Promise<SignatureVerdict> {
  const parts = signatureParts(pdf);
  // The PDF's own validation data (B-LT): its CRLs and certificates join what the caller trusts.
  const dss = await readDss(pdf);
  if (dss)
    trust = {
      ...trust,
      intermediates: [...(trust.intermediates ?? []), ...dss.certificates],
      crls: [...(trust.crls ?? []), ...dss.crls],
    };
  const verdict: SignatureVerdict = {
    valid: false,
    intact: false,
    problems: [],
    timestampedAt: null,
    checkedAt: now,
    signer: null,
    signerSha256: null,
    subFilter: parts?.subFilter ?? null,
  };
  if (!parts) return { ...verdict, problems: ['Tệp không có chữ ký số.'] };
  const signedData = signedDataOf(parts.cms);
  const certs = certificatesOf(signedData);
  const info = signedData.signerInfos[0];
  const sid = info.sid;
  const leaf =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer))
      : undefined;
  if (!leaf) return { ...verdict, problems: ['Chữ ký không kèm chứng thư của người ký.'] };
  verdict.signer = cnOf(leaf);
  verdict.signerSha256 = crypto
    .createHash('sha256')
    .update(Buffer.from(leaf.toSchema().toBER(false)))
    .digest('hex');
  // The signature and the message digest over the signed ranges (PKI.js checks both).
  const ok = await signedData
    .verify({ signer: 0, data: ab(parts.signed), checkChain: false })
    .catch(() => false);
  verdict.intact = ok;
  if (!ok)
    verdict.problems.push(
      'Chữ ký không khớp nội dung tệp: tệp đã bị sửa sau khi ký, hoặc chữ ký hỏng.',
    );

  const token = timestampTokenOf(info);
  if (token) {
    const tsData = signedDataOf(token);
    const tst = pkijs.TSTInfo.fromBER(
      ab(Buffer.from(tsData.encapContentInfo.eContent!.valueBlock.valueHexView)),
    );
    const stamped = Buffer.from(info.signature.valueBlock.valueHexView);
    const imprint = crypto.createHash('sha256').update(stamped).digest();
    // For a TSTInfo, PKI.js also checks the token's imprint against the data given: the signature value.
    const tsOk = await tsData
      .verify({ signer: 0, data: ab(stamped), checkChain: false })
      .catch(() => false);
    if (
      !tsOk ||
      !Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView).equals(imprint)
    ) {
      verdict.problems.push('Dấu thời gian không hợp lệ hoặc không khớp chữ ký.');
    } else {
      const tsCerts = certificatesOf(tsData);
      const tsSid = tsData.signerInfos[0].sid;
      const tsLeaf =
        tsSid instanceof pkijs.IssuerAndSerialNumber
          ? tsCerts.find((c) => c.serialNumber.isEqual(tsSid.serialNumber))
          : tsCerts[0];
      const tsProblem = tsLeaf
        ? await chainProblem(tsLeaf, tsCerts, trust, tst.genTime)
        : 'Dấu thời gian không kèm chứng thư của đơn vị cấp.';
      if (tsProblem) verdict.problems.push(`Dấu thời gian: ${tsProblem}`);
      else verdict.timestampedAt = tst.genTime;
    }
  }
  verdict.checkedAt = verdict.timestampedAt ?? now;
  const problem = await chainProblem(leaf, certs, trust, verdict.checkedAt);
  if (problem) verdict.problems.push(problem);
  verdict.valid = verdict.problems.length === 0;
  return verdict;
}

/** The "data-sha256=" a finished PDF's keywords carry (finishPdf writes it before signing), or null. */
export async function signedDataHashOf(pdf: Buffer): Promise<string | null> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return /data-sha256=([a-f0-9]{64})/.exec(doc.getKeywords() ?? '')?.[1] ?? null;
}
