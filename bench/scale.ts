// npm run bench:scale [-- --provinces 34 --communes 3321 --organisations 10000 --years 5 --concurrency 6 --drafts 2 --share 1]
// The product at national scale on a throwaway PostgreSQL cluster: every province, every commune,
// about ten thousand organisations, five years of registrations through the workflow services
// (bench/scale/years.ts), then the pages people open, timed over HTTP, the audit chain's
// verification, the load time and the database's size. A benchmark, not a test. Smaller runs
// (fewer organisations or years) print the same figures for what they loaded.
import { bootApp, adminToken, ensureStaff } from '../test/helpers/strapi';
import { startCluster } from '../test/helpers/postgres-cluster';
import { ensureCompiled } from '../scripts/lib/strapi-app';
import { met } from './pdf/measure';
import { FIRST_YEAR, loadNation, nationOptions } from './scale/nation';
import { compiledAgainstPlan } from './scale/acts';
import { timeDownload, timeReads, verifyInSteps, type Download, type Read } from './scale/reads';

const opts = nationOptions(5, 1);

async function main() {
  console.log(
    `bench:scale on PostgreSQL: ${opts.provinces} provinces, ${opts.communes} communes and wards, ${opts.organisations} organisations, years ${FIRST_YEAR}–${FIRST_YEAR + opts.years - 1}, ${opts.concurrency} steps at once, ${opts.drafts} draft saves of the marks before the last, ${Math.round(opts.share * 100)}% of units registering each year\n`,
  );
  await ensureCompiled();
  const cluster = await startCluster();
  const app = await bootApp(
    { client: 'postgres', adminUrl: cluster.urlFor('postgres') },
    { STRAPI_LOG_LEVEL: 'error', DIENHINH_DEMO_WORKFLOW: 'false' },
  );
  const { strapi, baseUrl } = app;
  strapi.log.level = 'error';
  try {
    const { country, big, lastYear, loadSeconds } = await loadNation(strapi, opts);
    const size = await strapi.db.connection.raw(
      'select pg_database_size(current_database()) as bytes',
    );
    const registrations = await strapi.db.query('plugin::recognition.registration').count();
    const events = await strapi.db.query('plugin::recognition.audit-event').count();
    const recognitions = await strapi.db.query('plugin::recognition.recognition').count();
    console.log(
      `\nloaded in ${(loadSeconds / 60).toFixed(1)} min: ${registrations} registrations, ${recognitions} recognitions, ${events} audit events; database ${(Number(size.rows[0].bytes) / 1048576).toFixed(0)} MB`,
    );
    const byState = await strapi.db
      .connection('recognition_registrations')
      .select('state')
      .count('* as n')
      .groupBy('state');
    console.log(
      `registrations by state: ${byState.map((r: { state: string; n: string }) => `${r.state} ${r.n}`).join(', ')}`,
    );

    const admin = await adminToken(app, 'admin@test.local');
    const officerUser = await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: { $startsWith: 'canbo.' } } });
    const officer = strapi.plugin('users-permissions').service('jwt').issue({ id: officerUser.id });
    const reg = await strapi
      .plugin('recognition')
      .service('actors')
      .officer(officerUser)
      .then((a: { unitId: string }) =>
        strapi.db
          .query('plugin::recognition.registration')
          .findOne({ where: { unit: { documentId: a.unitId }, year: lastYear } }),
      );
    const queued = await strapi.db.query('plugin::recognition.registration').count({
      where: { state: 'proposed', year: lastYear, unit: { jurisdiction: { slug: big } } },
    });
    const reads: Read[] = [
      {
        label: `dashboard, one province (${big}, ${lastYear})`,
        url: `${baseUrl}/recognition/dashboard?jurisdiction=${big}&year=${lastYear}`,
        token: admin,
      },
      {
        label: `dashboard, the nation (${country.provinces.length} provinces)`,
        url: `${baseUrl}/recognition/national/dashboard?year=${lastYear}`,
        token: admin,
      },
      {
        label: `approval queue, first page (${queued} proposed)`,
        url: `${baseUrl}/recognition/approval-queue?jurisdiction=${big}&year=${lastYear}`,
        token: admin,
      },
      {
        label: `approval queue, last page (${queued} proposed)`,
        url: `${baseUrl}/recognition/approval-queue?jurisdiction=${big}&year=${lastYear}&page=${Math.max(1, Math.ceil(queued / 50))}`,
        token: admin,
      },
      {
        label: 'recognitions list, first page (every province)',
        url: `${baseUrl}/recognition/recognitions`,
        token: admin,
      },
      {
        label: `annual XLSX report, one province (${big})`,
        url: `${baseUrl}/recognition/reports/annual?jurisdiction=${big}&year=${lastYear}`,
        token: admin,
        runs: 5,
      },
      { label: 'public register page (hue)', url: `${baseUrl}/cong-nhan/hue/${lastYear}` },
      { label: "officer's home", url: `${baseUrl}/api/recognition/home`, token: officer },
      ...(reg
        ? [
            {
              label: "officer's criteria page",
              url: `${baseUrl}/api/recognition/registrations/${reg.documentId}/criteria`,
              token: officer,
            },
          ]
        : []),
    ];
    // The Ministry's views of the hierarchy, and a province's own board of who has reported.
    await ensureStaff(strapi, {
      email: 'v05@bench.test',
      roleCode: 'dienhinh-ministry',
      jurisdictions: [],
      password: 'Test@12345',
    });
    const v05 = await adminToken(app, 'v05@bench.test');
    reads.push(
      {
        label: `reports sent up, the nation (ministry, ${lastYear})`,
        url: `${baseUrl}/recognition/national/report-status?year=${lastYear}`,
        token: v05,
      },
      {
        label: `national roll-up (ministry, ${lastYear})`,
        url: `${baseUrl}/recognition/national/dashboard?year=${lastYear}`,
        token: v05,
      },
      {
        label: `who has reported, one province (${big})`,
        url: `${baseUrl}/recognition/report-duties?jurisdiction=${big}&year=${lastYear}`,
        token: admin,
      },
    );
    const timed = await timeReads(reads);
    for (const r of timed)
      console.log(
        `${r.label.padEnd(52)} p50 ${r.p50.toFixed(0).padStart(6)} ms  p95 ${r.p95.toFixed(0).padStart(6)} ms  (HTTP ${r.status}, ${(r.bytes / 1024).toFixed(0)} KB)  target p95 < 300 ms: ${met(r.p95 < 300 && r.status === 200)}`,
      );

    console.log(await compiledAgainstPlan(strapi, big, lastYear));

    // The national XLSX, streamed: its time, its first byte, and this process's memory against one province's report.
    const province = await timeDownload(
      `${baseUrl}/recognition/reports/annual?jurisdiction=${big}&year=${lastYear}`,
      admin,
    );
    const nation = await timeDownload(
      `${baseUrl}/recognition/national/reports/annual?year=${lastYear}`,
      admin,
    );
    const again = await timeDownload(
      `${baseUrl}/recognition/national/reports/annual?year=${lastYear}`,
      admin,
    );
    const grow = (d: Download) =>
      `+${(d.heldPeakMb - d.heldBeforeMb).toFixed(0)} MB (${d.heldBeforeMb.toFixed(0)} → ${d.heldPeakMb.toFixed(0)} MB)`;
    console.log(
      `annual XLSX report, one province: ${(province.ms / 1000).toFixed(2)} s, ${(province.bytes / 1048576).toFixed(1)} MB; peak memory held (heap and buffers) ${grow(province)}`,
    );
    for (const [i, d] of [nation, again].entries()) {
      console.log(
        `annual XLSX report, the nation (run ${i + 1}): ${(d.ms / 1000).toFixed(2)} s, first byte after ${d.firstByteMs.toFixed(0)} ms, ${(d.bytes / 1048576).toFixed(1)} MB; peak memory held ${grow(d)}; target < 10 s: ${met(d.ms < 10_000)}`,
      );
    }
    const ratio =
      (again.heldPeakMb - again.heldBeforeMb) /
      Math.max(1, province.heldPeakMb - province.heldBeforeMb);
    console.log(
      `  memory of the nation's report against one province's: ${ratio.toFixed(2)}× for ${(again.bytes / Math.max(1, province.bytes)).toFixed(1)}× the bytes (streamed: flat when the first is not much above 1)`,
    );

    // A province's audit export states the check of its own chain, walked whole (not the nation's log).
    const auditExport = await timeDownload(
      `${baseUrl}/recognition/audit/export?jurisdiction=${big}&year=${lastYear}&format=xlsx`,
      admin,
    );
    console.log(
      `audit export, one province's year (${big}, XLSX, its chain checked whole): ${(auditExport.ms / 1000).toFixed(2)} s, ${(auditExport.bytes / 1048576).toFixed(1)} MB; peak memory held ${grow(auditExport)}`,
    );

    // The audit chain: one pass as the admin page runs it (steps of about 20 s), and in small steps to show it resumes.
    const whole = await verifyInSteps(baseUrl, admin);
    console.log(
      `audit chain verification: ${whole.seconds.toFixed(1)} s over ${events} events in ${whole.steps} step(s) (${JSON.stringify(whole.verdict).slice(0, 140)}); target < 60 s: ${met(whole.seconds < 60 && whole.verdict.ok)}`,
    );
    const stepped = await verifyInSteps(baseUrl, admin, Math.ceil(events / 10));
    console.log(
      `  resumed in ${stepped.steps} steps of ${Math.ceil(events / 10)} events: ${stepped.seconds.toFixed(1)} s, ok ${stepped.verdict.ok}, ${stepped.verdict.count} events; resumable: ${met(stepped.steps >= 10 && stepped.verdict.ok && stepped.verdict.count === whole.verdict.count)}`,
    );
  } finally {
    await app.stop();
    cluster.stop();
  }
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
