// How an attached file leaves the server: always as a download of the type its content was
// checked to be, never sniffed, never rendered as a page of this origin, never cached by others;
// and how a public page leaves: with an ETag, answered 304 when unchanged.
import type { Ctx } from './context';
import { createHash } from 'node:crypto';
import { DomainFailure } from '../errors';
import type { FileRef } from '../workflow';

export function sendAttachment(ctx: Ctx, ref: FileRef, stream: NodeJS.ReadableStream) {
  const ascii = ref.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '_');
  ctx.set('Content-Type', ref.mime ?? 'application/octet-stream');
  ctx.set(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(ref.name)}`,
  );
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
  ctx.set('Cache-Control', 'private, no-store');
  if (ref.size) ctx.set('Content-Length', String(ref.size));
  ctx.body = stream;
}

/** The one file of a multipart upload (field "file"), or a Vietnamese refusal. */
export function oneFile(ctx: Ctx) {
  const file = ctx.request.files?.file;
  if (!file || Array.isArray(file))
    throw new DomainFailure('invalid-input', 'Trường "file" không hợp lệ: cần đúng một tệp.');
  return file;
}

/**
 * A public answer the same for everyone: sent with a strong ETag, and answered 304 when the
 * client already holds it (caches revalidate every time, so a revocation shows at once).
 */
export function sendPublic(ctx: Ctx, body: string | object, cacheControl = 'no-cache'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  ctx.set('Cache-Control', cacheControl);
  ctx.etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  if (ctx.fresh) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.body = body;
}

/** A PDF the server made (an act, a preview) as a download, never kept by a shared cache. */
export function sendPdf(ctx: Ctx, buffer: Buffer, filename: string) {
  ctx.set('Content-Type', 'application/pdf');
  ctx.set('Content-Disposition', `attachment; filename="${filename.replace(/[^\w.-]+/g, '_')}"`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = buffer;
}
