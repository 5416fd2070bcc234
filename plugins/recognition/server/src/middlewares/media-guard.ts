// The Media Library on the app's own origin: an uploaded HTML, SVG or script there would run with
// the admin's privileges (stored XSS, cf. CVE-2022-32114). Uploads are judged by content
// (shared/domain/uploads.ts: images and PDFs only, nothing that looks like a page) before Strapi's upload
// controller sees them; /uploads serves only those types, with nosniff and a sandboxing CSP, a
// PDF as an attachment, and never anything else that reached the folder before this guard.
import type { Ctx } from '../controllers/context';
import fs from 'node:fs/promises';
import path from 'node:path';
import { checkMedia, mediaTypes } from '../../../shared/domain/uploads';
import { DomainFailure } from '../errors';

let fileTypeModule: Promise<typeof import('file-type')> | undefined;
const detect = async (head: Uint8Array) =>
  (await (fileTypeModule ??= import('file-type'))).fileTypeFromBuffer(head);
const uploadRoutes = new Set(['/upload', '/api/upload']);

async function headOf(filepath: string): Promise<Uint8Array> {
  const handle = await fs.open(filepath, 'r');
  try {
    const buf = Buffer.alloc(4100);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (ctx.method === 'POST' && uploadRoutes.has(ctx.path)) {
    const files = Object.values(ctx.request.files ?? {}).flat() as {
      filepath: string;
      originalFilename?: string;
    }[];
    for (const f of files) {
      const head = await headOf(f.filepath);
      const verdict = checkMedia(await detect(head), head, f.originalFilename ?? 'tệp');
      if (!verdict.ok) throw DomainFailure.of(verdict.error);
    }
    return next();
  }
  if (!ctx.path.startsWith('/uploads/')) return next();
  const type = mediaTypes[path.extname(ctx.path).slice(1).toLowerCase()];
  if (!type)
    throw new DomainFailure(
      'not-found',
      'Không phục vụ loại tệp này từ thư viện tệp (chỉ ảnh PNG, JPEG, WebP và PDF).',
    );
  await next();
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
  if (ctx.status === 200) {
    ctx.type = type.mime;
    if (!type.inline) ctx.attachment(path.basename(ctx.path));
  }
};
