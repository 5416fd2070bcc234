import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { parseInput, toHttpError } from '../http';
import { getService } from '../utils';

const serialParams = z.object({ serial: z.string().regex(/^[A-Z0-9-]{6,40}$/, 'là số hiệu giấy chứng nhận, 6–40 ký tự A–Z, 0–9, "-"') });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async download(ctx: any) {
    const { serial } = parseInput(serialParams, ctx.params);
    const result = await getService(strapi, 'certificates').pdfBySerial(serial);
    if (!result.ok) throw toHttpError(result);
    ctx.set('Content-Type', 'application/pdf');
    ctx.set('Content-Disposition', `inline; filename="${result.filename}"`);
    ctx.body = result.pdf;
  },
});
