// Demo accounts, one per role: editor, secretariat and approver as admin users; unit officer and
// council members as users-permissions users with their memberships. Passwords are reset to the
// demo password at each run so that the printed account always works.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const accountsSeed = z.object({
  admins: z.array(
    z
      .object({
        role: z.string(),
        email: z.string(),
        firstname: z.string(),
        lastname: z.string(),
        roleCodes: z.array(z.string()),
        jurisdictions: z.array(z.string()),
      })
      // Staff work for named provinces; the Ministry's account reads every one (its role says so).
      .refine((a) => a.jurisdictions.length > 0 || a.roleCodes.includes('dienhinh-ministry'), {
        message: 'cần ít nhất một tỉnh / thành phố (trừ tài khoản Bộ Công an)',
        path: ['jurisdictions'],
      }),
  ),
  users: z.array(
    z.object({
      role: z.enum(['unit_officer', 'commune_officer', 'department_officer', 'council_member']),
      email: z.string(),
      username: z.string(),
      unitCode: z.string().optional(),
      jurisdiction: z.string().optional(),
    }),
  ),
});

export type DemoAccount = {
  role: string;
  email: string;
  kind: 'admin' | 'api';
  jurisdictions?: string[];
};

/** The person behind an account, with the provinces a staff member works on. */
async function ensurePerson(
  strapi: Core.Strapi,
  fullName: string,
  account: { adminUser?: number; user?: number },
  slugs: string[],
): Promise<void> {
  const PERSON = 'plugin::recognition.person';
  const jurisdictions = await strapi.db
    .query('api::jurisdiction.jurisdiction')
    .findMany({ where: { slug: { $in: slugs } } });
  if (jurisdictions.length !== slugs.length)
    throw new Error(`demo account ${fullName}: unknown jurisdiction in ${slugs.join(', ')}`);
  const where = account.adminUser
    ? { adminUser: { id: account.adminUser } }
    : { user: { id: account.user } };
  const existing = await strapi.db.query(PERSON).findOne({ where });
  const data = {
    fullName,
    ...account,
    jurisdictions: jurisdictions.map((j: { id: number }) => j.id),
  };
  if (existing) await strapi.db.query(PERSON).update({ where: { id: existing.id }, data });
  else await strapi.db.query(PERSON).create({ data });
}

/** The users-permissions role each demo account signs in with (the plugin's people/roles.ts). */
const roleType = (role: string) =>
  role === 'unit_officer'
    ? 'unit-officer'
    : role === 'council_member'
      ? 'council-member'
      : 'tier-officer';

export async function ensureDemoAccounts(
  strapi: Core.Strapi,
  dataDir: string,
  password: string,
): Promise<DemoAccount[]> {
  const seed = accountsSeed.parse(
    JSON.parse(fs.readFileSync(path.join(dataDir, 'demo', 'accounts.json'), 'utf8')),
  );
  const out: DemoAccount[] = [];
  for (const a of seed.admins) {
    const roles = await strapi.db
      .query('admin::role')
      .findMany({ where: { code: { $in: a.roleCodes } } });
    const existing = await strapi.db.query('admin::user').findOne({ where: { email: a.email } });
    const data = {
      email: a.email,
      firstname: a.firstname,
      lastname: a.lastname,
      password,
      isActive: true,
      blocked: false,
      preferedLanguage: 'vi',
      roles: roles.map((r: { id: number }) => r.id),
    };
    const user = existing
      ? await strapi.service('admin::user').updateById(existing.id, data)
      : await strapi.service('admin::user').create({ ...data, registrationToken: null });
    await ensurePerson(
      strapi,
      `${a.firstname} ${a.lastname}`,
      { adminUser: user.id },
      a.jurisdictions,
    );
    out.push({ role: a.role, email: a.email, kind: 'admin', jurisdictions: a.jurisdictions });
  }
  const users = strapi.plugin('users-permissions').service('user');
  for (const u of seed.users) {
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: roleType(u.role) } });
    let user = await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: u.email } });
    if (user)
      await users.edit(user.id, { password, role: role.id, confirmed: true, blocked: false });
    else
      user = await users.add({
        username: u.username,
        email: u.email,
        password,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      });
    const where: Record<string, unknown> = { user: { id: user.id }, role: u.role };
    if (!(await strapi.db.query('plugin::recognition.membership').findOne({ where }))) {
      const unit = u.unitCode
        ? await strapi.db
            .query('api::unit.unit')
            .findOne({ where: { code: u.unitCode }, populate: ['jurisdiction'] })
        : null;
      const jurisdiction = u.jurisdiction
        ? await strapi.db
            .query('api::jurisdiction.jurisdiction')
            .findOne({ where: { slug: u.jurisdiction } })
        : unit?.jurisdiction;
      await strapi.db.query('plugin::recognition.membership').create({
        data: {
          user: user.id,
          role: u.role,
          unit: unit?.id ?? null,
          jurisdiction: jurisdiction?.id ?? null,
        },
      });
    }
    out.push({ role: u.role, email: u.email, kind: 'api' });
  }
  return out;
}
