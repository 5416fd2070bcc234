// Exporting the audit log of a jurisdiction's year, for inspection: as XLSX (every field),
// streamed a page of events at a time, and as a signed PDF annex; each export is itself audited.
// An event belongs to the year by its time in Vietnam and to the province by its own record
// (older events without one, by their unit).
import type { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import { vietnamDay, vietnamIso } from '../../../shared/domain/vietnam-time';
import {
  type AnnexEvent,
  auditAnnexDataOf,
  documentsService,
  pdfService,
  streamedDownload,
  verdictText,
} from '../documents';
import { DomainFailure } from '../errors';
import { clockService } from '../config';
import { auditService } from './';
import type { StaffActor } from '../people';
import { provinceYearWhere } from './audit';
import { safeRow } from '../../../shared/domain/export-cells';
import { AUDIT_EVENT, JURISDICTION, UNIT } from '../constants/uids';

/** Events read per query while streaming the XLSX. */
const PAGE = 2_000;
type ExportEvent = AnnexEvent & {
  before: unknown;
  after: unknown;
  jurisdiction: string | null;
  personId: string | null;
};

/** The XLSX's columns: header, event field, width. */
const columns: [string, string, number][] = [
  ['Số', 'seq', 8],
  ['Thời điểm (giờ Việt Nam)', 'at', 26],
  ['Người thực hiện', 'actor', 32],
  ['Vai trò', 'actorRole', 18],
  ['Mã người', 'personId', 26],
  ['Thao tác', 'action', 22],
  ['Loại đối tượng', 'subjectType', 16],
  ['Đối tượng', 'subjectId', 28],
  ['Mã đơn vị', 'unitCode', 12],
  ['Trước', 'before', 50],
  ['Sau', 'after', 50],
  ['Mã xác thực (HMAC)', 'hash', 66],
];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clock = () => clockService(strapi).now();

  async function scope(slug: string, year: number) {
    const jurisdiction = await strapi.db.query(JURISDICTION).findOne({ where: { slug } });
    if (!jurisdiction) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
    const codes = (
      await strapi.db
        .query(UNIT)
        .findMany({ where: { jurisdiction: { id: jurisdiction.id } }, select: ['code'] })
    ).map((u: { code: string }) => u.code);
    return { jurisdiction, where: provinceYearWhere(slug, year, codes) };
  }

  // The province's own chain (and the log's older line), checked whole: an export states the
  // check of what it lists, never a step of it. Other provinces' chains are not its concern.
  const verdictOf = (slug: string) =>
    auditService(strapi).verify({ chain: slug, budgetMs: Number.POSITIVE_INFINITY });

  async function load(slug: string, year: number) {
    const { jurisdiction, where } = await scope(slug, year);
    const events = (await strapi.db
      .query(AUDIT_EVENT)
      .findMany({ where, orderBy: { seq: 'asc' } })) as ExportEvent[];
    return { jurisdiction, events, verdict: await verdictOf(slug) };
  }

  async function recordExport(
    actor: StaffActor,
    slug: string,
    year: number,
    format: string,
    count: number,
    sha256: string,
  ) {
    await auditService(strapi).appendBy(
      actor,
      {
        action: 'audit.export',
        subjectType: 'audit-log',
        subjectId: `${slug}:${year}`,
        jurisdiction: slug,
        before: null,
        after: { format, events: count, sha256 },
      },
      clock(),
    );
  }

  return {
    /** The year's events as XLSX, written into the response a page at a time; the chain's check is the last row. */
    async xlsx(
      actor: StaffActor,
      slug: string,
      year: number,
      opts: { pageSize?: number } = {},
    ): Promise<{ stream: Transform; filename: string }> {
      const size = opts.pageSize ?? PAGE;
      const { where } = await scope(slug, year);
      const produce = async (out: Transform) => {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
          stream: out,
          useStyles: true,
          useSharedStrings: false,
        });
        const ws = wb.addWorksheet(`Nhật ký ${year}`);
        ws.columns = columns.map(([header, key, width]) => ({ header, key, width }));
        ws.getRow(1).font = { bold: true };
        ws.getRow(1).commit();
        let count = 0;
        for (let after = 0; ; ) {
          const page = (await strapi.db.query(AUDIT_EVENT).findMany({
            where: { $and: [where, { seq: { $gt: after } }] },
            orderBy: { seq: 'asc' },
            limit: size,
          })) as ExportEvent[];
          for (const e of page)
            ws.addRow(
              safeRow({
                ...e,
                at: vietnamIso(new Date(e.at)),
                before: e.before == null ? '' : JSON.stringify(e.before),
                after: e.after == null ? '' : JSON.stringify(e.after),
              }),
            ).commit();
          count += page.length;
          if (page.length < size) break;
          after = page[page.length - 1].seq;
        }
        ws.addRow({}).commit();
        ws.addRow({ seq: 'Kiểm tra', at: verdictText(await verdictOf(slug)) }).commit();
        ws.commit();
        await wb.commit();
        return count;
      };
      const stream = streamedDownload(strapi, 'audit export', produce, (sha256, count) =>
        recordExport(actor, slug, year, 'xlsx', count, sha256),
      );
      return { stream, filename: `nhat-ky-${slug}-${year}.xlsx` };
    },

    async pdf(
      actor: StaffActor,
      slug: string,
      year: number,
    ): Promise<{ buffer: Buffer; filename: string }> {
      const { jurisdiction, events, verdict } = await load(slug, year);
      const at = clock();
      const pdf = pdfService(strapi);
      const data = auditAnnexDataOf(
        { jurisdiction, year, date: vietnamDay(at), events, verdict, exporter: actor.id },
        null,
      );
      const signature = {
        time: vietnamIso(at),
        ...(await pdf.signatureImages(data.issuer.lines.join(' '), data.signer.name)),
      };
      const buffer = await documentsService(strapi).renderSigned(
        'audit-annex',
        { ...data, signature },
        at,
        jurisdiction.placeName,
        slug,
      );
      await recordExport(actor, slug, year, 'pdf', events.length, pdf.sha256(buffer));
      return { buffer, filename: `phu-luc-nhat-ky-${slug}-${year}.pdf` };
    },
  };
};
