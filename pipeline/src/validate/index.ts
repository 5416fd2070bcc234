// Validating an issued PDF without the server: its signature over the signed byte ranges, the
// timestamp, the signer's certificate against the trust anchors, and the QR code on its first
// page read as a phone would.
export { qrOfPdf } from './qr-scan';
export { signedDataHashOf, validatePdfSignature } from './validate';
