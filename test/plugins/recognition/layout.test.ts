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

const server = path.join(plugin, 'server/src');
const ROOMS = [
  'acts',
  'audit',
  'config',
  'council',
  'decisions',
  'documents',
  'guards',
  'operations',
  'people',
  'queue',
  'reporting',
  'reports',
  'views',
  'workflow',
];
const roomOf = (file: string) => {
  const [first] = path.relative(server, file).split(path.sep);
  return ROOMS.includes(first) ? first : null;
};

describe('rooms and their doors', () => {
  it('enters a room of the server only through its index.ts (the service registry aside)', () => {
    const offending = sources(server)
      .filter((f) => f !== path.join(server, 'services.ts'))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => s.startsWith('.'))
          .map((s) => path.resolve(path.dirname(f), s))
          .filter((t) => {
            const room = roomOf(`${t}.ts`);
            return room !== null && room !== roomOf(f) && t !== path.join(server, room);
          })
          .map((t) => `${path.relative(root, f)}: ${path.relative(root, t)}`),
      );
    expect(offending).toEqual([]);
  });

  it("calls services through a room's door, each naming the file that builds it as the registry does", () => {
    const registry = fs.readFileSync(path.join(server, 'services.ts'), 'utf8');
    const fileOf = new Map(
      [...registry.matchAll(/^import (\w+) from '\.\/([\w/-]+)';$/gm)].map((m) => [m[1], m[2]]),
    );
    const keyed = new Map(
      [...registry.matchAll(/^\s+(?:'([\w-]+)': (\w+)|(\w+)),$/gm)].map((m) => [
        m[1] ?? m[3],
        fileOf.get(m[2] ?? m[3]),
      ]),
    );
    const doors = ROOMS.flatMap((room) => {
      const index = fs.readFileSync(path.join(server, room, 'index.ts'), 'utf8');
      const factories = new Map(
        [...index.matchAll(/^import type (\w+) from '\.\/([\w-]+)';$/gm)].map((m) => [m[1], m[2]]),
      );
      return [...index.matchAll(/pluginService<typeof (\w+)>\(strapi, '([\w-]+)'\)/g)].map((m) => [
        m[2],
        `${room}/${factories.get(m[1])}`,
      ]);
    });
    expect(doors.length).toBe(keyed.size);
    for (const [key, file] of doors) expect(keyed.get(key), key).toBe(file);
    // utils.ts holds the one lookup the doors share.
    const stringKeyed = sources(server).filter(
      (f) =>
        f !== path.join(server, 'utils.ts') &&
        /getService\(|\.plugin\('recognition'\)\.service\(/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(stringKeyed.map((f) => path.relative(root, f))).toEqual([]);
  });

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
