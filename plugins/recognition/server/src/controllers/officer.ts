// Content API of unit officers (users-permissions JWT): their own unit's registration only.
import { attachFromRequest } from './attach';
import type { Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { parseInput } from '../errors';
import { actorsService } from '../people';
import { filesService, workflowService } from '../workflow';
import { portalHomeService, portalReadsService, readModelsService } from '../reporting';
import { documentsService } from '../documents';
import { certificatesService } from '../decisions';
import {
  fileParams,
  idParams,
  officerDocumentFiles,
  officerDocumentParams,
  registerBody,
  forecastBody,
  selfScoresBody,
} from '../../../shared/contracts/requests';
import { sendCertificate } from './certificates';
import { sendAttachment } from './send-file';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const officer = (ctx: Ctx) => actorsService(strapi).officer(ctx.state.user);
  const workflow = () => workflowService(strapi);
  const reads = () => readModelsService(strapi);

  return {
    async register(ctx: Ctx) {
      const { year } = parseInput(registerBody, ctx.request.body);
      ctx.body = { data: await workflow().register(await officer(ctx), year) };
    },
    async home(ctx: Ctx) {
      ctx.body = { data: await portalHomeService(strapi).officerHome(await officer(ctx)) };
    },
    async list(ctx: Ctx) {
      ctx.body = { data: await reads().listForOfficer(await officer(ctx)) };
    },
    async find(ctx: Ctx) {
      ctx.body = {
        data: await reads().getForOfficer(await officer(ctx), parseInput(idParams, ctx.params).id),
      };
    },
    async selfScores(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { marks } = parseInput(selfScoresBody, ctx.request.body);
      ctx.body = { data: await workflow().saveSelfScores(await officer(ctx), id, marks) };
    },
    async evidence(ctx: Ctx) {
      ctx.body = { data: await attachFromRequest(strapi, ctx, await officer(ctx), 'evidence') };
    },
    async dossier(ctx: Ctx) {
      ctx.body = { data: await attachFromRequest(strapi, ctx, await officer(ctx), 'dossier') };
    },
    async criteria(ctx: Ctx) {
      ctx.body = {
        data: await portalReadsService(strapi).criteria(
          await officer(ctx),
          parseInput(idParams, ctx.params).id,
        ),
      };
    },
    /** The unit's own documents, generated from the registration: the registration form, the dossier report (its self-score table). */
    async document(ctx: Ctx) {
      const { id, document } = parseInput(officerDocumentParams, ctx.params);
      const reg = await reads().loadInScope(await officer(ctx), id);
      const { pdf } = await documentsService(strapi).render(document, reg.documentId);
      ctx.set('Content-Type', 'application/pdf');
      ctx.set(
        'Content-Disposition',
        `attachment; filename="${officerDocumentFiles[document]}-${reg.unit.code}-${reg.year}.pdf"`,
      );
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.body = pdf;
    },
    async timeline(ctx: Ctx) {
      ctx.body = {
        data: await portalReadsService(strapi).timeline(
          await officer(ctx),
          parseInput(idParams, ctx.params).id,
        ),
      };
    },
    async removeFile(ctx: Ctx) {
      const { id, fileId } = parseInput(fileParams, ctx.params);
      ctx.body = { data: await filesService(strapi).remove(await officer(ctx), id, fileId) };
    },
    async file(ctx: Ctx) {
      const { id, fileId } = parseInput(fileParams, ctx.params);
      const { ref, stream } = await filesService(strapi).open(await officer(ctx), id, fileId);
      sendAttachment(ctx, ref, stream);
    },
    async forecast(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { outcome, note } = parseInput(forecastBody, ctx.request.body);
      ctx.body = { data: await workflow().forecast(await officer(ctx), id, outcome, note) };
    },
    async submit(ctx: Ctx) {
      ctx.body = {
        data: await workflow().submit(await officer(ctx), parseInput(idParams, ctx.params).id),
      };
    },
    async deadlines(ctx: Ctx) {
      ctx.body = {
        data: await reads().deadlines(await officer(ctx), parseInput(idParams, ctx.params).id),
      };
    },
    async certificate(ctx: Ctx) {
      const reg = await reads().loadInScope(
        await officer(ctx),
        parseInput(idParams, ctx.params).id,
      );
      ctx.body = await sendCertificate(
        strapi,
        ctx,
        await certificatesService(strapi).serialOfRegistration(reg.id),
      );
    },
  };
};
