// The people room: who acts and in which scope (actors), staff roles and portal accounts, their
// sessions and imports, units imported from lists, and what is sent to them (notifications,
// reminders).
import type { Core } from '@strapi/strapi';
import type accountImportFactory from './account-import';
import type actorsFactory from './actors';
import type notificationsFactory from './notifications';
import type portalSessionsFactory from './portal-sessions';
import type remindersFactory from './reminders';
import type resultImportFactory from './result-import';
import type unitImportFactory from './unit-import';
import { pluginService } from '../utils';
export type { CouncilActor, OfficerActor, StaffActor, StaffState } from './actors';
export { requestCaller } from './actors';
export { tierRoles, type TierOfficerActor, type TierRole } from './tier-officers';
export { ensurePortalAccounts } from './portal-accounts';
export { watchPortalSessions } from './portal-sessions';
export { ensureRoles } from './roles';
export { ImportInputError } from './unit-import';
export { readRows } from './import-table';

export const accountImportService = (strapi: Core.Strapi) =>
  pluginService<typeof accountImportFactory>(strapi, 'account-import');
export const actorsService = (strapi: Core.Strapi) =>
  pluginService<typeof actorsFactory>(strapi, 'actors');
export const notificationsService = (strapi: Core.Strapi) =>
  pluginService<typeof notificationsFactory>(strapi, 'notifications');
export const portalSessionsService = (strapi: Core.Strapi) =>
  pluginService<typeof portalSessionsFactory>(strapi, 'portal-sessions');
export const remindersService = (strapi: Core.Strapi) =>
  pluginService<typeof remindersFactory>(strapi, 'reminders');
export const resultImportService = (strapi: Core.Strapi) =>
  pluginService<typeof resultImportFactory>(strapi, 'result-import');
export const unitImportService = (strapi: Core.Strapi) =>
  pluginService<typeof unitImportFactory>(strapi, 'unit-import');
