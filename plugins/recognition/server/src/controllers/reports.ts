// Admin routes of reporting: a province's duties with who has reported, asking for a report,
// compiling, editing, issuing and sending the province's report, recording its receipt (the
// People's Committee's approver, the Ministry), its PDF, and the Ministry's national view.
import type { Core } from '@strapi/strapi';
import {
  compileReportBody,
  idParams,
  reportBoardQuery,
  reportFileParams,
  reportRequestBody,
  reportSectionsBody,
  reportStatusQuery,
  reviewActBody,
} from '../../../shared/contracts/requests';
import { parseInput } from '../errors';
import { actorsService } from '../people';
import { actsService } from '../acts';
import {
  exchange,
  nationalReports,
  provinceReports,
  reportRequests,
  reviews,
  statusExports,
  tierFiles,
} from '../reports';
import fs from 'node:fs';
import { oneFile, sendAttachment, sendPdf } from './send-file';

import { staffScope, type Ctx } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const staff = (ctx: Ctx) => actorsService(strapi).staff(ctx.state);
  const view = (a: Awaited<ReturnType<ReturnType<typeof actsService>['load']>>) => ({
    documentId: a.documentId,
    status: a.status,
    title: a.title,
    subject: a.subject,
    number: a.number ?? null,
    date: a.date ?? null,
    sections: a.content.sections,
    content: a.content,
    recipients: a.recipients,
    dispatches: a.dispatches,
    pdfSha256: a.pdfSha256 ?? null,
    jurisdiction: a.jurisdiction.slug,
  });
  return {
    async board(ctx: Ctx) {
      const q = parseInput(reportBoardQuery, ctx.query);
      ctx.body = { data: await provinceReports(strapi).board(staff(ctx), q.jurisdiction, q.year) };
    },
    async request(ctx: Ctx) {
      const { jurisdiction, ...input } = parseInput(reportRequestBody, ctx.request.body);
      ctx.body = { data: await reportRequests(strapi)(staff(ctx), jurisdiction, input) };
    },
    async compile(ctx: Ctx) {
      const b = parseInput(compileReportBody, ctx.request.body);
      const head = await provinceReports(strapi).compile(
        staff(ctx),
        b.jurisdiction,
        b.year,
        b.duty,
      );
      ctx.body = { data: view(await actsService(strapi).load(staff(ctx), head.documentId)) };
    },
    async review(ctx: Ctx) {
      const { jurisdiction, ...span } = parseInput(reviewActBody, ctx.request.body);
      const head = await reviews(strapi).compile(staff(ctx), jurisdiction, span);
      ctx.body = { data: view(await actsService(strapi).load(staff(ctx), head.documentId)) };
    },
    async act(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = { data: view(await actsService(strapi).load(staff(ctx), id)) };
    },
    async edit(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { sections } = parseInput(reportSectionsBody, ctx.request.body);
      ctx.body = { data: view(await actsService(strapi).edit(staff(ctx), id, sections)) };
    },
    async issue(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      // Issued in the role the act's kind names (a person may hold the approver's role too).
      const actor = actorsService(strapi).staffIn(ctx.state, ['secretariat']) ?? staff(ctx);
      ctx.body = { data: view(await actsService(strapi).issue(actor, id)) };
    },
    async send(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = { data: view(await actsService(strapi).send(staff(ctx), id)) };
    },
    async receive(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      ctx.body = { data: view(await actsService(strapi).receive(staff(ctx), id)) };
    },
    async pdf(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const { buffer, filename } = await actsService(strapi).pdf(staff(ctx), id);
      sendPdf(ctx, buffer, filename);
    },
    async package(ctx: Ctx) {
      const { id } = parseInput(idParams, ctx.params);
      const p = await exchange(strapi).packageOf(staff(ctx), id);
      const name = `goi-bao-cao-${p.province.slug}-${p.act.year}-${p.act.number.replace(/\W+/g, '-')}.json`;
      ctx.set('Content-Disposition', `attachment; filename="${name}"`);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = p;
    },
    async importPackage(ctx: Ctx) {
      const file = oneFile(ctx) as { filepath: string };
      const bytes = await fs.promises.readFile(file.filepath);
      ctx.body = { data: await exchange(strapi).receive(staff(ctx), bytes) };
    },
    async tierFile(ctx: Ctx) {
      const p = parseInput(reportFileParams, ctx.params);
      const { ref, stream } = await tierFiles(strapi).read(staff(ctx), p.id, p.fileId);
      sendAttachment(ctx, ref, stream);
    },
    async national(ctx: Ctx) {
      const q = parseInput(reportStatusQuery, ctx.query);
      if (!q.format || q.format === 'json') {
        ctx.body = {
          data: await nationalReports(strapi)(staffScope(ctx), q.year, 'ministry', q.jurisdiction),
        };
        return;
      }
      const bytes = await statusExports(strapi)[q.format](
        staff(ctx),
        staffScope(ctx),
        q.year,
        q.jurisdiction,
      );
      ctx.set(
        'Content-Type',
        q.format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      ctx.set(
        'Content-Disposition',
        `attachment; filename="tinh-hinh-bao-cao-${q.year}.${q.format}"`,
      );
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = bytes;
    },
  };
};
