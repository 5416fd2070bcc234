import type { Core } from '@strapi/strapi';
import { auditAdminAccounts, auditCheckpointsService, auditService } from './audit';
import { ensureIndexes } from './config';
import { registerScopeCondition } from './guards';
import { ensurePortalAccounts, ensureRoles, remindersService } from './people';
import {
  attestationService,
  provinceKeyVariable,
  provinceKeyVariables,
  provinceSignerVariable,
  recognitionsService,
  signingService,
} from './decisions';
import { jobsService } from './queue';
import { uploadStore } from './workflow';
import { writeOpenApiInProduction } from './openapi';
import { JURISDICTION } from './constants/uids';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndexes(strapi);
  // The audit anchors' table (where they are kept in the database) before anything is audited.
  await auditService(strapi).prepare();
  // Uploads (issued PDFs, seals) in the database every node shares, where that is the store.
  uploadStore(strapi).install();
  await writeOpenApiInProduction(strapi);
  // Recognitions issued before certified names were frozen get their unit's name of today, once.
  await recognitionsService(strapi).freezeUnits();
  await registerScopeCondition(strapi);
  await ensureRoles(strapi);
  auditAdminAccounts(strapi);
  await ensurePortalAccounts(strapi);
  // Load (or, with no DIENHINH_SIGN_P12, create and announce) the signing keys at start, the
  // provinces' own included, so a bad key file stops the server with its message instead of
  // failing the first signature; a province key naming no province is reported.
  // A command-line tool (scripts/lib/strapi-app.ts) loads them when it first signs: listing the
  // documents of a demo installation in production mode must not need a real key.
  const signing = signingService(strapi);
  const atStart = process.env.DIENHINH_COMMAND !== 'on';
  if (atStart) signing.identity();
  const slugs = (await strapi.db.query(JURISDICTION).findMany({ select: ['slug'] })).map(
    (j: { slug: string }) => j.slug,
  );
  if (atStart) for (const slug of slugs) signing.identity(slug);
  // The QR codes' keys too: a bad DIENHINH_QR_KEY_<SLUG> stops the start, a missing one is made now.
  for (const slug of slugs) await attestationService(strapi).keyOf(slug);
  const known = new Set([...slugs.map(provinceKeyVariable), ...slugs.map(provinceSignerVariable)]);
  for (const v of provinceKeyVariables(process.env))
    if (!known.has(v) && slugs.length)
      strapi.log.warn(
        `recognition: ${v} không khớp tỉnh / thành phố nào (mã định danh có: ${slugs.join(', ')}).`,
      );
  await jobsService(strapi).start();
  // Chain heads signed and published for others to keep, every hour (audit/audit-checkpoints.ts).
  const checkpoints = process.env.DIENHINH_CHECKPOINT_CRON ?? '0 * * * *';
  if (checkpoints !== 'off') {
    strapi.cron.add({
      recognitionAuditCheckpoints: {
        task: async () => void (await auditCheckpointsService(strapi).publish()),
        options: { rule: checkpoints, tz: 'Asia/Ho_Chi_Minh' },
      },
    });
  }
  // The whole audit log walked every night, in steps that leave the event loop to requests; its
  // time and verdict are what the metrics and the doctor report.
  const chainCheck = process.env.DIENHINH_CHAIN_CHECK_CRON ?? '30 2 * * *';
  if (chainCheck !== 'off') {
    strapi.cron.add({
      recognitionChainCheck: {
        task: async () => {
          const audit = auditService(strapi);
          let r = await audit.verify({ budgetMs: 2000 });
          while (!r.done) {
            await new Promise((next) => setImmediate(next));
            r = await audit.verify({ from: r.resume, budgetMs: 2000 });
          }
          if (!r.ok)
            strapi.log.error(
              `recognition: nhật ký bị phá vỡ ở sự kiện ${r.problem?.seq}: ${r.problem?.problem}`,
            );
        },
        options: { rule: chainCheck, tz: 'Asia/Ho_Chi_Minh' },
      },
    });
  }
  const rule = process.env.DIENHINH_REMINDERS_CRON ?? '0 7 * * *';
  if (rule !== 'off') {
    strapi.cron.add({
      recognitionReminders: {
        task: async () => {
          await remindersService(strapi).run();
        },
        options: { rule, tz: 'Asia/Ho_Chi_Minh' },
      },
    });
  }
};
