// The Ministry's status of the year, taken out of the system: the reports sent up as a spreadsheet
// (status-sheet.ts), or as a PDF extract that adds each province's year (registrations, units
// achieving, targets met) as the national dashboard shows it. An extract is no act: unnumbered,
// unsigned, and its page says so; each one taken is audited with its hash, as every export is.
import type { Core } from '@strapi/strapi';
import { listScope, type Scope } from '../../../shared/domain/scope';
import { displayDate, vietnamIso } from '../../../shared/domain/vietnam-time';
import type { Actor } from '../../../shared/domain/workflow';
import { clockService } from '../config';
import { documentsService, pdfService } from '../documents';
import { unwrap } from '../errors';
import { nationalService, recordExport } from '../reporting';
import { nationalReports } from './national-reports';
import { statusSheet } from './status-sheet';

type Status = Awaited<ReturnType<ReturnType<typeof nationalReports>>>;
type Overview = Awaited<ReturnType<ReturnType<typeof nationalService>['overview']>>;
const dmy = (iso: string | null | undefined) => (iso ? displayDate(iso) : '');

/** "14:05 ngày 06/12/2026", Vietnam time. */
const takenAt = (at: Date) => {
  const iso = vietnamIso(at);
  return `${iso.slice(11, 16)} ngày ${displayDate(iso)}`;
};

/** The extract's data, checked against templates/national-status/schema.ts when it is drawn. */
export function statusPaperData(status: Status, overview: Overview, at: Date) {
  const { totals } = overview;
  return {
    year: status.year,
    takenAt: takenAt(at),
    today: status.today,
    totals: {
      provinces: totals.provinces,
      withPlan: totals.withPlan,
      meetingEveryTarget: totals.meetingEveryTarget,
      registrations: totals.registrations,
      achieved: totals.achieved,
    },
    counts: status.counts,
    provinces: overview.provinces.map((p) => ({
      name: p.name,
      plan: p.plan?.number ?? 'Chưa có',
      registrations: p.registrations,
      achieved: p.achieved,
      targets: p.targets ? `${p.targetsMet}/${p.targets}` : '',
    })),
    reports: status.provinces
      .filter((p) => p.reports.length)
      .map((p) => ({
        province: p.name,
        rows: p.reports.map((r) => ({
          label: r.label,
          due: dmy(r.due),
          state: r.stateLabel,
          number: r.act?.number ?? '',
          received: dmy(r.act?.receivedAt),
        })),
      })),
  };
}

export function statusExports(strapi: Core.Strapi) {
  const status = nationalReports(strapi);
  const audited = async (actor: Actor, year: number, format: string, bytes: Buffer) => {
    await recordExport(strapi, actor, {
      subject: `national:${year}:report-status`,
      jurisdiction: null,
      format,
      sha256: pdfService(strapi).sha256(bytes),
      cutOff: '',
    });
    return bytes;
  };
  return {
    async xlsx(actor: Actor, scope: Scope, year: number, asked?: string) {
      const s = await status(scope, year, 'ministry', asked);
      return audited(actor, year, 'xlsx', await statusSheet(s));
    },
    async pdf(actor: Actor, scope: Scope, year: number, asked?: string) {
      const s = await status(scope, year, 'ministry', asked);
      const overview = await nationalService(strapi).overview(
        unwrap(listScope(scope, asked)),
        year,
      );
      const data = statusPaperData(s, overview, clockService(strapi).now());
      const pdf = await documentsService(strapi).renderExtract('national-status', data);
      return audited(actor, year, 'pdf', pdf);
    },
  };
}
