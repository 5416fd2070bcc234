// Content API of a commune's or a department's officer: the units its tier covers in a year,
// one of them, and registering one on its behalf. Scope is the officer's tier grant, checked by
// the read model and by the workflow's register step, not here.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  registerBody,
  reportFileParams,
  reportSectionsBody,
  tierReportFileParams,
  tierReportParams,
  unitParams,
} from '../../../shared/contracts/requests';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { clockService } from '../config';
import { parseInput } from '../errors';
import { paginationOf, pageShape } from '../pagination';
import { actorsService } from '../people';
import { tierReads } from '../reporting';
import { tierFiles, tierReports } from '../reports';
import { oneFile, sendAttachment } from './send-file';
import { workflowService } from '../workflow';
import type { Ctx } from './context';

const homeQuery = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  ...pageShape,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const officer = (ctx: Ctx) => actorsService(strapi).tierOfficer(ctx.state.user);
  const thisYear = () => Number(vietnamDay(clockService(strapi).now()).slice(0, 4));
  return {
    async home(ctx: Ctx) {
      const { year, ...page } = parseInput(homeQuery, ctx.query);
      const home = await tierReads(strapi).home(await officer(ctx), year ?? thisYear(), page);
      ctx.body = { data: home, meta: { pagination: paginationOf(page, home.total) } };
    },
    async reports(ctx: Ctx) {
      const { year } = parseInput(homeQuery, ctx.query);
      ctx.body = { data: await tierReports(strapi).list(await officer(ctx), year ?? thisYear()) };
    },
    async report(ctx: Ctx) {
      const { key, year } = parseInput(tierReportParams, { ...ctx.params, ...ctx.query });
      ctx.body = {
        data: await tierReports(strapi).read(await officer(ctx), year ?? thisYear(), key),
      };
    },
    async saveReport(ctx: Ctx) {
      const { key, year } = parseInput(tierReportParams, { ...ctx.params, ...ctx.query });
      const { sections } = parseInput(reportSectionsBody, ctx.request.body);
      ctx.body = {
        data: await tierReports(strapi).save(await officer(ctx), year ?? thisYear(), key, sections),
      };
    },
    async submitReport(ctx: Ctx) {
      const { key, year } = parseInput(tierReportParams, { ...ctx.params, ...ctx.query });
      const { sections } = parseInput(reportSectionsBody, ctx.request.body);
      ctx.body = {
        data: await tierReports(strapi).submit(
          await officer(ctx),
          year ?? thisYear(),
          key,
          sections,
        ),
      };
    },
    async attachReport(ctx: Ctx) {
      const { key, year } = parseInput(tierReportParams, { ...ctx.params, ...ctx.query });
      const file = oneFile(ctx) as Parameters<ReturnType<typeof tierFiles>['attach']>[3];
      const actor = await officer(ctx);
      ctx.body = { data: await tierFiles(strapi).attach(actor, year ?? thisYear(), key, file) };
    },
    async detachReport(ctx: Ctx) {
      const p = parseInput(tierReportFileParams, { ...ctx.params, ...ctx.query });
      const actor = await officer(ctx);
      ctx.body = {
        data: await tierFiles(strapi).detach(actor, p.year ?? thisYear(), p.key, p.fileId),
      };
    },
    async reportFile(ctx: Ctx) {
      const p = parseInput(reportFileParams, ctx.params);
      const { ref, stream } = await tierFiles(strapi).read(await officer(ctx), p.id, p.fileId);
      sendAttachment(ctx, ref, stream);
    },
    async register(ctx: Ctx) {
      const actor = await officer(ctx);
      const { code } = parseInput(unitParams, ctx.params);
      const { year } = parseInput(registerBody, ctx.request.body);
      const unit = await tierReads(strapi).unitOf(actor, code);
      ctx.body = { data: await workflowService(strapi).register(actor, year, unit.documentId) };
    },
  };
};
