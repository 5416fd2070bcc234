// Rendering: HTML from a template and its data (validated, escaped), and PDFs from one
// supervised Chromium (a locked-down page per job, a bounded queue, batches of one-page
// documents), with the fonts installed for it.
export { combineHtml, renderOnePageBatch, type BatchItem } from './batch';
export { launchChromium } from './chromium';
export { renderErrorCodes, type RenderError, type RenderErrorCode, type Result } from './errors';
export { fontconfigFile } from './fonts';
export { PdfPool, chromiumArgs, type BlockedRequest, type PdfOutput, type PoolStats } from './pool';
export { renderDocument, type RenderedDocument } from './render-document';
export { qrSvg, renderHtml, type RenderedHtml } from './render-html';
