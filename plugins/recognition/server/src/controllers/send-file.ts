// How an attached file leaves the server: always as a download of the type its content was
// checked to be, never sniffed, never rendered as a page of this origin, never cached by others.
import { DomainFailure } from '../errors';
import type { FileRef } from '../repositories/registrations';

export function sendAttachment(ctx: any, ref: FileRef, stream: NodeJS.ReadableStream) {
  const ascii = ref.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\w.-]+/g, '_');
  ctx.set('Content-Type', ref.mime ?? 'application/octet-stream');
  ctx.set('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(ref.name)}`);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
  ctx.set('Cache-Control', 'private, no-store');
  if (ref.size) ctx.set('Content-Length', String(ref.size));
  ctx.body = stream;
}

/** The one file of a multipart upload (field "file"), or a Vietnamese refusal. */
export function oneFile(ctx: any) {
  const file = ctx.request.files?.file;
  if (!file || Array.isArray(file)) throw new DomainFailure('invalid-input', 'Trường "file" không hợp lệ: cần đúng một tệp.');
  return file;
}
