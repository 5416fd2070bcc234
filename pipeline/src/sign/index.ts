// Signing: a PAdES baseline signature over a finished PDF (CAdES detached, with a timestamp and
// long-term validation material when asked), by a key in a PKCS#12 file, on a PKCS#11 token or
// behind a remote service, with the seal and signature images of its appearance.
export { OID, ab } from './cades';
export { LocalKeySigner, readCertificates, type KeySigner, type KeySignerKind } from './key-signer';
export { openKeySigner } from './key-signers';
export { readDss } from './ltv';
export { P12FastSigner, createDemoP12 } from './p12';
export { Pkcs11KeySigner, parsePkcs11Uri } from './pkcs11-signer';
export { RemoteKeySigner } from './remote-signer';
export {
  allSignatureParts,
  certificatesOf,
  derOf,
  signatureParts,
  signedDataOf,
  signerCertificate,
  timestampTokenOf,
} from './signature-info';
export { finishPdf, sha256, type PdfMetadata, type SignOptions } from './signing';
export {
  identityOf,
  loadSigningIdentity,
  ltvOptionsOf,
  openSigningIdentity,
  type LtvOptions,
  type SigningIdentity,
} from './signing-identity';
export { imageFacts, signatureImages } from './stamps';
