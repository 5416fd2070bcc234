import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { DomainFailure, handle, parseInput } from '../http';
import { getService } from '../utils';

const serialParams = z.object({ serial: z.string().regex(/^[A-Z0-9-]{6,40}$/, 'là số hiệu giấy chứng nhận, 6–40 ký tự A–Z, 0–9, "-"') });

export async function sendCertificate(strapi: Core.Strapi, ctx: any, serial: string) {
  const result = await getService(strapi, 'certificates').pdfBySerial(serial);
  if (!result.ok) {
    throw result.reason === 'not-found'
      ? new DomainFailure('not-found', 'Không tìm thấy giấy chứng nhận (not found).')
      : new DomainFailure('render-failed', `Không dựng được văn bản: ${result.message}`, { renderCode: result.code });
  }
  ctx.set('Content-Type', 'application/pdf');
  ctx.set('Content-Disposition', `inline; filename="${result.filename}"`);
  return result.pdf;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async download(ctx: any) {
    await handle(ctx, async () => sendCertificate(strapi, ctx, parseInput(serialParams, ctx.params).serial));
  },
});
