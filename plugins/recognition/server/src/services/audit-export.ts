// Exporting the audit log of a jurisdiction's year, for inspection: as XLSX (every field) and as
// a signed PDF annex; each export is itself audited. An event belongs to the year by its time in
// Vietnam and to the province by its own record (older events without one, by their unit).
import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import { vietnamDay, vietnamIso } from '../domain/vietnam-time';
import { auditAnnexDataOf, verdictText, type AnnexEvent } from '../document-data/audit-annex';
import { DomainFailure } from '../errors';
import { getService } from '../utils';
import type { StaffActor } from './actors';
import { provinceYearWhere } from './audit';

const AUDIT = 'plugin::recognition.audit-event';

/** The XLSX's columns: header, event field, width. */
const columns: [string, string, number][] = [
  ['Số', 'seq', 8], ['Thời điểm (giờ Việt Nam)', 'at', 26], ['Người thực hiện', 'actor', 32], ['Vai trò', 'actorRole', 18],
  ['Mã người', 'personId', 26], ['Thao tác', 'action', 22], ['Loại đối tượng', 'subjectType', 16], ['Đối tượng', 'subjectId', 28],
  ['Mã đơn vị', 'unitCode', 12], ['Trước', 'before', 50], ['Sau', 'after', 50], ['Mã xác thực (HMAC)', 'hash', 66],
];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => getService(strapi, 'clock').now();

  async function load(slug: string, year: number) {
    const jurisdiction = await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where: { slug } });
    if (!jurisdiction) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
    const codes = (await strapi.db.query('api::unit.unit').findMany({ where: { jurisdiction: { id: jurisdiction.id } }, select: ['code'] })).map((u: { code: string }) => u.code);
    const events = (await strapi.db.query(AUDIT).findMany({
      where: provinceYearWhere(slug, year, codes),
      orderBy: { seq: 'asc' },
    })) as (AnnexEvent & { before: unknown; after: unknown; jurisdiction: string | null; personId: string | null })[];
    // The province's own chain (and the log's older line), checked whole: an export states the
    // check of what it lists, never a step of it. Other provinces' chains are not its concern.
    return { jurisdiction, events, verdict: await getService(strapi, 'audit').verify({ chain: slug, budgetMs: Number.POSITIVE_INFINITY }) };
  }

  async function recordExport(actor: StaffActor, slug: string, year: number, format: string, count: number, sha256: string) {
    await getService(strapi, 'audit').appendBy(actor, { action: 'audit.export', subjectType: 'audit-log', subjectId: `${slug}:${year}`, jurisdiction: slug, before: null, after: { format, events: count, sha256 } }, clock());
  }

  return {
    async xlsx(actor: StaffActor, slug: string, year: number): Promise<{ buffer: Buffer; filename: string }> {
      const { events, verdict } = await load(slug, year);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(`Nhật ký ${year}`);
      ws.columns = columns.map(([header, key, width]) => ({ header, key, width }));
      ws.getRow(1).font = { bold: true };
      for (const e of events) {
        ws.addRow({ ...e, at: vietnamIso(new Date(e.at)), before: e.before == null ? '' : JSON.stringify(e.before), after: e.after == null ? '' : JSON.stringify(e.after) });
      }
      ws.addRow({});
      ws.addRow({ seq: 'Kiểm tra', at: verdictText(verdict) });
      const buffer = Buffer.from(await wb.xlsx.writeBuffer());
      await recordExport(actor, slug, year, 'xlsx', events.length, getService(strapi, 'pdf').sha256(buffer));
      return { buffer, filename: `nhat-ky-${slug}-${year}.xlsx` };
    },

    async pdf(actor: StaffActor, slug: string, year: number): Promise<{ buffer: Buffer; filename: string }> {
      const { jurisdiction, events, verdict } = await load(slug, year);
      const at = clock();
      const pdf = getService(strapi, 'pdf');
      const data = auditAnnexDataOf({ jurisdiction, year, date: vietnamDay(at), events, verdict, exporter: actor.id }, null);
      const signature = { time: vietnamIso(at), ...(await pdf.signatureImages(data.issuer.lines.join(' '), data.signer.name)) };
      const buffer = await getService(strapi, 'documents').renderSigned('audit-annex', { ...data, signature }, at, jurisdiction.placeName, slug);
      await recordExport(actor, slug, year, 'pdf', events.length, pdf.sha256(buffer));
      return { buffer, filename: `phu-luc-nhat-ky-${slug}-${year}.pdf` };
    },
  };
};
