// The reporting duties room: who owes which report to the province, the tiers' reports, and the
// province's compiled report, issued as an act (acts/) and sent up.
import type { Core } from '@strapi/strapi';
import { acts } from '../acts';
import { reportPaper } from './report-paper';

export { reportDuties, type Reporter } from './duties';
export { tierReports } from './tier-reports';
export { provinceReports } from './province-reports';

/** The acts of the programme, each kind with its paper. */
export const actsService = (strapi: Core.Strapi) =>
  acts(strapi, {
    // The police's reports take the province's own register suffix, "BC-CA" where none is set.
    report: { paper: reportPaper(strapi), suffix: (j) => (j.reportSuffix as string) || 'BC-CA' },
  });
export { nationalReports } from './national-reports';
