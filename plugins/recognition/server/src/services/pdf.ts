// The plugin's one adapter to the rendering pipeline: owns the Chromium pool for this process.
import type { Core } from '@strapi/strapi';
import { loadPipelineConfig, PdfPool, renderDocument, type PipelineConfig } from '../../../../../pipeline/src';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cfg: PipelineConfig | undefined;
  let pool: PdfPool | undefined;
  const config = () => (cfg ??= loadPipelineConfig());
  return {
    config,
    pool(): PdfPool {
      pool ??= new PdfPool(config());
      return pool;
    },
    render(kind: string, data: unknown) {
      return renderDocument(this.pool(), kind, data);
    },
    async close(): Promise<void> {
      await pool?.close();
      pool = undefined;
      strapi.log.debug('recognition: PDF pool closed');
    },
  };
};
