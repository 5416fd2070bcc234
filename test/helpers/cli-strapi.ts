// Loads the app inside a test against the database a command-line test prepared, runs a
// function, and shuts it down.
import { createRequire } from 'node:module';
import path from 'node:path';

export async function createStrapiForTest(
  env: Record<string, string>,
  fn: (strapi: any) => Promise<void>,
): Promise<void> {
  const saved = { ...process.env };
  Object.assign(process.env, env, { DIENHINH_DEMO_SEED: 'false' });
  const appDir = path.resolve(__dirname, '..', '..', 'cms');
  const { createStrapi } = createRequire(__filename)('@strapi/strapi');
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false });
  app.log.level = 'error';
  const strapi = await app.load();
  try {
    await fn(strapi);
  } finally {
    await strapi.destroy();
    process.env = saved;
  }
}
