// A one-page PDF signed by a given signer, for the signature tests (no Chromium needed).
import fs from 'node:fs';
import { SignPdf } from '@signpdf/signpdf';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SUBFILTER_ETSI_CADES_DETACHED, type Signer } from '@signpdf/utils';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function signedPdf(signer: Signer, text = 'Quyet dinh (thu nghiem)'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, {
    x: 72,
    y: 760,
    size: 14,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: 'Thử nghiệm',
    contactInfo: '',
    name: 'Chủ tịch Ủy ban (thử nghiệm)',
    location: 'Huế',
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: 16384,
  });
  return new SignPdf().sign(Buffer.from(await doc.save({ useObjectStreams: false })), signer);
}

/** A PEM certificate file as DER. */
export const der = (pemFile: string) =>
  Buffer.from(fs.readFileSync(pemFile, 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64');
