// Serves the built portal (portal/dist) at /portal: hashed assets for a year, compressed ahead of
// time (brotli or gzip, as the browser accepts), and index.html for every other path so that the
// portal's own router answers deep links. The page gets its own policy: scripts and styles only
// from here, and blob: frames and images so that a dossier's PDFs open inside the page.
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
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

/** Where the built portal is: beside the server bundle in the plugin, or DIENHINH_PORTAL_DIR. */
export const portalDir = () =>
  process.env.DIENHINH_PORTAL_DIR ?? path.resolve(__dirname, '../../portal/dist');

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

export default () => ({
  async serve(ctx: any) {
    const root = portalDir();
    const rel = decodeURIComponent(String(ctx.params[0] ?? '')).replace(/^\/+/, '');
    const wanted = path.resolve(root, rel);
    // A path that climbs out of the portal's folder is answered with the portal's page, never the file.
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
          : 'Cổng thông tin chưa được dựng (chạy npm run demo hoặc npm run setup).';
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
      ctx.set('Content-Security-Policy', CSP);
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
  },
});
