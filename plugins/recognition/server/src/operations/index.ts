// The operations room: what an operator watches (metrics) and the marks the installation keeps
// for them in its own database (last backup, last whole audit check).
import type { Core } from '@strapi/strapi';
import type metricsFactory from './metrics';
import { pluginService } from '../utils';
export { LAST_CHAIN_CHECK, readMark, writeMark, type LastChainCheck } from './marks';

export const metricsService = (strapi: Core.Strapi) =>
  pluginService<typeof metricsFactory>(strapi, 'metrics');
