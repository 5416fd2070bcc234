// The reporting room as a registered service, for callers outside the plugin's own code (the
// demo seed, bench:scale): the same functions the routes use, nothing more.
import type { Core } from '@strapi/strapi';
import type { StaffLike } from '../acts';
import type { StaffActor } from '../people';
import { reportDuties } from './duties';
import { actsService } from '../acts';
import { provinceReports } from './province-reports';
import { reportRequests } from './requests';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  request: reportRequests(strapi),
  dutiesOf: (slug: string, year: number) => reportDuties(strapi).ofYear(slug, year),
  compile: (actor: StaffActor, slug: string, year: number, duty: string) =>
    provinceReports(strapi).compile(actor, slug, year, duty),
  issue: (actor: StaffLike, id: string) => actsService(strapi).issue(actor, id),
  send: (actor: StaffLike, id: string) => actsService(strapi).send(actor, id),
  receive: (actor: StaffLike, id: string) => actsService(strapi).receive(actor, id),
});
