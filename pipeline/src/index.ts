// The pipeline's public surface: HTML from templates, PDFs from a supervised Chromium, signed
// and finished. Its modules (render, sign, validate, credentials) each have their own entry.
export {
  chromiumProblem,
  envInt,
  loadPipelineConfig,
  parseEnvConfig,
  type PipelineConfig,
} from './config';
export { documentKinds, isDocumentKind, type DocumentKind } from '../../templates';
export * from './render';
export * from './sign';
