// The reporting duties room: who owes which report to the province, the tiers' reports, and the
// province's compiled report, issued as an act (acts/) and sent up.
import type { Core } from '@strapi/strapi';
import { acts } from '../acts';
import { pluginService } from '../utils';
import type reportDutiesFactory from './service';
import { reportPaper } from './report-paper';
import { reviewPaper } from './review-paper';

export { reportDuties, type Reporter } from './duties';
export { tierReports } from './tier-reports';
export { provinceReports } from './province-reports';
export { reportRequests } from './requests';
export { reviews } from './reviews';

/** The police's reports take the province's own register suffix, "BC-CA" where none is set. */
const suffix = (j: Record<string, unknown>) => (j.reportSuffix as string) || 'BC-CA';

/** The acts of the programme, each kind with its paper. */
export const actsService = (strapi: Core.Strapi) =>
  acts(strapi, {
    report: { paper: reportPaper(strapi), suffix, register: 'police-reports' },
    // A review is the police's report too, numbered in the same register.
    review: { paper: reviewPaper(strapi), suffix, register: 'police-reports' },
  });
export { nationalReports } from './national-reports';
export { reportReminders } from './report-reminders';

/** The reporting room as registered for callers outside the plugin (the demo seed). */
export const reportDutiesService = (strapi: Core.Strapi) =>
  pluginService<typeof reportDutiesFactory>(strapi, 'report-duties');
export { exchange } from './exchange';
export { statusExports } from './status-paper';
export { tierFiles } from './tier-files';
