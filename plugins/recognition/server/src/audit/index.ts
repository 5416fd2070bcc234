// The audit room: the hash-chained log every change is appended to, its checkpoints kept outside,
// its export as a signed annex, and the audit of content and admin accounts changed outside the
// workflow.
import type { Core } from '@strapi/strapi';
import type auditCheckpointsFactory from './audit-checkpoints';
import type auditExportFactory from './audit-export';
import type auditFactory from './audit';
import { pluginService } from '../utils';
export { AUDIT_SEQUENCE } from './audit';
export { auditAdminAccounts } from './admin-accounts-audit';
export { auditContentChanges } from './content-audit';

export const auditCheckpointsService = (strapi: Core.Strapi) =>
  pluginService<typeof auditCheckpointsFactory>(strapi, 'audit-checkpoints');
export const auditExportService = (strapi: Core.Strapi) =>
  pluginService<typeof auditExportFactory>(strapi, 'audit-export');
export const auditService = (strapi: Core.Strapi) =>
  pluginService<typeof auditFactory>(strapi, 'audit');
