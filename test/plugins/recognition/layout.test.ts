// The house's rule for its rooms: the interfaces (staff admin, portal, the app's admin settings)
// import the pure core and the HTTP contracts from shared/, never the server's code; and shared/
// imports nothing but zod, node's crypto (the audit chain) and itself.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const plugin = path.join(root, 'plugins/recognition');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sources(p);
    return /\.(ts|tsx|mts)$/.test(e.name) ? [p] : [];
  });
}
// Static imports and re-exports (over several lines too), side-effect imports and dynamic import().
const IMPORT =
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);

describe('rooms and their doors', () => {
  it('lets the admin, the portal, the desk and the app admin reach the server only through shared/', () => {
    const offending = [
      path.join(plugin, 'admin'),
      path.join(plugin, 'portal/src'),
      path.join(plugin, 'desk/src'),
      path.join(root, 'cms/src/admin'),
    ]
      .flatMap(sources)
      .flatMap((f) =>
        importsOf(f)
          .filter(
            (s) =>
              s.startsWith('.') &&
              path.resolve(path.dirname(f), s).startsWith(path.join(plugin, 'server')),
          )
          .map((s) => `${path.relative(root, f)}: ${s}`),
      );
    expect(offending).toEqual([]);
  });

  it('keeps shared/ pure: zod, node:crypto and its own files only', () => {
    const shared = path.join(plugin, 'shared');
    const offending = sources(shared).flatMap((f) =>
      importsOf(f)
        .filter(
          (s) =>
            !(
              s === 'zod' ||
              s === 'node:crypto' ||
              (s.startsWith('.') && path.resolve(path.dirname(f), s).startsWith(shared))
            ),
        )
        .map((s) => `${path.relative(root, f)}: ${s}`),
    );
    expect(offending).toEqual([]);
  });
});
