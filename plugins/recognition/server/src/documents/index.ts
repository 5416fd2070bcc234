// The documents room: every paper the programme prints. Loading a document's rows (document-data),
// turning them into template data (data/), rendering and signing through the one adapter to the
// pipeline (pdf.ts), and sending large files as streams.
import type { Core } from '@strapi/strapi';
import type documentDataFactory from './document-data';
import type documentsFactory from './documents';
import type pdfFactory from './pdf';
import { pluginService } from '../utils';
export { auditAnnexDataOf, verdictText, type AnnexEvent } from './data/audit-annex';
export { decisionBases, executorsOf, recipientsOf } from './data/decision';
export { issuerLines, num, policeBody, stripNulls, upper } from './data/common';
export { policeSignerOf, reportDataOf } from './data/report';
export { documentKindsForCli } from './document-data';
export type { SigningIdentity } from './pdf';
export { streamedDownload } from './streamed-download';

export const documentDataService = (strapi: Core.Strapi) =>
  pluginService<typeof documentDataFactory>(strapi, 'document-data');
export const documentsService = (strapi: Core.Strapi) =>
  pluginService<typeof documentsFactory>(strapi, 'documents');
export const pdfService = (strapi: Core.Strapi) => pluginService<typeof pdfFactory>(strapi, 'pdf');
export { finishing } from './finishing';
