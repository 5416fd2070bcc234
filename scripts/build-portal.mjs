// Builds the portal (plugins/recognition/portal) with Vite into portal/dist, and compresses each
// text file ahead of time (brotli and gzip) so the server sends the smallest form without work
// per request. Skipped when nothing the portal is built from changed since the last build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from './lib/precompress.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portal = path.join(root, 'plugins/recognition/portal');
const dist = path.join(portal, 'dist');
const stampFile = path.join(dist, '.build-stamp');

const walk = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)],
  );
const sources = [
  ...walk(path.join(portal, 'src')),
  path.join(portal, 'index.html'),
  path.join(portal, 'vite.config.mts'),
  ...walk(path.join(root, 'plugins/recognition/shared')),
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
  process.exit(0);

const started = Date.now();
const { build } = await import('vite');
await build({ configFile: path.join(portal, 'vite.config.mts') });
await precompress(dist);
writeFileSync(stampFile, want);
console.log(`portal built in ${Date.now() - started} ms`);
