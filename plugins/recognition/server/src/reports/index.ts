// The reporting duties room: who owes which report to the province, the tiers' reports, and the
// province's compiled report, issued as an act (acts/) and sent up.
import type { Core } from '@strapi/strapi';
import { pluginService } from '../utils';
import type reportDutiesFactory from './service';

export { reportDuties, type Reporter } from './duties';
export { tierReports } from './tier-reports';
export { provinceReports } from './province-reports';
export { reportRequests } from './requests';
export { reviews } from './reviews';

export { nationalReports } from './national-reports';
export { reportReminders } from './report-reminders';

/** The reporting room as registered for callers outside the plugin (the demo seed). */
export const reportDutiesService = (strapi: Core.Strapi) =>
  pluginService<typeof reportDutiesFactory>(strapi, 'report-duties');
export { exchange } from './exchange';
export { statusExports } from './status-paper';
export { tierFiles } from './tier-files';
export { reportPaper } from './report-paper';
export { reviewPaper } from './review-paper';
