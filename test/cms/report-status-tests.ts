// The Ministry's status of the reports sent up, taken out of the system: as a spreadsheet and as
// a PDF extract with each province's year, both audited with their hash. Runs after
// report-duty-tests.ts, whose Huế report 01/BC-CATP of 2036 the Ministry has received.
import { expect, it } from 'vitest';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { adminToken, ensureStaff, type TestApp } from '../helpers/strapi';

export function reportStatusTests(getApp: () => TestApp) {
  it('the Ministry takes the status out as XLSX and as an unsigned PDF extract, each audited', async () => {
    const { strapi, baseUrl } = getApp();
    await ensureStaff(strapi, {
      email: 'v05.reports@bocongan.test',
      roleCode: 'dienhinh-ministry',
      jurisdictions: [],
    });
    const ministry = await adminToken(getApp(), 'v05.reports@bocongan.test');
    const get = async (path: string) => {
      const res = await fetch(`${baseUrl}${path}`, {
        headers: { authorization: `Bearer ${ministry}` },
      });
      const type = res.headers.get('content-type') ?? '';
      return {
        status: res.status,
        type,
        body: type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer()),
      };
    };
    const year = 2036;
    const sheet = await get(`/recognition/national/report-status?year=${year}&format=xlsx`);
    expect(sheet.status).toBe(200);
    expect((sheet.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const extract = await get(`/recognition/national/report-status?year=${year}&format=pdf`);
    expect(extract.status).toBe(200);
    expect(extract.type).toBe('application/pdf');
    const paper = pdfText(extract.body as Buffer).replace(/\s+/g, ' ');
    expect(paper).toContain('BẢNG TỔNG HỢP');
    expect(paper).toContain('không thay thế các báo cáo đã ký');
    expect(paper).toContain('I. KẾT QUẢ THEO TỈNH, THÀNH PHỐ');
    expect(paper).toMatch(/487\/KH-UBND/);
    for (const cell of ['Huế', 'Đã nhận', '01/BC-CATP', 'Chưa đến hạn'])
      expect(paper).toContain(cell);
    expect(pdfSignatures(extract.body as Buffer)).toEqual([]);
    const taken = await strapi.db.query('plugin::recognition.audit-event').findMany({
      where: { action: 'report.export', subjectId: `national:${year}:report-status` },
    });
    expect(taken.map((e: { after: { format: string } }) => e.after.format).sort()).toEqual([
      'pdf',
      'xlsx',
    ]);
    expect((await get(`/recognition/national/report-status?year=${year}&format=doc`)).status).toBe(
      400,
    );

    // Đồng Tháp's plan sends its six-month report up by 10/6: in a year gone by, not reported.
    const dt = await get(`/recognition/national/report-status?year=2026`);
    const dtReports = dt.body.data.provinces.find(
      (p: { slug: string }) => p.slug === 'dong-thap',
    ).reports;
    expect(dtReports.find((r: { key: string }) => r.key === 'plan:six_month_report')).toMatchObject(
      { due: '2026-06-10', state: 'overdue' },
    );
  });
}
