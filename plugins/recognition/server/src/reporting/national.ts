// The nation's year, for the ministry and for staff with several provinces: each province's
// registrations, achievements and targets on one dashboard, and the annual report of every
// province as one XLSX, streamed province by province so that memory stays that of the largest
// province, never of the nation. Staff see the provinces of their scope only.
import type { Transform } from 'node:stream';
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import { periodLabels, type ReportPeriod } from '../../../shared/domain/report-period';
import { maintenanceRuleOf, planForYear } from '../../../shared/domain/plan-rules';
import {
  achievingStates,
  evaluateTargets,
  tally,
  type TargetDef,
} from '../../../shared/domain/targets';
import { displayDate } from '../../../shared/domain/vietnam-time';
import type { Actor } from '../../../shared/domain/workflow';
import { countByProvince } from '../workflow';
import { streamedDownload } from '../documents';
import { clockService } from '../config';
import { reportSnapshotService } from './';
import { fileStem, recordExport, unitCells, unitHeader, unitWidths } from './reports';
import { safeRow } from '../../../shared/domain/export-cells';
import { JURISDICTION, PLAN } from '../constants/uids';

type Province = { slug: string; name: string; documentId: string };
type PlanRow = {
  documentId: string;
  firstYear: number;
  number: string;
  targetTotal: number;
  targetClause: string | null;
  targets?: TargetDef[];
  targetsCountMaintained?: boolean | null;
  jurisdiction?: { slug: string } | null;
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function provincesIn(scope: string[] | 'all'): Promise<Province[]> {
    const rows = await strapi.db.query(JURISDICTION).findMany({
      where: scope === 'all' ? {} : { slug: { $in: scope.length ? scope : ['-'] } },
      select: ['slug', 'name', 'documentId'],
    });
    return (rows as Province[]).sort(byName);
  }

  /** Each province's plan in force for the year, from every published plan in one read. */
  async function plansOfYear(year: number): Promise<Map<string, PlanRow>> {
    const published = (await strapi.documents(PLAN).findMany({
      status: 'published',
      fields: ['firstYear', 'number', 'targetTotal', 'targetClause', 'targetsCountMaintained'],
      populate: { jurisdiction: { fields: ['slug'] }, targets: true } as never,
    })) as unknown as PlanRow[];
    const bySlug = new Map<string, PlanRow[]>();
    for (const p of published)
      if (p.jurisdiction?.slug)
        bySlug.set(p.jurisdiction.slug, [...(bySlug.get(p.jurisdiction.slug) ?? []), p]);
    const out = new Map<string, PlanRow>();
    for (const [slug, list] of bySlug) {
      const chosen = planForYear(list, year);
      if (chosen) out.set(slug, chosen);
    }
    return out;
  }

  return {
    /** The national dashboard: a line per province and the nation's totals, from one grouped count. */
    async overview(scope: string[] | 'all', year: number) {
      const [provinces, counts, plans] = await Promise.all([
        provincesIn(scope),
        countByProvince(strapi, year, scope),
        plansOfYear(year),
      ]);
      const lines = provinces.map((p) => {
        const plan = plans.get(p.slug);
        const t = tally(
          counts.filter((c) => c.slug === p.slug),
          false,
          plan ? maintenanceRuleOf(plan) : undefined,
        );
        const targets = plan
          ? evaluateTargets(
              { minimum: plan.targetTotal, clause: plan.targetClause },
              plan.targets ?? [],
              t.achievedByKind,
            )
          : [];
        const achieved = achievingStates.reduce((s, st) => s + (t.byState[st] ?? 0), 0);
        return {
          slug: p.slug,
          name: p.name,
          plan: plan ? { number: plan.number } : null,
          registrations: t.registrations,
          registrationsByState: t.byState,
          achieved,
          targetsMet: targets.filter((x) => x.met).length,
          targets: targets.length,
        };
      });
      const nation = tally(counts);
      return {
        year,
        provinces: lines,
        totals: {
          provinces: lines.length,
          withPlan: lines.filter((l) => l.plan).length,
          meetingEveryTarget: lines.filter((l) => l.targets > 0 && l.targetsMet === l.targets)
            .length,
          registrations: nation.registrations,
          registrationsByState: nation.byState,
          achievedByKind: nation.achievedByKind,
          achieved: lines.reduce((s, l) => s + l.achieved, 0),
        },
      };
    },

    /**
     * The nation's periodic report as XLSX, written into the response as it is made: the unit
     * sheet province by province (each from the same snapshot as that province's own report, at
     * its plan's cut-off unless one is given), then the summary. The export is audited with the
     * hash of exactly the bytes sent, once they are all sent.
     */
    xlsxStream(
      scope: string[] | 'all',
      year: number,
      period: ReportPeriod,
      actor: Actor | undefined,
      cutOff?: string,
    ) {
      const produce = async (out: Transform) => {
        const provinces = await provincesIn(scope);
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
          stream: out,
          useStyles: true,
          useSharedStrings: false,
        });
        wb.creator = 'dienhinh';
        wb.created = clockService(strapi).now();
        const units = wb.addWorksheet('Đơn vị');
        units.columns = [6, 24, ...unitWidths].map((width) => ({ width }));
        units.addRow([
          `${periodLabels[period]} ${year}: xây dựng điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc, toàn quốc (${provinces.length} tỉnh / thành phố)`,
        ]).font = {
          bold: true,
          size: 13,
        };
        units.addRow([]);
        units.addRow(['STT', 'Tỉnh / thành phố', ...unitHeader]).font = { bold: true };
        const summary: (string | number | null)[][] = [];
        let n = 0;
        for (const p of provinces) {
          const s = await reportSnapshotService(strapi).of(p.slug, year, period, cutOff);
          for (const r of s.rows) units.addRow(safeRow([++n, p.name, ...unitCells(r)])).commit();
          const met = s.targets.filter((t) => t.met).length;
          summary.push([
            p.name,
            s.plan?.number ?? null,
            displayDate(s.cutOff),
            s.rows.length,
            Object.values(s.achieved).reduce((a, b) => a + b, 0),
            s.targets.length ? `${met}/${s.targets.length}` : null,
          ]);
        }
        units.commit();
        const sheet = wb.addWorksheet('Tổng hợp');
        sheet.columns = [36, 18, 16, 14, 16, 16].map((width) => ({ width }));
        sheet.addRow([
          'Tỉnh / thành phố',
          'Kế hoạch',
          'Số liệu đến ngày',
          'Số đơn vị',
          'Đạt điển hình',
          'Chỉ tiêu đạt',
        ]).font = { bold: true };
        for (const line of summary) sheet.addRow(safeRow(line)).commit();
        sheet.commit();
        await wb.commit();
        return provinces.length;
      };
      // Recorded once the last byte has gone out (in the province's log when the scope is one province).
      const out = streamedDownload(strapi, 'national report', produce, (sha256, provinces) =>
        recordExport(strapi, actor, {
          subject: `national:${year}:${period}`,
          jurisdiction: scope !== 'all' && scope.length === 1 ? scope[0] : null,
          format: 'xlsx',
          sha256,
          cutOff: cutOff ?? '',
          provinces,
        }),
      );
      return { stream: out, filename: `${fileStem(period)}-toan-quoc-${year}.xlsx` };
    },
  };
};
