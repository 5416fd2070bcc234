// Loads the Strapi app for command-line tools, without an HTTP server: compiles its TypeScript
// only when a source is newer than the compiled output, reads cms/.env, keeps logs quiet.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../../pipeline/src/paths';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Compiles the app's TypeScript when a source is newer than the compiled output. */
export async function ensureCompiled(): Promise<void> {
  const appDir = path.join(projectRoot(), 'cms');
  const { compileStrapi } = createRequire(__filename)('@strapi/strapi');
  const marker = path.join(appDir, 'dist', 'src', 'index.js');
  const sources = Math.max(
    newestMtime(path.join(appDir, 'src')),
    newestMtime(path.join(appDir, 'config')),
  );
  if (!fs.existsSync(marker) || fs.statSync(marker).mtimeMs < sources)
    await compileStrapi({ appDir });
}

/** Loads the app; with `worker`, this process takes jobs from the shared queue (PostgreSQL). */
export async function loadStrapiApp(opts: { worker?: boolean } = {}): Promise<any> {
  const appDir = path.join(projectRoot(), 'cms');
  const envFile = path.join(appDir, '.env');
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
  process.env.NODE_ENV ??= 'production';
  // A command takes queued jobs only when it asks to (npm run worker, or while it waits on them).
  process.env.DIENHINH_WORKER = opts.worker ? 'on' : 'off';
  // A command loads the signing keys when it first signs, not at its start; the worker, which
  // signs what the server queues, checks them at start as the server does (server/src/bootstrap.ts).
  process.env.DIENHINH_COMMAND = opts.worker ? 'off' : 'on';
  const { createStrapi } = createRequire(__filename)('@strapi/strapi');
  await ensureCompiled();
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false });
  // Command-line output is for people and scripts: only errors from Strapi itself.
  app.log.level = 'error';
  return app.load();
}
