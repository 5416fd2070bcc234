// Who signed an issued PDF, read from the PDF itself: its signature's CMS, the certificate that
// the signer info names, and that certificate's subject, issuer, validity and SHA-256
// fingerprint (Node's X509Certificate), for the public verification page.
import crypto from 'node:crypto';
import * as pkijs from 'pkijs';
import type * as asn1js from 'asn1js';
import { ab, OID } from './index';

export type SignerCertificate = {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  sha256: string;
  subFilter: string | null;
};

/** PEM or DER to DER (one object). */
export const derOf = (data: Buffer) => {
  const text = data.toString('latin1');
  return text.includes('-----BEGIN')
    ? Buffer.from(text.replace(/-----[A-Z0-9 ]+-----|\s+/g, ''), 'base64')
    : data;
};

/** The SignedData of a CMS ContentInfo (DER), e.g. a signature's /Contents or a timestamp token. */
export const signedDataOf = (cms: Buffer | asn1js.AsnType): pkijs.SignedData =>
  new pkijs.SignedData({
    schema: Buffer.isBuffer(cms)
      ? pkijs.ContentInfo.fromBER(ab(cms)).content
      : new pkijs.ContentInfo({ schema: cms }).content,
  });

/** The certificates a SignedData carries (attribute certificates and others aside). */
export const certificatesOf = (sd: pkijs.SignedData) =>
  (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);

/** The RFC 3161 token in a signer's unsigned attributes (signature-time-stamp), if any. */
export const timestampTokenOf = (info: pkijs.SignerInfo | undefined) =>
  info?.unsignedAttrs?.attributes.find((a) => a.type === OID.signatureTimeStampToken)?.values[0];

export type SignatureParts = { cms: Buffer; signed: Buffer; subFilter: string | null };

/** Every signature of the PDF in file order: its CMS (exact DER), the bytes it signs (its byte ranges) and its SubFilter. */
export function allSignatureParts(pdf: Buffer): SignatureParts[] {
  const text = pdf.toString('latin1');
  const out: SignatureParts[] = [];
  for (const found of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const [a, b, c, d] = found.slice(1).map(Number);
    const hex = Buffer.from(pdf.subarray(a + b + 1, c - 1).toString('latin1'), 'hex');
    if (hex.length < 2 || hex[0] !== 0x30) continue;
    const lengthBytes = hex[1] & 0x80 ? hex[1] & 0x7f : 0;
    const length = lengthBytes
      ? hex.subarray(2, 2 + lengthBytes).reduce((n, x) => n * 256 + x, 0)
      : hex[1];
    const dict = text.slice(Math.max(0, found.index! - 2000), found.index! + 2000);
    out.push({
      cms: hex.subarray(0, 2 + lengthBytes + length),
      signed: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]),
      subFilter: /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(dict)?.[1] ?? null,
    });
  }
  return out;
}

/** The last signature that is a signer's, not a document timestamp (ETSI.RFC3161); null for an unsigned PDF. */
export function signatureParts(pdf: Buffer): SignatureParts | null {
  return (
    allSignatureParts(pdf)
      .filter((p) => p.subFilter !== 'ETSI.RFC3161')
      .at(-1) ?? null
  );
}

/** A distinguished name as people read it ("CN=…, O=…, C=VN"), from Node's "\n"-separated form. */
/**
 * A distinguished name as people read it: the name (CN) first, then the unit, organisation and
 * country, unescaped and without attribute codes ("Chủ tịch Ủy ban; Ủy ban nhân dân; VN"); a
 * comma inside a value (the demo key's organisation) once showed escaped on the verify page.
 */
const dn = (s: string) => {
  const parts = new Map<string, string>();
  for (const line of s.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) parts.set(line.slice(0, i), line.slice(i + 1).replace(/\\(.)/g, '$1'));
  }
  const order = ['CN', 'OU', 'O', 'L', 'ST', 'C'];
  return [
    ...order.filter((k) => parts.has(k)),
    ...[...parts.keys()].filter((k) => !order.includes(k)),
  ]
    .map((k) => parts.get(k))
    .join('; ');
};

export function signerCertificate(pdf: Buffer): SignerCertificate | null {
  const found = signatureParts(pdf);
  if (!found) return null;
  const signedData = signedDataOf(found.cms);
  const sid = signedData.signerInfos[0]?.sid;
  const certs = certificatesOf(signedData);
  const own =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer))
      : certs[0];
  if (!own) return null;
  const x509 = new crypto.X509Certificate(Buffer.from(own.toSchema().toBER(false)));
  return {
    subject: dn(x509.subject),
    issuer: dn(x509.issuer),
    validFrom: new Date(x509.validFrom).toISOString(),
    validTo: new Date(x509.validTo).toISOString(),
    sha256: x509.fingerprint256.replace(/:/g, '').toLowerCase(),
    subFilter: found.subFilter,
  };
}
