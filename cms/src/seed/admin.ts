// The super-administrator the demo signs in with (DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD), kept
// able to log in at every demo start.
import type { Core } from '@strapi/strapi';

export type AdminAccount = { email: string; password: string; firstname: string; lastname: string };

/** Makes sure a super-admin with this e-mail exists and logs in with this password. */
export async function ensureAdmin(
  strapi: Core.Strapi,
  account: AdminAccount,
): Promise<'created' | 'updated'> {
  const users = strapi.service('admin::user');
  const existing = await strapi.db
    .query('admin::user')
    .findOne({ where: { email: account.email.toLowerCase() } });
  if (existing) {
    await users.updateById(existing.id, {
      password: account.password,
      isActive: true,
      blocked: false,
      preferedLanguage: 'vi',
    });
    return 'updated';
  }
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email: account.email,
    firstname: account.firstname,
    lastname: account.lastname,
    password: account.password,
    registrationToken: null,
    isActive: true,
    preferedLanguage: 'vi',
    roles: [superAdmin.id],
  });
  return 'created';
}
