// The config room: the year's plans and criteria sets as editors publish them, the clock, settings
// from the environment, import limits and the database indexes the workflow needs.
import type { Core } from '@strapi/strapi';
import type clockFactory from './clock';
import type criteriaSetsFactory from './criteria-sets';
import type criteriaImportFactory from './criteria-import';
import type planVersionsFactory from './plan-versions';
import { pluginService } from '../utils';
export { envInt, parseEnvConfig } from './env';
export { checkCsvText, checkXlsxArchive, ImportLimitError, importLimits } from './import-limits';
export { ensureIndexes } from './indexes';
export { ensureTable, sharedStoreKind, type SharedStoreKind } from './shared-store';

export const clockService = (strapi: Core.Strapi) =>
  pluginService<typeof clockFactory>(strapi, 'clock');
export const criteriaSetsService = (strapi: Core.Strapi) =>
  pluginService<typeof criteriaSetsFactory>(strapi, 'criteria-sets');
export const criteriaImportService = (strapi: Core.Strapi) =>
  pluginService<typeof criteriaImportFactory>(strapi, 'criteria-import');
export const planVersionsService = (strapi: Core.Strapi) =>
  pluginService<typeof planVersionsFactory>(strapi, 'plan-versions');
