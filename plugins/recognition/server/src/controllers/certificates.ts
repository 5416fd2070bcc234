import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { serialSchema } from '../../../shared/domain/certificate-serial';
import { parseInput } from '../errors';
import { certificatesService } from '../decisions';
import { renderVerificationPage } from '../views';
import { sendPublic } from './send-file';

const serialParams = z.object({ serial: serialSchema });

export async function sendCertificate(strapi: Core.Strapi, ctx: Ctx, serial: string) {
  const { pdf, filename } = await certificatesService(strapi).pdfBySerial(serial);
  ctx.set('Content-Type', 'application/pdf');
  ctx.set('Content-Disposition', `inline; filename="${filename}"`);
  return pdf;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async download(ctx: Ctx) {
    ctx.body = await sendCertificate(strapi, ctx, parseInput(serialParams, ctx.params).serial);
  },

  /** The public verification page (no login): status, decision, hash, and the PDF. */
  async verify(ctx: Ctx) {
    const serial = String(ctx.params.serial ?? '');
    const info = await certificatesService(strapi).verification(serial);
    ctx.type = 'text/html; charset=utf-8';
    ctx.status = info ? 200 : 404;
    sendPublic(ctx, renderVerificationPage(serial, info));
  },
});
