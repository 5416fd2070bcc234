// The pipeline's public surface: HTML from templates, PDFs from a supervised Chromium.
export { renderHtml, qrSvg, type RenderedHtml } from './render-html';
export { PdfPool, chromiumArgs, type PdfOutput, type PoolStats, type BlockedRequest } from './pool';
export { launchChromium } from './chromium';
export {
  loadPipelineConfig,
  chromiumProblem,
  envInt,
  parseEnvConfig,
  type PipelineConfig,
} from './config';
export { renderErrorCodes, type RenderError, type RenderErrorCode, type Result } from './errors';
export { documentKinds, isDocumentKind, type DocumentKind } from '../../templates';
export { renderDocument, type RenderedDocument } from './render-document';
export { renderOnePageBatch, combineHtml, type BatchItem } from './batch';
export { finishPdf, sha256, type PdfMetadata, type SignOptions } from './signing';
export {
  loadSigningIdentity,
  openSigningIdentity,
  identityOf,
  ltvOptionsOf,
  type SigningIdentity,
  type LtvOptions,
} from './signing-identity';
export { createDemoP12, P12FastSigner } from './p12';
export { imageFacts, signatureImages } from './stamps';
export { openKeySigner } from './key-signers';
export { LocalKeySigner, readCertificates, type KeySigner, type KeySignerKind } from './key-signer';
export { parsePkcs11Uri, Pkcs11KeySigner } from './pkcs11-signer';
export { RemoteKeySigner } from './remote-signer';
