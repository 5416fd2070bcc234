// The reporting room as a registered service, for callers outside the plugin's own code (the
// demo seed): the same functions the routes use, nothing more.
import type { Core } from '@strapi/strapi';
import { provinceReports } from './province-reports';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  request: provinceReports(strapi).request,
});
