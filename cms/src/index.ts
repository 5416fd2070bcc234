// The Strapi app: register and bootstrap only. Demo seeding runs when DIENHINH_DEMO_SEED=true.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { registerCriteriaLock } from './lib/criteria-lock';
import { vietnameseDefaultRoles } from './lib/default-roles';
import { ensureDemoAccounts } from './seed/accounts';
import { ensureAdmin } from './seed/admin';
import { issueSeededDecisions, seedDemo } from './seed/demo';
import { seedDemoWorkflow } from './seed/workflow';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerCriteriaLock(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The content manager's Vietnamese labels (the plugin's domain holds them), once every plugin has synced its views.
    await strapi.plugin('recognition').service('admin-views').apply();
    await vietnameseDefaultRoles(strapi);
    if (process.env.DIENHINH_DEMO_SEED !== 'true') return;
    const dataDir = path.resolve(strapi.dirs.app.root, '..', 'data');
    const seeded = await seedDemo(strapi, dataDir);
    await issueSeededDecisions(strapi, seeded.toIssue);
    const account = {
      email: process.env.DEMO_ADMIN_EMAIL || 'admin@dienhinh.local',
      password: process.env.DEMO_ADMIN_PASSWORD || 'DienHinh@2026',
      firstname: 'Quản trị',
      lastname: 'Demo',
    };
    const admin = await ensureAdmin(strapi, account);
    const accounts = await ensureDemoAccounts(
      strapi,
      dataDir,
      process.env.DEMO_PASSWORD || 'DienHinh@2026',
    );
    const proposed =
      process.env.DIENHINH_DEMO_WORKFLOW === 'false' ? 0 : await seedDemoWorkflow(strapi);
    strapi.log.info(
      `demo: ${seeded.jurisdictions} jurisdictions, ${seeded.units} units, ${seeded.plans} plans, ${seeded.criteriaSets} criteria sets, ${seeded.recognitions} recognitions (${seeded.created} new), ${proposed} demo registrations proposed; admin ${account.email} ${admin}`,
    );
    const infoFile = path.join(strapi.dirs.app.root, '.tmp', 'demo.json');
    fs.mkdirSync(path.dirname(infoFile), { recursive: true });
    fs.writeFileSync(
      infoFile,
      JSON.stringify({ adminEmail: account.email, serials: seeded.serials, accounts }, null, 2),
    );
  },
};
