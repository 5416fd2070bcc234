// The pipeline's modules and their entries: code outside a module (the plugin, the commands,
// the benchmarks, another module) enters it through its index.ts; signing never reaches into
// validation (validation reads what signing wrote, not the other way); and the credential check
// the browser bundles imports no Node module. Tests import the file they test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const pipeline = path.join(root, 'pipeline/src');
const MODULES = ['credentials', 'render', 'sign', 'validate'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'dist', '.git'].includes(e.name) ? [] : sources(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}
const IMPORT =
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
const moduleOf = (file: string) => {
  const rel = path.relative(pipeline, file);
  const first = rel.split(path.sep)[0];
  return !rel.startsWith('..') && MODULES.includes(first) ? first : null;
};
// The browser's bundle takes the check alone: the module's entry would bring Node's crypto.
const BROWSER_CHECK = path.join(pipeline, 'credentials/check');

describe('pipeline modules', () => {
  it('are entered through their index.ts from outside, and signing does not use validation', () => {
    const files = ['pipeline', 'plugins/recognition', 'scripts', 'bench', 'templates'].flatMap(
      (d) => sources(path.join(root, d)),
    );
    const offending = files.flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => path.resolve(path.dirname(f), s))
        .filter((t) => {
          const mod = moduleOf(`${t}.ts`);
          if (!mod || mod === moduleOf(f)) return false;
          if (mod === 'validate' && moduleOf(f) === 'sign') return true;
          return t !== path.join(pipeline, mod) && t !== BROWSER_CHECK;
        })
        .map((t) => `${path.relative(root, f)}: ${path.relative(root, t)}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the credential check free of Node modules, so the phone runs the same code', () => {
    const imports = importsOf(`${BROWSER_CHECK}.ts`);
    expect(imports.filter((s) => s.startsWith('node:') || !s.startsWith('.'))).toEqual([]);
    expect(fs.readFileSync(`${BROWSER_CHECK}.ts`, 'utf8')).not.toMatch(/\bBuffer\b|require\(/);
  });
});
