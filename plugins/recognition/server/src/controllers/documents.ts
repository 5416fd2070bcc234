// Admin preview of any document as PDF (the plan's edit screen uses it for its draft).
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { handle, parseInput } from '../http';
import { getService } from '../utils';

const params = z.object({
  kind: z.enum(['plan', 'decision', 'certificate', 'minutes', 'dossier-report', 'report'], { message: 'là plan, decision, certificate, minutes, dossier-report hoặc report' }),
  ref: z.string().min(1).max(120),
});
const query = z.object({ draft: z.enum(['true', 'false']).default('false') });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  preview: (ctx: any) =>
    handle(ctx, async () => {
      const { kind, ref } = parseInput(params, ctx.params);
      const { draft } = parseInput(query, ctx.query);
      const { pdf } = await getService(strapi, 'documents').render(kind, ref, { draft: draft === 'true' });
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `inline; filename="${kind}-${ref.replace(/[^\w-]+/g, '-')}.pdf"`);
      return pdf;
    }),
});
