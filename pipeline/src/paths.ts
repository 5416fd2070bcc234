// Locates the project's own folders whether this code runs from source or from a bundle.
import fs from 'node:fs';
import path from 'node:path';

let cachedRoot: string | undefined;

/** The folder holding the root package.json of dienhinh. */
export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'dienhinh') {
      cachedRoot = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('dienhinh: cannot find the project root above ' + __dirname);
    dir = parent;
  }
}

export const templatesDir = (): string => path.join(projectRoot(), 'templates');
