// Builds one of the plugin's single-page apps with Vite into <app>/dist, and compresses each text
// file ahead of time (brotli and gzip) so the server sends the smallest form without work per
// request. Skipped when nothing the app is built from changed since the last build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from './precompress.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const walk = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)],
  );

/**
 * @param {string} name the app's folder in plugins/recognition (portal, desk)
 * @param {string[]} alsoFrom other folders of the plugin its build reads (beside shared/)
 */
export async function buildApp(name, alsoFrom = []) {
  const app = path.join(root, 'plugins/recognition', name);
  const dist = path.join(app, 'dist');
  const stampFile = path.join(dist, '.build-stamp');
  const sources = [
    ...walk(path.join(app, 'src')),
    path.join(app, 'index.html'),
    path.join(app, 'vite.config.mts'),
    ...['shared', ...alsoFrom].flatMap((d) => walk(path.join(root, 'plugins/recognition', d))),
    path.join(root, 'package-lock.json'),
  ].sort();
  const hash = createHash('sha256');
  for (const f of sources) hash.update(f).update(readFileSync(f));
  const want = hash.digest('hex');
  if (
    !process.argv.includes('--force') &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === want
  )
    return;
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(app, 'vite.config.mts') });
  await precompress(dist);
  writeFileSync(stampFile, want);
  console.log(`${name} built in ${Date.now() - started} ms`);
}
