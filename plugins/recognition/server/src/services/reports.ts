// The six-month and annual reports of a jurisdiction's year as XLSX: every registration with
// its unit, state, self and council totals, and recognition.
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import type { Actor } from '../domain/workflow';
import { stateLabel } from '../domain/states';
import { kindLabel } from '../domain/units';
import { DomainFailure } from '../errors';
import { getService } from '../utils';

export type ReportPeriod = 'six-month' | 'annual';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async xlsx(jurisdictionSlug: string, year: number, period: ReportPeriod, actor?: Actor): Promise<{ buffer: Buffer; filename: string }> {
    const jurisdiction = await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where: { slug: jurisdictionSlug } });
    if (!jurisdiction) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${jurisdictionSlug}".`);
    const regs = await strapi.db.query('plugin::recognition.registration').findMany({
      where: { year, unit: { jurisdiction: { id: jurisdiction.id } } },
      populate: { unit: true },
      orderBy: { id: 'asc' },
    });
    const recs = await strapi.db.query('plugin::recognition.recognition').findMany({ where: { year }, populate: { unit: { select: ['code'] } } });
    const recByUnit = new Map(recs.map((r: { unit?: { code: string } }) => [r.unit?.code, r]));
    const overview = await getService(strapi, 'dashboard').overview(jurisdictionSlug, year);

    const wb = new ExcelJS.Workbook();
    wb.creator = 'dienhinh';
    wb.created = getService(strapi, 'clock').now();
    const title = `${period === 'six-month' ? 'Báo cáo 06 tháng' : 'Báo cáo năm'} ${year}: xây dựng điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc, ${jurisdiction.name}`;
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow([title]).font = { bold: true, size: 13 };
    ws.addRow([]);
    const header = ws.addRow(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại', 'Trạng thái', 'Điểm tự chấm', 'Điểm thẩm định', 'Quyết định', 'Số giấy chứng nhận', 'Tình trạng công nhận']);
    header.font = { bold: true };
    regs.forEach((r: any, i: number) => {
      const rec: any = recByUnit.get(r.unit?.code);
      ws.addRow([
        i + 1,
        r.unit?.code,
        r.unit?.name,
        kindLabel(r.unit?.kind ?? ''),
        stateLabel(r.state),
        r.selfTotal == null ? null : Number(r.selfTotal),
        r.councilTotal == null ? null : Number(r.councilTotal),
        rec?.decisionNumber ?? null,
        rec?.serial ?? null,
        rec ? ({ recognised: 'Công nhận', maintained: 'Duy trì', revoked: 'Đã thu hồi' } as Record<string, string>)[rec.status] : null,
      ]);
    });
    ws.columns.forEach((c, i) => (c.width = [6, 14, 36, 16, 22, 14, 14, 16, 24, 18][i]));
    const ts = wb.addWorksheet('Chỉ tiêu');
    ts.addRow(['Chỉ tiêu', 'Tối thiểu', 'Đạt', 'Hoàn thành', 'Điều khoản']).font = { bold: true };
    for (const t of overview.targets) ts.addRow([t.label, t.minimum, t.achieved, t.met ? 'Có' : 'Chưa', t.clause]);
    ts.getColumn(1).width = 48;
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    // What staff take out of the system is on the record, with its hash.
    if (actor) {
      await getService(strapi, 'audit').appendBy(
        actor,
        { action: 'report.export', subjectType: 'report', subjectId: `${jurisdictionSlug}:${year}:${period}`, jurisdiction: jurisdictionSlug, before: null, after: { format: 'xlsx', sha256: getService(strapi, 'pdf').sha256(buffer) } },
        getService(strapi, 'clock').now(),
      );
    }
    return { buffer, filename: `bao-cao-${period === 'six-month' ? '6-thang' : 'nam'}-${jurisdictionSlug}-${year}.xlsx` };
  },
});
