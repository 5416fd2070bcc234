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
export {
  finishPdf,
  loadSigningIdentity,
  openSigningIdentity,
  identityOf,
  ltvOptionsOf,
  createDemoP12,
  sha256,
  P12FastSigner,
  type SigningIdentity,
  type PdfMetadata,
  type SignOptions,
  type LtvOptions,
} from './signing';
export { imageFacts, signatureImages } from './stamps';
export {
  openKeySigner,
  parsePkcs11Uri,
  LocalKeySigner,
  Pkcs11KeySigner,
  RemoteKeySigner,
  readCertificates,
  type KeySigner,
  type KeySignerKind,
} from './key-signers';
