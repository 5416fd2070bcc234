// Serves a built single-page app (the portal at /portal, the staff desk at /desk): hashed assets
// for a year, compressed ahead of time (brotli or gzip, as the browser accepts), and index.html
// for every other path so that the app's own router answers deep links. The page gets its own
// policy: scripts only from here, and blob: frames and images so that PDFs open inside the page.
import type { Ctx } from './context';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const policy = (styles: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "connect-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

export type BuiltApp = {
  /** Where the build is (a function: tests point it elsewhere through the environment). */
  dir: () => string;
  /** Its name in the message shown when it has not been built. */
  name: string;
  /** Whether its styles are injected at run time (the design system's styled-components). */
  inlineStyles?: boolean;
};

export const serveBuilt = (app: BuiltApp) => {
  const csp = policy(app.inlineStyles ? "'self' 'unsafe-inline'" : "'self'");
  return async function serve(ctx: Ctx) {
    const root = app.dir();
    const rel = decodeURIComponent(String(ctx.params[0] ?? '')).replace(/^\/+/, '');
    const wanted = path.resolve(root, rel);
    // A path that climbs out of the app's folder is answered with the app's page, never the file.
    const inside = wanted.startsWith(root + path.sep);
    // A name with an extension is a file: served if it is there, else 404 (a page would only confuse a browser expecting a script).
    const named = inside && path.extname(wanted) !== '';
    const asset = named && isFile(wanted);
    const file = asset ? wanted : path.join(root, 'index.html');
    if ((named && !asset) || !isFile(file)) {
      ctx.status = named ? 404 : 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body =
        ctx.status === 404
          ? 'Không có tệp này.'
          : `${app.name} chưa được dựng (chạy npm run demo hoặc npm run setup).`;
      return;
    }
    const ext = path.extname(file);
    ctx.set('Content-Type', types[ext] ?? 'application/octet-stream');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Vary', 'Accept-Encoding');
    ctx.set(
      'Cache-Control',
      asset && rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    if (ext === '.html') {
      ctx.set('Content-Security-Policy', csp);
      ctx.set('Referrer-Policy', 'no-referrer');
    }
    const accepts = String(ctx.get('Accept-Encoding'));
    for (const [enc, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (accepts.includes(enc) && isFile(file + suffix)) {
        ctx.set('Content-Encoding', enc);
        ctx.body = createReadStream(file + suffix);
        return;
      }
    }
    ctx.body = createReadStream(file);
  };
};
