// Boots the real Strapi app inside a test worker, on a temporary SQLite file or a fresh
// PostgreSQL database of the throwaway cluster, listening on a free loopback port.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './postgres-cluster';
import { appSecrets } from './app-env';

export const projectRoot = path.resolve(__dirname, '..', '..');
export const cmsDir = path.join(projectRoot, 'cms');

/** `file` / `url`: an existing database to boot on (a restored one), instead of a new one. */
export type DbTarget =
  | { client: 'sqlite'; file?: string }
  | { client: 'postgres'; adminUrl: string; url?: string };

/** The operator's token for /metrics on every app under test. */
export const METRICS_TOKEN = 'jeton-so-lieu-van-hanh-thu-0001';

export type TestApp = {
  strapi: any;
  baseUrl: string;
  db: DbTarget['client'];
  stop: () => Promise<void>;
};

export async function createDatabase(adminUrl: string): Promise<string> {
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const pg = new Client({ connectionString: adminUrl });
  await pg.connect();
  try {
    await pg.query(`CREATE DATABASE ${name}`);
  } finally {
    await pg.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function bootApp(
  target: DbTarget,
  extraEnv: Record<string, string> = {},
): Promise<TestApp> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-app-'));
  // The port is chosen before boot, so that the public URL printed in QR codes is right from the start.
  const port = await freePort();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DIENHINH_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Each app its own keys, audit key, anchor and private file store.
    ...appSecrets(tmp),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'warn',
    DIENHINH_DEMO_SEED: 'true',
    DIENHINH_REMINDERS_CRON: 'off',
    // On PostgreSQL the app under test takes queued jobs only while it waits on them; the
    // several-nodes test brings its own worker processes.
    DIENHINH_WORKER: 'off',
    // The suites drive their own year; the demo year would stand in their way.
    DIENHINH_DEMO_WORKFLOW: 'false',
    DIENHINH_METRICS_TOKEN: METRICS_TOKEN,
    DEMO_ADMIN_EMAIL: 'admin@test.local',
    DEMO_ADMIN_PASSWORD: 'Test@12345',
    DEMO_PASSWORD: 'Test@12345',
    ...extraEnv,
  };
  if (target.client === 'sqlite') {
    env.DATABASE_CLIENT = 'sqlite';
    // Relative to cms/, as in config/database.ts.
    env.DATABASE_FILENAME = path.relative(cmsDir, target.file ?? path.join(tmp, 'data.db'));
  } else {
    env.DATABASE_CLIENT = 'postgres';
    env.DATABASE_URL = target.url ?? (await createDatabase(target.adminUrl));
  }
  Object.assign(process.env, env);

  // @strapi/strapi's ESM build fails on lodash/fp under vitest; its CommonJS build works.
  const { createStrapi } = createRequire(__filename)('@strapi/strapi');
  const strapi = await createStrapi({
    appDir: cmsDir,
    distDir: path.join(cmsDir, 'dist'),
    serveAdminPanel: env.SERVE_ADMIN === 'true',
  }).load();
  await strapi.listen();
  return {
    strapi,
    baseUrl: `http://127.0.0.1:${port}`,
    db: target.client,
    stop: async () => {
      await strapi.destroy();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

// Strapi allows 5 admin logins per e-mail in 5 minutes; the suites share one token per account.
const adminTokens = new Map<string, Promise<string>>();

/** An admin JWT for `email` on this app, logged in once and reused. */
export function adminToken(
  app: Pick<TestApp, 'baseUrl'>,
  email: string,
  password = 'Test@12345',
): Promise<string> {
  const key = `${app.baseUrl} ${email}`;
  if (!adminTokens.has(key)) {
    const login = (async () => {
      const res = await fetch(`${app.baseUrl}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      const body = await res.json();
      if (!body.data?.token)
        throw new Error(`admin login ${email}: ${res.status} ${JSON.stringify(body.error)}`);
      return body.data.token as string;
    })();
    login.catch(() => adminTokens.delete(key));
    adminTokens.set(key, login);
  }
  return adminTokens.get(key)!;
}

/** A portal (users-permissions) JWT for an account, signed in over HTTP as the portal does. */
export async function portalLogin(
  app: Pick<TestApp, 'baseUrl'>,
  identifier: string,
  password = 'Test@12345',
): Promise<string> {
  const res = await fetch(`${app.baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  const body = await res.json();
  if (!body.jwt) throw new Error(`portal login ${identifier}: ${res.status}`);
  return body.jwt as string;
}

/** An admin user of one of the plugin's staff roles, with the person record that scopes them to provinces. */
export async function ensureStaff(
  strapi: any,
  input: {
    email: string;
    roleCode: string;
    jurisdictions: string[];
    firstname?: string;
    lastname?: string;
    password?: string;
  },
): Promise<number> {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: input.roleCode } });
  let user = await strapi.db.query('admin::user').findOne({ where: { email: input.email } });
  user ??= await strapi.service('admin::user').create({
    email: input.email,
    firstname: input.firstname ?? 'Cán bộ',
    lastname: input.lastname ?? 'Thử',
    password: input.password ?? 'Test@12345',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const jurisdictions = await strapi.db
    .query('api::jurisdiction.jurisdiction')
    .findMany({ where: { slug: { $in: input.jurisdictions } } });
  const person = await strapi.db
    .query('plugin::recognition.person')
    .findOne({ where: { adminUser: { id: user.id } } });
  const data = {
    fullName: `${input.firstname ?? 'Cán bộ'} ${input.lastname ?? 'Thử'}`,
    adminUser: user.id,
    jurisdictions: jurisdictions.map((j: { id: number }) => j.id),
  };
  if (person)
    await strapi.db.query('plugin::recognition.person').update({ where: { id: person.id }, data });
  else await strapi.db.query('plugin::recognition.person').create({ data });
  return user.id;
}

/** A portal user's JWT from the users-permissions JWT service (the suite's many logins would meet the login rate limit). */
export async function portalToken(strapi: any, email: string): Promise<string> {
  const user = await strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { email } });
  if (!user) throw new Error(`no portal account ${email}`);
  return strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
}

/** A unit officer's account for a unit (made once), as the province would make it. */
export async function ensureOfficer(
  strapi: any,
  email: string,
  unitCode: string,
  password = 'Test@12345',
  membership: 'unit_officer' | 'commune_officer' | 'department_officer' = 'unit_officer',
): Promise<string> {
  if (!(await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } }))) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({
      where: { type: membership === 'unit_officer' ? 'unit-officer' : 'tier-officer' },
    });
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: unitCode } });
    const user = await strapi.plugin('users-permissions').service('user').add({
      username: email,
      email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
    await strapi.db
      .query('plugin::recognition.membership')
      .create({ data: { user: user.id, role: membership, unit: unit.id } });
  }
  return portalToken(strapi, email);
}

/** A council member's account for a province (made once). */
export async function ensureCouncilMember(
  strapi: any,
  email: string,
  jurisdiction: string,
  password = 'Test@12345',
): Promise<void> {
  if (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } })) return;
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'council-member' } });
  const j = await strapi.db
    .query('api::jurisdiction.jurisdiction')
    .findOne({ where: { slug: jurisdiction } });
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: email,
    email,
    password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  await strapi.db
    .query('plugin::recognition.membership')
    .create({ data: { user: user.id, role: 'council_member', jurisdiction: j.id } });
}

type CriteriaLike = {
  groups: {
    criteria: {
      code: string;
      scoring: string;
      maxPoints: number | null;
      subItems: { code: string; maxPoints: number | null }[];
    }[];
  }[];
};
/** Every criterion at its maximum (pass/fail ones passed): the marks of a unit that meets everything. */
export const fullMarksOf = (criteria: CriteriaLike) =>
  Object.fromEntries(
    criteria.groups
      .flatMap((g) => g.criteria)
      .map((c) => [
        c.code,
        c.scoring === 'pass_fail'
          ? { passed: true }
          : c.subItems.length
            ? { subItems: Object.fromEntries(c.subItems.map((i) => [i.code, i.maxPoints ?? 0])) }
            : { points: c.maxPoints ?? 0 },
      ]),
  );

/** Runs `fn` with the plugin's clock set to `iso` (Vietnam's deadlines and years follow it), then puts it back. */
export async function atTime<T>(strapi: any, iso: string, fn: () => Promise<T>): Promise<T> {
  const clock = strapi.plugin('recognition').service('clock');
  const realNow = clock.now;
  clock.now = () => new Date(iso);
  try {
    return await fn();
  } finally {
    clock.now = realNow;
  }
}

/**
 * The province chooses a registrant, as a plan with the selection step asks before the unit
 * self-assesses: the police advise selecting it, the People's Committee selects it, on a day
 * within the plan's date for the choice (the clock's day when that is in January of the year,
 * else 25 January). Nothing is done for a plan without the step or a registrant already chosen.
 */
export async function selectRegistrant(strapi: any, documentId: string): Promise<void> {
  const reg = await strapi.db.query('plugin::recognition.registration').findOne({
    where: { documentId },
    populate: { unit: { populate: ['jurisdiction'] } },
  });
  if (!reg?.rules?.selection || !['registered', 'selection_proposed'].includes(reg.state)) return;
  const plugin = strapi.plugin('recognition');
  const actors = plugin.service('actors');
  const workflow = plugin.service('workflow');
  const province = [reg.unit.jurisdiction.slug];
  const now: Date = plugin.service('clock').now();
  const inJanuary = now.toISOString().slice(0, 7) === `${reg.year}-01` && now.getUTCDate() <= 25;
  await atTime(strapi, inJanuary ? now.toISOString() : `${reg.year}-01-25T03:00:00Z`, async () => {
    const police = actors.provinceStaff('thuky.luachon@test.local', 'secretariat', province);
    const committee = actors.provinceStaff('pheduyet.luachon@test.local', 'approver', province);
    await workflow.proposeSelection(
      police,
      documentId,
      'select',
      'Đủ điều kiện lựa chọn (kiểm thử)',
    );
    await workflow.decideSelection(committee, documentId, true);
  });
}
