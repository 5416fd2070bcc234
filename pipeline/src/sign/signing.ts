// Finishing an issued PDF: document metadata (title, subject, template version, data hash),
// then a PAdES baseline signature (ETSI.CAdES.detached, built with PKI.js in cades.ts; B-T with
// a timestamp authority, B-B without) by a signing identity (signing-identity.ts), with
// long-term validation material appended when configured.
import crypto from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { PDFDocument } from 'pdf-lib';
import { addDocumentTimestamp, addDss, certificatesInSignature, ltvMaterial } from './ltv';
import type { LtvOptions, SigningIdentity } from './signing-identity';

/** `marks: 'sample'` when the seal and signature drawn on the page are generated samples, not the body's own. */
export type PdfMetadata = {
  title: string;
  subject: string;
  templateVersion: string;
  dataHash: string;
  author?: string;
  marks?: 'uploaded' | 'sample';
};

export type SignOptions = {
  identity: SigningIdentity;
  signingTime: Date;
  reason: string;
  location: string;
  contactInfo?: string;
};

export function sha256(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Sets the metadata, then signs when a signing identity is given. */
export async function finishPdf(
  pdf: Buffer | PDFDocument,
  meta: PdfMetadata,
  sign?: SignOptions,
): Promise<Buffer> {
  const doc =
    pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setKeywords([
    `template=${meta.templateVersion}`,
    `data-sha256=${meta.dataHash}`,
    ...(meta.marks ? [`marks=${meta.marks}`] : []),
  ]);
  doc.setProducer('dienhinh');
  doc.setCreator('dienhinh (Chromium, pdf-lib, @signpdf)');
  if (meta.author) doc.setAuthor(meta.author);
  const when = sign?.signingTime ?? new Date(0);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  if (!sign) return Buffer.from(await doc.save({ useObjectStreams: false }));
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: sign.reason,
    contactInfo: sign.contactInfo ?? '',
    name: sign.identity.commonName,
    location: sign.location,
    signingTime: sign.signingTime,
    appName: 'dienhinh',
    subFilter: sign.identity.subFilter,
    // A timestamp token brings the authority's certificates: room for them (bytes of DER).
    signatureLength: sign.identity.timestamped ? 24_576 : 8192,
  });
  const withPlaceholder = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signed = await new SignPdf().sign(withPlaceholder, sign.identity.signer, sign.signingTime);
  return sign.identity.ltv ? withLtv(signed, sign.identity.ltv) : signed;
}

/** B-LT when CRLs cover the signer (a DSS appended), then B-LTA when a document timestamp is configured. */
async function withLtv(pdf: Buffer, ltv: LtvOptions): Promise<Buffer> {
  const material = ltvMaterial(
    pdf,
    ltv.certificates,
    await ltv.crls.crlsFor(certificatesInSignature(pdf)),
  );
  if (!material) return pdf;
  const lt = await addDss(pdf, material);
  return ltv.documentTimestampUrl ? addDocumentTimestamp(lt, ltv.documentTimestampUrl) : lt;
}
