// Admin preview of any document as PDF (the plan's edit screen uses it for its draft), and the
// files attached to a dossier, opened by staff of its province.
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { parseInput } from '../errors';
import { documentKindsForCli, documentsService } from '../documents';
import { filesService } from '../workflow';
import { actorsService } from '../people';
import { fileParams } from '../../../shared/contracts/requests';
import { sendAttachment } from './send-file';

const params = z.object({
  kind: z.enum(documentKindsForCli, { message: `là một trong: ${documentKindsForCli.join(', ')}` }),
  ref: z.string().min(1).max(120),
});
const query = z.object({ draft: z.enum(['true', 'false']).default('false') });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async file(ctx: Ctx) {
    const { id, fileId } = parseInput(fileParams, ctx.params);
    const { ref, stream } = await filesService(strapi).open(
      actorsService(strapi).staff(ctx.state),
      id,
      fileId,
    );
    sendAttachment(ctx, ref, stream);
  },
  async preview(ctx: Ctx) {
    const { kind, ref } = parseInput(params, ctx.params);
    const { draft } = parseInput(query, ctx.query);
    const staff = actorsService(strapi).staff(ctx.state);
    const { pdf } = await documentsService(strapi).preview(staff, kind, ref, {
      draft: draft === 'true',
    });
    ctx.set('Content-Type', 'application/pdf');
    ctx.set(
      'Content-Disposition',
      `inline; filename="${kind}-${ref.replace(/[^\w-]+/g, '-')}.pdf"`,
    );
    ctx.body = pdf;
  },
});
