// The periodic reports of a jurisdiction's year (six-month, annual, the plan's one-off
// implementation report) as XLSX or as the official-format PDF, both from the same snapshot at
// the report's cut-off; every export is audited with its hash.
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import { periodLabels, type ReportPeriod } from '../../../shared/domain/report-period';
import { stateLabel } from '../../../shared/domain/states';
import { kindLabel } from '../../../shared/domain/units';
import { displayDate } from '../../../shared/domain/vietnam-time';
import type { Actor } from '../../../shared/domain/workflow';
import type { SnapshotRow } from './report-snapshot';
import { auditService } from '../audit';
import { clockService } from '../config';
import { documentsService, pdfService } from '../documents';
import { reportSnapshotService } from './';
import { safeRow } from '../../../shared/domain/export-cells';

export type { ReportPeriod } from '../../../shared/domain/report-period';

const recognitionLabels: Record<string, string> = {
  recognised: 'Công nhận',
  maintained: 'Duy trì',
  revoked: 'Đã thu hồi',
};

/** A unit's line in a report's unit sheet, the province's and the nation's alike. */
export const unitHeader = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại',
  'Trạng thái',
  'Điểm tự chấm',
  'Điểm thẩm định',
  'Quyết định',
  'Số giấy chứng nhận',
  'Tình trạng công nhận',
];
export const unitCells = (r: SnapshotRow) => [
  r.code,
  r.unit.name,
  kindLabel(r.unit.kind),
  stateLabel(r.state),
  r.selfTotal,
  r.councilTotal,
  r.decisionNumber,
  r.serial,
  r.recognition ? recognitionLabels[r.recognition] : null,
];
export const unitWidths = [14, 36, 16, 22, 14, 14, 16, 24, 18];

export const fileStem = (period: ReportPeriod) =>
  ({ 'six-month': 'bao-cao-6-thang', annual: 'bao-cao-nam', implementation: 'bao-cao-trien-khai' })[
    period
  ];

/** What staff take out of the system is on the record, with its hash. */
export async function recordExport(
  strapi: Core.Strapi,
  actor: Actor | undefined,
  e: {
    subject: string;
    jurisdiction: string | null;
    format: string;
    sha256: string;
    cutOff: string;
    provinces?: number;
  },
) {
  if (!actor) return;
  const { subject, jurisdiction, ...after } = e;
  await auditService(strapi).appendBy(
    actor,
    {
      action: 'report.export',
      subjectType: 'report',
      subjectId: subject,
      jurisdiction,
      before: null,
      after,
    },
    clockService(strapi).now(),
  );
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const audited = (
    actor: Actor | undefined,
    subject: string,
    slug: string,
    format: string,
    bytes: Buffer,
    cutOff: string,
  ) =>
    recordExport(strapi, actor, {
      subject,
      jurisdiction: slug,
      format,
      sha256: pdfService(strapi).sha256(bytes),
      cutOff,
    });

  return {
    async xlsx(
      slug: string,
      year: number,
      period: ReportPeriod,
      actor?: Actor,
      cutOff?: string,
    ): Promise<{ buffer: Buffer; filename: string; cutOff: string }> {
      const s = await reportSnapshotService(strapi).of(slug, year, period, cutOff);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'dienhinh';
      wb.created = clockService(strapi).now();
      const ws = wb.addWorksheet('Đơn vị');
      ws.addRow([
        `${periodLabels[period]} ${year}: xây dựng điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc, ${s.jurisdiction.name}`,
      ]).font = { bold: true, size: 13 };
      ws.addRow([
        `Số liệu tính đến hết ngày ${displayDate(s.cutOff)}${s.plan ? `, theo Kế hoạch số ${s.plan.number}` : ''}`,
      ]).font = { italic: true };
      ws.addRow([]);
      ws.addRow(['STT', ...unitHeader]).font = { bold: true };
      s.rows.forEach((r, i) => ws.addRow(safeRow([i + 1, ...unitCells(r)])));
      ws.columns.forEach((c, i) => (c.width = [6, ...unitWidths][i]));
      const ts = wb.addWorksheet('Chỉ tiêu');
      ts.addRow(['Chỉ tiêu', 'Tối thiểu', 'Đạt', 'Hoàn thành', 'Điều khoản']).font = { bold: true };
      for (const t of s.targets)
        ts.addRow(safeRow([t.label, t.minimum, t.achieved, t.met ? 'Có' : 'Chưa', t.clause]));
      ts.getColumn(1).width = 48;
      const buffer = Buffer.from(await wb.xlsx.writeBuffer());
      await audited(actor, `${slug}:${year}:${period}`, slug, 'xlsx', buffer, s.cutOff);
      return { buffer, filename: `${fileStem(period)}-${slug}-${year}.xlsx`, cutOff: s.cutOff };
    },

    /** The report as the official-format PDF (Decree 30 layout), from the same snapshot. */
    async pdf(
      slug: string,
      year: number,
      period: ReportPeriod,
      actor?: Actor,
      cutOff?: string,
    ): Promise<{ buffer: Buffer; filename: string }> {
      const ref = `${slug}:${year}:${period}${cutOff ? `:${cutOff}` : ''}`;
      const { pdf } = await documentsService(strapi).render('report', ref);
      await audited(actor, `${slug}:${year}:${period}`, slug, 'pdf', pdf, cutOff ?? '');
      return { buffer: pdf, filename: `${fileStem(period)}-${slug}-${year}.pdf` };
    },
  };
};
