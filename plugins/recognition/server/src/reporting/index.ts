// The reporting room: what people read. The officer's, council member's and approver's views, the
// dashboard and national figures, the year's reports and their snapshots.
import type { Core } from '@strapi/strapi';
import type adminViewsFactory from './admin-views';
import type dashboardFactory from './dashboard';
import type nationalFactory from './national';
import type portalHomeFactory from './portal-home';
import type portalReadsFactory from './portal-reads';
import type readModelsFactory from './read-models';
import type reportSnapshotFactory from './report-snapshot';
import type reportsFactory from './reports';
import { pluginService } from '../utils';

export { tierReads } from './tier-reads';
export { selectionReads } from './selection-reads';
export { forecastReads } from './forecast-reads';
export { maintenanceReads } from './maintenance-reads';

export const adminViewsService = (strapi: Core.Strapi) =>
  pluginService<typeof adminViewsFactory>(strapi, 'admin-views');
export const dashboardService = (strapi: Core.Strapi) =>
  pluginService<typeof dashboardFactory>(strapi, 'dashboard');
export const nationalService = (strapi: Core.Strapi) =>
  pluginService<typeof nationalFactory>(strapi, 'national');
export const portalHomeService = (strapi: Core.Strapi) =>
  pluginService<typeof portalHomeFactory>(strapi, 'portal-home');
export const portalReadsService = (strapi: Core.Strapi) =>
  pluginService<typeof portalReadsFactory>(strapi, 'portal-reads');
export const readModelsService = (strapi: Core.Strapi) =>
  pluginService<typeof readModelsFactory>(strapi, 'read-models');
export const reportSnapshotService = (strapi: Core.Strapi) =>
  pluginService<typeof reportSnapshotFactory>(strapi, 'report-snapshot');
export const reportsService = (strapi: Core.Strapi) =>
  pluginService<typeof reportsFactory>(strapi, 'reports');
export { recordExport } from './reports';
