// Admin routes for oversight: the dashboard, the XLSX reports, sending reminders now, and the
// staff member's own notices (work waiting: dossiers arrived, units proposed, deadlines passed).
import { signedIn, staffScope, type Ctx } from './context';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkScope, listScope, unassigned } from '../../../shared/domain/scope';
import { DomainFailure, parseInput, unwrap } from '../errors';
import { titleReviews } from '../decisions';
import {
  dashboardService,
  forecastReads,
  maintenanceReads,
  nationalService,
  reportsService,
  selectionReads,
} from '../reporting';
import { actorsService, notificationsService, remindersService } from '../people';
import { reportPeriods } from '../../../shared/domain/report-period';
import {
  closeReviewBody,
  idParams,
  nationalQuery,
  openReviewBody,
  nationalReportQuery,
  notificationsReadBody,
  queueQuery,
  reportQuery,
} from '../../../shared/contracts/requests';

const reportParams = z.object({
  period: z.enum(reportPeriods, {
    message:
      'là "six-month" (06 tháng), "annual" (năm) hoặc "implementation" (kết quả triển khai Kế hoạch)',
  }),
});

/** The provinces a national view covers: all for a super admin, the caller's own otherwise (none assigned: refused, saying so). */
const provincesOf = (ctx: Ctx): string[] | 'all' => {
  const scope = staffScope(ctx);
  if (unassigned(scope)) unwrap(checkScope(scope, null));
  return unwrap(listScope(scope, undefined));
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async dashboard(ctx: Ctx) {
    const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
    ctx.body = { data: await dashboardService(strapi).overview(jurisdiction, year) };
  },
  /** The year's registrants as the province chooses among them, with the steps open to the caller. */
  async selection(ctx: Ctx) {
    const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
    const actor = actorsService(strapi).staff(ctx.state);
    ctx.body = { data: await selectionReads(strapi)(actor, jurisdiction, year) };
  },
  /** The units' expected-results reports of a province's year, with the counts by outcome. */
  async forecasts(ctx: Ctx) {
    const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
    ctx.body = { data: await forecastReads(strapi)(jurisdiction, year) };
  },
  /** The year's maintenance track: the units due to maintain, where each stands, who lapsed. */
  async maintenance(ctx: Ctx) {
    const { jurisdiction, year } = parseInput(queueQuery, ctx.query);
    const actor = actorsService(strapi).staff(ctx.state);
    ctx.body = { data: await maintenanceReads(strapi)(actor, jurisdiction, year) };
  },
  /** The police open a review of a unit's title (a lost safety rating, an incident). */
  async openReview(ctx: Ctx) {
    const b = parseInput(openReviewBody, ctx.request.body);
    const actor = actorsService(strapi).staffIn(ctx.state, ['secretariat']);
    if (!actor)
      throw new DomainFailure('forbidden-role', 'Chỉ Công an (thư ký) mở việc xem xét danh hiệu.');
    ctx.body = { data: await titleReviews(strapi).open(actor, b) };
  },
  /** The People's Committee's approver concludes a review: the title kept, or revoked by decision. */
  async closeReview(ctx: Ctx) {
    const { id } = parseInput(idParams, ctx.params);
    const b = parseInput(closeReviewBody, ctx.request.body);
    const actor = actorsService(strapi).staffIn(ctx.state, ['approver']);
    if (!actor)
      throw new DomainFailure(
        'forbidden-role',
        'Chỉ người phê duyệt kết luận việc xem xét danh hiệu.',
      );
    ctx.body = { data: await titleReviews(strapi).close(actor, id, b) };
  },
  /** Every province in the caller's scope: a line each and the totals. */
  async national(ctx: Ctx) {
    const { year } = parseInput(nationalQuery, ctx.query);
    ctx.body = { data: await nationalService(strapi).overview(provincesOf(ctx), year) };
  },
  /** The nation's report as XLSX, streamed as it is written. */
  async nationalReport(ctx: Ctx) {
    const { period } = parseInput(reportParams, ctx.params);
    const { year, cutOff } = parseInput(nationalReportQuery, ctx.query);
    const { stream, filename } = nationalService(strapi).xlsxStream(
      provincesOf(ctx),
      year,
      period,
      actorsService(strapi).staff(ctx.state),
      cutOff,
    );
    ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
    ctx.body = stream;
  },
  async report(ctx: Ctx) {
    const { period } = parseInput(reportParams, ctx.params);
    const { jurisdiction, year, cutOff, format } = parseInput(reportQuery, ctx.query);
    const reports = reportsService(strapi);
    const { buffer, filename } = await reports[format](
      jurisdiction,
      year,
      period,
      actorsService(strapi).staff(ctx.state),
      cutOff,
    );
    ctx.set(
      'Content-Type',
      format === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
    ctx.body = buffer;
  },
  async notices(ctx: Ctx) {
    ctx.body = { data: await notificationsService(strapi).listFor(signedIn(ctx), true) };
  },
  async readNotices(ctx: Ctx) {
    const { ids } = parseInput(notificationsReadBody, ctx.request.body ?? {});
    ctx.body = {
      data: await notificationsService(strapi).markRead(signedIn(ctx), ids, true),
    };
  },
  async runReminders(ctx: Ctx) {
    // A scoped secretariat sends its own provinces' reminders only.
    ctx.body = {
      data: await remindersService(strapi).run(
        undefined,
        unwrap(listScope(staffScope(ctx), undefined)),
      ),
    };
  },
});
