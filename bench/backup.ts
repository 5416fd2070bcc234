// npm run bench:backup [-- --years 2 --share 0.1 --events 1000000 --provinces 34 --communes 3321 --organisations 10000]
// Backup and restore at national scale, on a throwaway PostgreSQL cluster: the country loaded
// through the workflow services (bench/scale/nation.ts), its audit log brought to about a million
// events (bench/backup/top-up.ts), then `npm run backup` and `npm run restore` timed as an
// operator runs them, each against the reference measured in the same run on the same database:
// pg_dump and pg_restore of the database alone, and `npm run audit:verify` (the chain check) for
// the verification a restore does. Both are measured twice, as loaded and at full size, so that
// the peak memory shows whether it grows with the data. A benchmark, not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { bootApp, createDatabase, projectRoot } from '../test/helpers/strapi';
import { startCluster } from '../test/helpers/postgres-cluster';
import { ensureCompiled } from '../scripts/lib/strapi-app';
import { arg, met } from './pdf/measure';
import { loadNation, nationOptions } from './scale/nation';
import { topUpAudit } from './backup/top-up';
import { stepSeconds, timed } from './backup/timed';

const opts = nationOptions(2, 0.1);
const targetEvents = arg('events', 1_000_000);
const cli = (name: string) => path.join(projectRoot, 'scripts/dist', `${name}.js`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-bench-backup-'));

type Round = {
  label: string;
  events: number;
  dbMb: number;
  snapshotMb: number;
  dump: number;
  backup: { seconds: number; peakMb: number };
  pgRestore: number;
  restore: { seconds: number; peakMb: number; check: number; load: number; walk: number };
  chainCheck: number;
};

/** A new empty database on the cluster, dropped when the round ends (the disk holds several copies). */
async function scratchDatabase(adminUrl: string, made: string[]): Promise<string> {
  const url = await createDatabase(adminUrl);
  made.push(new URL(url).pathname.slice(1));
  return url;
}

async function dropDatabases(adminUrl: string, names: string[]) {
  const pg = new Client({ connectionString: adminUrl });
  await pg.connect();
  for (const name of names) await pg.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await pg.end();
}

async function round(
  label: string,
  adminUrl: string,
  facts: { events: number; dbMb: number },
): Promise<Round> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STRAPI_LOG_LEVEL: 'error',
    DIENHINH_BACKUP_PASSPHRASE: 'mật khẩu sao lưu bench',
  };
  const url = env.DATABASE_URL!;
  const dir = path.join(tmp, label);
  fs.mkdirSync(dir);
  // The references: the database alone, dumped and restored with the flags the backup uses.
  const dumpFile = path.join(dir, 'reference.pgdump');
  const dump = await timed(
    'pg_dump',
    ['--format=custom', '--no-owner', `--file=${dumpFile}`, `--dbname=${url}`],
    env,
  );
  const backup = await timed(
    process.execPath,
    [cli('backup'), '--out', path.join(dir, 'snap')],
    env,
  );
  const made: string[] = [];
  const refDb = await scratchDatabase(adminUrl, made);
  const pgRestore = await timed(
    'pg_restore',
    ['--no-owner', '--exit-on-error', '--single-transaction', `--dbname=${refDb}`, dumpFile],
    env,
  );
  const fresh = path.join(dir, 'fresh');
  const restore = await timed(process.execPath, [cli('restore'), path.join(dir, 'snap')], {
    ...env,
    DATABASE_URL: await scratchDatabase(adminUrl, made),
    DIENHINH_PRIVATE_DIR: path.join(fresh, 'private'),
    DIENHINH_AUDIT_ANCHOR: path.join(fresh, 'audit-anchor.json'),
  });
  const chainCheck = await timed(process.execPath, [cli('audit-verify')], env);
  const snapshotBytes = fs
    .readdirSync(path.join(dir, 'snap'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((a, e) => a + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
  const result: Round = {
    label,
    ...facts,
    snapshotMb: snapshotBytes / 1048576,
    dump: dump.seconds,
    backup,
    pgRestore: pgRestore.seconds,
    restore: {
      ...restore,
      check: stepSeconds(restore.out, /kiểm ([\d.]+) s/),
      load: stepSeconds(restore.out, /nạp ([\d.]+) s/),
      walk: stepSeconds(restore.out, /mọi mốc khớp \(([\d.]+) s\)/),
    },
    chainCheck: chainCheck.seconds,
  };
  fs.rmSync(dir, { recursive: true, force: true });
  await dropDatabases(adminUrl, made);
  return result;
}

const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function report(r: Round) {
  const verification = r.restore.check + r.restore.walk;
  console.log(
    `\n${r.label}: ${r.events} audit events, database ${r.dbMb.toFixed(0)} MB, snapshot ${r.snapshotMb.toFixed(0)} MB`,
  );
  console.log(
    `  npm run backup   ${r.backup.seconds.toFixed(1)} s against pg_dump alone ${r.dump.toFixed(1)} s: ${x(r.backup.seconds, r.dump)} (target ≤ 1.5×: ${met(r.backup.seconds <= 1.5 * r.dump)}); peak memory ${r.backup.peakMb.toFixed(0)} MB`,
  );
  const restoreAlone = r.restore.seconds - verification;
  console.log(
    `  npm run restore  ${r.restore.seconds.toFixed(1)} s in all: database and files ${restoreAlone.toFixed(1)} s (of which pg_restore ${r.restore.load.toFixed(1)} s) against pg_restore alone ${r.pgRestore.toFixed(1)} s: ${x(restoreAlone, r.pgRestore)} (target ≤ 1.5×: ${met(restoreAlone <= 1.5 * r.pgRestore)}); peak memory ${r.restore.peakMb.toFixed(0)} MB`,
  );
  console.log(
    `  its verification: snapshot's hashes ${r.restore.check.toFixed(1)} s + chain and anchors ${r.restore.walk.toFixed(1)} s = ${verification.toFixed(1)} s against npm run audit:verify ${r.chainCheck.toFixed(1)} s: ${x(verification, r.chainCheck)} (target ≤ 2×: ${met(verification <= 2 * r.chainCheck)})`,
  );
}

async function main() {
  console.log(
    `bench:backup on PostgreSQL: ${opts.provinces} provinces, ${opts.communes} communes and wards, ${opts.organisations} organisations, ${opts.years} years with ${Math.round(opts.share * 100)}% of units registering, the audit log then brought to ${targetEvents} events\n`,
  );
  await ensureCompiled();
  const cluster = await startCluster();
  const adminUrl = cluster.urlFor('postgres');
  const app = await bootApp(
    { client: 'postgres', adminUrl },
    { STRAPI_LOG_LEVEL: 'error', DIENHINH_DEMO_WORKFLOW: 'false' },
  );
  const { strapi } = app;
  strapi.log.level = 'error';
  const facts = async () => ({
    events: await strapi.db.query('plugin::recognition.audit-event').count(),
    dbMb:
      Number(
        (await strapi.db.connection.raw('select pg_database_size(current_database()) as b')).rows[0]
          .b,
      ) / 1048576,
  });
  try {
    await loadNation(strapi, opts);
    const small = await round('as loaded', adminUrl, await facts());
    report(small);
    const t = performance.now();
    await topUpAudit(strapi, targetEvents, console.log);
    console.log(`audit log topped up in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    await strapi.db.connection.raw('VACUUM ANALYZE');
    const big = await round('topped up', adminUrl, await facts());
    report(big);
    const grows = (a: number, b: number) =>
      `${a.toFixed(0)} → ${b.toFixed(0)} MB (${x(b, a)} for ${x(big.dbMb, small.dbMb)} the data)`;
    console.log(
      `\nmemory as the data grows: backup ${grows(small.backup.peakMb, big.backup.peakMb)}; restore ${grows(small.restore.peakMb, big.restore.peakMb)}; flat: ${met(big.backup.peakMb <= 1.25 * small.backup.peakMb && big.restore.peakMb <= 1.25 * small.restore.peakMb)}`,
    );
  } finally {
    await app.stop();
    cluster.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
