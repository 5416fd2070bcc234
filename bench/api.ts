// npm run bench:api [-- --duration 30 --connections 100 --db sqlite|postgres|both --only <route prefix>]
// autocannon against score submission and certificate download, with Strapi's own core `find`
// as the reference, on SQLite and then on a throwaway PostgreSQL cluster; prints p50, p99, errors.
// Then staff beside a crowd: signed-in score submission (10 connections) alone, and again beside
// 200 anonymous clients on /verify; its p99 beside the crowd against its quiet p99 (target ≤ 2×).
// Everything runs on loopback. A benchmark, not a test.
import type autocannon from 'autocannon';
import { bootApp, type TestApp } from '../test/helpers/strapi';
import { startCluster } from '../test/helpers/postgres-cluster';
import { ensureCompiled } from '../scripts/lib/strapi-app';
import { met } from './pdf/measure';
import { beside, CROWD, rowOf, runner, type Row } from './api/load';
import { countQueries } from './api/queries';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const duration = Number(option('duration') ?? 30);
const connections = Number(option('connections') ?? 100);
const dbArg = option('db') ?? 'both';
const databases = dbArg === 'both' ? ['sqlite', 'postgres'] : [dbArg];
const only = option('only') ?? '';
const run = runner(duration, connections);

async function prepare(app: TestApp) {
  const { strapi, baseUrl } = app;
  strapi.plugin('recognition').service('clock').now = () => new Date('2033-11-01T03:00:00Z');
  const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: '20056' } });
  const set = await strapi.db
    .query('api::criteria-set.criteria-set')
    .findOne({ where: { code: 'MAU-XA-PHUONG' } });
  const plan = await strapi.db
    .query('api::plan.plan')
    .findOne({ where: { slug: 'hue-487-kh-ubnd', publishedAt: { $null: true } } });
  // Bound to its plan's rules as registering binds them (registrations older than that snapshot load the plan on every step).
  const rules = await strapi
    .plugin('recognition')
    .service('repository')
    .publishedRules(plan.documentId);
  await strapi.plugin('recognition').service('criteria-sets').lockForUse(set.documentId, 2033);
  const reg = await strapi.db.query('plugin::recognition.registration').create({
    data: {
      unit: unit.id,
      year: 2033,
      plan: plan.id,
      rules,
      criteriaSet: set.id,
      // Arranged as the province left it: chosen to build, where the plan has that step.
      state: rules.selection ? 'selected' : 'registered',
      uniqueKey: `${unit.documentId}:2033`,
      selfMarks: {},
      dossier: {},
      evidence: {},
      conflicts: [],
    },
  });
  // The reference route: Strapi's core find of units, opened to the unit officer role for the benchmark.
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'unit-officer' } });
  await strapi.db
    .query('plugin::users-permissions.permission')
    .create({ data: { action: 'api::unit.unit.find', role: role.id } });
  const login = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: 'canbo.aluoi1@dienhinh.local', password: 'Bench@12345' }),
  });
  const jwt = (await login.json()).jwt as string;
  const serial = 'DEMO-2025-HUE-0001';
  await fetch(`${baseUrl}/api/recognition/certificates/${serial}/pdf`); // issued and stored once
  return { jwt, registration: reg.documentId as string, serial };
}

async function benchDatabase(label: string, app: TestApp): Promise<Row[]> {
  const { jwt, registration, serial } = await prepare(app);
  const auth = { authorization: `Bearer ${jwt}` };
  const marks = { marks: { '1.3': { points: 7 }, '2.2': { points: 15 }, '3.2': { points: 30 } } };
  const cases: [string, Partial<autocannon.Options> & { path: string }][] = [
    ['core find (GET /api/units)', { path: '/api/units?pagination[pageSize]=25', headers: auth }],
    [
      'score submission (PUT self-scores)',
      {
        path: `/api/recognition/registrations/${registration}/self-scores`,
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(marks),
      },
    ],
    ['certificate download (GET pdf)', { path: `/api/recognition/certificates/${serial}/pdf` }],
  ];
  const rows: Row[] = [];
  if (process.argv.includes('--queries'))
    await countQueries(
      label,
      app,
      cases.filter(([n]) => n.startsWith(only)),
    );
  for (const [name, { path, ...opts }] of cases.filter(([n]) => n.startsWith(only))) {
    rows.push(rowOf(`${label}: ${name}`, await run(`${app.baseUrl}${path}`, opts)));
  }
  if (!only || only.startsWith('staff'))
    rows.push(
      ...(await beside(
        run,
        label,
        app,
        `${app.baseUrl}/api/recognition/registrations/${registration}/self-scores`,
        {
          method: 'PUT',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(marks),
        },
        serial,
      )),
    );
  return rows;
}

async function main() {
  console.log(
    `bench:api: autocannon, ${connections} connections, ${duration} s per route, loopback only\n`,
  );
  await ensureCompiled();
  // Every client comes from loopback: the per-address limit is lifted so that the crowd stands for
  // 200 addresses and meets the public lane itself, not a 429.
  const env = {
    DEMO_PASSWORD: 'Bench@12345',
    DIENHINH_DEMO_WORKFLOW: 'false',
    STRAPI_LOG_LEVEL: 'error',
    DIENHINH_PUBLIC_REQUESTS_PER_MINUTE: '1000000',
  };
  const results: Row[] = [];

  if (databases.includes('sqlite')) {
    const sqlite = await bootApp({ client: 'sqlite' }, env);
    sqlite.strapi.log.level = 'error';
    results.push(...(await benchDatabase('SQLite', sqlite)));
    await sqlite.stop();
  }

  const cluster = databases.includes('postgres') ? await startCluster() : undefined;
  if (cluster)
    try {
      const pg = await bootApp({ client: 'postgres', adminUrl: cluster.urlFor('postgres') }, env);
      pg.strapi.log.level = 'error';
      results.push(...(await benchDatabase('PostgreSQL', pg)));
      await pg.stop();
    } finally {
      cluster.stop();
    }

  for (const r of results) {
    console.log(
      `${r.label.padEnd(58)} p50 ${String(r.p50).padStart(5)} ms  p90 ${String(r.p90).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  max ${String(r.max).padStart(5)} ms  ${r.rps.toFixed(0).padStart(6)} req/s  errors ${r.errors} (of which timeouts ${r.timeouts})  non-2xx ${r.non2xx}  (${r.total} requests)`,
    );
  }
  for (const db of ['SQLite', 'PostgreSQL'].filter((d) =>
    results.some((r) => r.label.startsWith(d)),
  )) {
    const find = results.find((r) => r.label.startsWith(`${db}: core find`));
    const score = results.find((r) => r.label.startsWith(`${db}: score`));
    // With --only, one of the two may not have run.
    const ratio =
      find && score
        ? `score submission ${score.rps.toFixed(0)} req/s / core find ${find.rps.toFixed(0)} req/s = ${(score.rps / find.rps).toFixed(2)}× (target ≥ 0.5: ${met(score.rps / find.rps >= 0.5)}); ` +
          `p99 ${score.p99} / ${find.p99} ms = ${(score.p99 / find.p99).toFixed(2)}× (target ≤ 3: ${met(score.p99 / find.p99 <= 3)}); `
        : '';
    const quiet = results.find((r) => r.label.startsWith(`${db}: staff quiet`));
    const loaded = results.find((r) => r.label.startsWith(`${db}: staff beside`));
    const crowd = results.find((r) => r.label.startsWith(`${db}: ${CROWD} anonymous`));
    const beside =
      quiet && loaded && crowd
        ? `staff p99 beside ${CROWD} anonymous /verify ${loaded.p99} / quiet ${quiet.p99} ms = ${(loaded.p99 / quiet.p99).toFixed(2)}× (target ≤ 2: ${met(loaded.p99 / quiet.p99 <= 2)}); the crowd got ${crowd.rps.toFixed(0)} req/s, ${crowd.non2xx} answered busy (503); `
        : '';
    const counted = results.filter(
      (r) => r.label.startsWith(db) && !r.label.includes('anonymous /verify (crowd)'),
    );
    console.log(
      `${db}: ${ratio}${beside}errors ${counted.reduce((s, r) => s + r.errors + r.non2xx, 0)} (target 0)`,
    );
  }
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
