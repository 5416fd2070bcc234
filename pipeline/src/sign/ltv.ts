// Long-term validation (PAdES B-LT and B-LTA): after the signature, a DSS dictionary with the
// certificates of the signer's and the timestamp authority's chains and the CRLs that cover them
// is appended as an incremental update, so that the document can be validated years later,
// after the certificates have expired and their CRLs are gone. With an archive timestamp a
// document timestamp (SubFilter ETSI.RFC3161) then covers all of it, DSS included.
import crypto from 'node:crypto';
import * as pkijs from 'pkijs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { ab, timestampToken } from './cades';
import { IncrementalUpdate } from './incremental';
import {
  certificatesOf,
  derOf,
  signatureParts,
  signedDataOf,
  timestampTokenOf,
} from './signature-info';

const der = (c: pkijs.Certificate) => Buffer.from(c.toSchema().toBER(false));

/** Every certificate in the PDF's last signature: the signer's chain and its timestamp token's. */
export function certificatesInSignature(pdf: Buffer): pkijs.Certificate[] {
  const parts = signatureParts(pdf);
  if (!parts) return [];
  const sd = signedDataOf(parts.cms);
  const out = certificatesOf(sd);
  const token = timestampTokenOf(sd.signerInfos[0]);
  if (token) out.push(...certificatesOf(signedDataOf(token)));
  return out;
}

/** The CRLs (DER) among `crls` issued by the issuer of some certificate in `certs`. */
export function crlsCovering(certs: pkijs.Certificate[], crls: Buffer[]): Buffer[] {
  return crls.map(derOf).filter((c) => {
    const crl = pkijs.CertificateRevocationList.fromBER(ab(c));
    return certs.some((cert) => cert.issuer.isEqual(crl.issuer));
  });
}

export type LtvMaterial = { certificates: Buffer[]; crls: Buffer[] };

/**
 * The DSS for the PDF's last signature: its certificates with `extra` ones (a root the signature
 * leaves out), and the CRLs that cover them; null when no CRL covers the signer's certificate
 * (then there is nothing that makes the signature checkable later, and it stays B-T).
 */
export function ltvMaterial(pdf: Buffer, extra: Buffer[], crls: Buffer[]): LtvMaterial | null {
  const inSignature = certificatesInSignature(pdf);
  const signer = inSignature[0];
  const covering = crlsCovering(inSignature, crls);
  if (
    !signer ||
    !covering.some((c) =>
      pkijs.CertificateRevocationList.fromBER(ab(c)).issuer.isEqual(signer.issuer),
    )
  )
    return null;
  const seen = new Set<string>();
  const certificates = [...inSignature.map(der), ...extra.map(derOf)].filter((d) => {
    const h = crypto.createHash('sha256').update(d).digest('hex');
    return seen.has(h) ? false : (seen.add(h), true);
  });
  return { certificates, crls: covering };
}

/** Appends the DSS dictionary (ISO 32000-2, 12.8.4.3) as an incremental update. */
export async function addDss(pdf: Buffer, material: LtvMaterial): Promise<Buffer> {
  const update = await IncrementalUpdate.open(pdf);
  const certs = material.certificates.map((c) => update.addStream(c).toString());
  const crls = material.crls.map((c) => update.addStream(c).toString());
  const dss = update.add(`<< /Type /DSS /Certs [${certs.join(' ')}] /CRLs [${crls.join(' ')}] >>`);
  update.catalog.set(PDFName.of('DSS'), dss);
  update.rewrite(update.catalogRef);
  return update.serialize();
}

const CONTENTS_BYTES = 16_384;
const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';

/** Appends a document timestamp (SubFilter ETSI.RFC3161) over the whole file: PAdES B-LTA. */
export async function addDocumentTimestamp(pdf: Buffer, tsaUrl: string): Promise<Buffer> {
  const update = await IncrementalUpdate.open(pdf);
  const { doc } = update;
  const sig = update.add(
    `<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 ${BYTE_RANGE_PLACEHOLDER} /Contents <${'0'.repeat(CONTENTS_BYTES * 2)}> >>`,
  );
  const page = doc.getPage(0);
  const widget = update.add(
    doc.context
      .obj({
        Type: 'Annot',
        Subtype: 'Widget',
        FT: 'Sig',
        Rect: [0, 0, 0, 0],
        F: 132,
        T: PDFString.of(`Dau thoi gian ${crypto.randomBytes(4).toString('hex')}`),
        V: sig,
        P: page.ref,
      })
      .toString(),
  );
  update.appendTo(page.node, 'Annots', widget);
  update.rewrite(page.ref);
  const held = update.catalog.get(PDFName.of('AcroForm'));
  const flags = doc.context.obj(3);
  if (held instanceof PDFRef) {
    const form = doc.context.lookup(held, PDFDict);
    update.appendTo(form, 'Fields', widget);
    form.set(PDFName.of('SigFlags'), flags);
    update.rewrite(held);
  } else if (held instanceof PDFDict) {
    update.appendTo(held, 'Fields', widget);
    held.set(PDFName.of('SigFlags'), flags);
  } else
    update.catalog.set(PDFName.of('AcroForm'), doc.context.obj({ Fields: [widget], SigFlags: 3 }));
  update.rewrite(update.catalogRef);
  const out = update.serialize();

  // The byte ranges: everything but the hex string of /Contents in the new signature dictionary.
  const text = out.toString('latin1');
  const at = text.lastIndexOf(BYTE_RANGE_PLACEHOLDER);
  const contentsStart = text.indexOf('/Contents <', at) + '/Contents '.length;
  const contentsEnd = contentsStart + CONTENTS_BYTES * 2 + 2;
  const ranges = [0, contentsStart, contentsEnd, out.length - contentsEnd];
  const written = `/ByteRange [${ranges.join(' ')}]`.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ');
  out.write(written, at, 'latin1');
  const covered = Buffer.concat([out.subarray(0, contentsStart), out.subarray(contentsEnd)]);
  const token = Buffer.from((await timestampToken(tsaUrl, covered)).toSchema().toBER(false));
  if (token.length > CONTENTS_BYTES)
    throw new Error(
      `Dấu thời gian tài liệu (${token.length} byte) lớn hơn chỗ dành sẵn (${CONTENTS_BYTES}).`,
    );
  out.write(token.toString('hex').padEnd(CONTENTS_BYTES * 2, '0'), contentsStart + 1, 'latin1');
  return out;
}

/** The certificates and CRLs of the PDF's DSS, as a validator later reads them; null without one. */
export async function readDss(pdf: Buffer): Promise<LtvMaterial | null> {
  if (!pdf.includes('/DSS')) return null;
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const dss = doc.catalog.lookupMaybe(PDFName.of('DSS'), PDFDict);
  if (!dss) return null;
  const streams = (key: string) =>
    (dss.lookupMaybe(PDFName.of(key), PDFArray)?.asArray() ?? []).map((r) =>
      Buffer.from((doc.context.lookup(r) as PDFRawStream).getContents()),
    );
  return { certificates: streams('Certs'), crls: streams('CRLs') };
}
