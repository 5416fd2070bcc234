import type { Core } from '@strapi/strapi';
import { auditAdminAccounts } from './content-audit';
import { registerScopeCondition } from './jurisdiction-scope';
import { ensurePortalAccounts } from './portal-accounts';
import { ensureRoles } from './roles';
import { getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerScopeCondition(strapi);
  await ensureRoles(strapi);
  auditAdminAccounts(strapi);
  await ensurePortalAccounts(strapi);
  // Load (or, with no DIENHINH_SIGN_P12, create and announce) the signing key at start, so a
  // bad key file stops the server with its message instead of failing the first signature.
  getService(strapi, 'signing').identity();
  await getService(strapi, 'jobs').start();
  const rule = process.env.DIENHINH_REMINDERS_CRON ?? '0 7 * * *';
  if (rule !== 'off') {
    strapi.cron.add({
      recognitionReminders: {
        task: async () => {
          await getService(strapi, 'reminders').run();
        },
        options: { rule, tz: 'Asia/Ho_Chi_Minh' },
      },
    });
  }
};
