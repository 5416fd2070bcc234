// Builds the recognition plugin's server (TypeScript, with the pipeline and templates code it
// uses) into plugins/recognition/dist/server/index.js, the verification page's script into
// plugins/recognition/dist/verify/, and the command-line tools into scripts/dist/; packages stay
// external.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: [path.join(root, 'plugins/recognition/server/src/index.ts')],
  outfile: path.join(root, 'plugins/recognition/dist/server/index.js'),
});
// The verification page's script runs on a phone, offline: bundled for the browser with the
// pipeline's credential check it shares with `npm run verify`.
await build({
  entryPoints: [path.join(root, 'plugins/recognition/verify/offline.ts')],
  outfile: path.join(root, 'plugins/recognition/dist/verify/offline.js'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
const clis = [
  'import-units',
  'import-accounts',
  'audit-verify',
  'render',
  'certificates',
  'worker',
  'verify',
  'backup',
  'restore',
  'doctor',
];
await build({
  ...common,
  entryPoints: clis.map((name) => path.join(root, 'scripts', `${name}.ts`)),
  outdir: path.join(root, 'scripts/dist'),
});
// bench:api loads Strapi, which tsx's loader cannot run (koa's generator check): bundled too.
await build({
  ...common,
  entryPoints: [
    path.join(root, 'bench', 'api.ts'),
    path.join(root, 'bench', 'portal.ts'),
    path.join(root, 'bench', 'admin.ts'),
    path.join(root, 'bench', 'scale.ts'),
    path.join(root, 'bench', 'backup.ts'),
  ],
  outdir: path.join(root, 'bench/dist'),
});
console.log(`plugin server and command-line tools built in ${Date.now() - started} ms`);
