// Admin routes for oversight: the dashboard, the XLSX reports, and sending reminders now.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { handle, parseInput } from '../http';
import { getService } from '../utils';
import { queueQuery } from '../validation';

const reportParams = z.object({ period: z.enum(['six-month', 'annual'], { message: 'là "six-month" (06 tháng) hoặc "annual" (năm)' }) });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  dashboard: (ctx: any) =>
    handle(ctx, async () => {
      const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
      return { data: await getService(strapi, 'dashboard').overview(jurisdiction, year) };
    }),
  report: (ctx: any) =>
    handle(ctx, async () => {
      const { period } = parseInput(reportParams, ctx.params);
      const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
      const { buffer, filename } = await getService(strapi, 'reports').xlsx(jurisdiction, year, period);
      ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
      return buffer;
    }),
  runReminders: (ctx: any) => handle(ctx, async () => ({ data: await getService(strapi, 'reminders').run() })),
});
