// The plugin's one adapter to the rendering pipeline (the only service that imports it): owns
// the Chromium pool for this process, and hands out rendering, batch printing, finishing
// (metadata and signature), the seal and signature marks, and signing identities.
// Vietnamese messages for every zod schema of the plugin come with it (render/zod-vi.ts, loaded
// by the pipeline's entry this file imports).
import type { Core } from '@strapi/strapi';
import {
  createDemoP12,
  finishPdf,
  loadPipelineConfig,
  loadSigningIdentity,
  ltvOptionsOf,
  openSigningIdentity,
  PdfPool,
  renderDocument,
  renderOnePageBatch,
  sha256,
  signatureImages,
  imageFacts,
  type LtvOptions,
  type PipelineConfig,
} from '../../../../../pipeline/src';

import { signedDataHashOf, validatePdfSignature } from '../../../../../pipeline/src/validate';

export type { PdfMetadata, SigningIdentity } from '../../../../../pipeline/src';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cfg: PipelineConfig | undefined;
  let pool: PdfPool | undefined;
  let ltv: LtvOptions | undefined;
  const config = () => (cfg ??= loadPipelineConfig());
  return {
    config,
    /** Long-term validation settings, one CRL source (and its cache) for the process. */
    ltv(): LtvOptions {
      return (ltv ??= ltvOptionsOf(config(), (m) => strapi.log.warn(`recognition: ${m}`)));
    },
    pool(): PdfPool {
      pool ??= new PdfPool(config());
      return pool;
    },
    render(kind: string, data: unknown, opts: { preview?: boolean } = {}) {
      return renderDocument(this.pool(), kind, data, opts);
    },
    renderBatch(kind: string, data: unknown[], timeoutMs: number) {
      return renderOnePageBatch(this.pool(), kind, data, timeoutMs);
    },
    finish: finishPdf,
    /** A signed PDF checked without the server that signed it (a package from another installation). */
    validateSignature: validatePdfSignature,
    signedDataHashOf,
    sha256,
    signatureImages,
    imageFacts,
    loadIdentity: loadSigningIdentity,
    openIdentity: openSigningIdentity,
    createDemoIdentity: createDemoP12,
    async close(): Promise<void> {
      await pool?.close();
      pool = undefined;
      strapi.log.debug('recognition: PDF pool closed');
    },
  };
};
