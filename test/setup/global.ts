// Once per `vitest run`: compile the Strapi app's TypeScript and start a throwaway PostgreSQL
// cluster that the PostgreSQL suites use. Nothing here is optional: a cluster that cannot start
// fails the run instead of skipping the PostgreSQL tests.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startCluster, type Cluster } from '../helpers/postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

let cluster: Cluster | undefined;

export default async function setup(project: TestProject) {
  // Every Strapi the suites start (apps, command-line tools) keys its audit log; each app also
  // gets its own key, anchor and private store (helpers/strapi.ts).
  process.env.DIENHINH_AUDIT_KEY ??= randomBytes(32).toString('hex');
  const appDir = path.resolve(__dirname, '..', '..', 'cms');
  // @strapi/strapi's ESM build fails on lodash/fp under vitest; its CommonJS build works.
  const { compileStrapi } = createRequire(__filename)('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: false });
  cluster = await startCluster();
  project.provide('pgAdminUrl', cluster.urlFor('postgres'));
  return () => cluster?.stop();
}
