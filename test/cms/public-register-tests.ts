// The public register of a province's year: a page anyone can open, and the same as CSV and
// JSON, with the demo's recognised unit, revoked recognitions marked, and nothing private.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { adminToken, type TestApp } from '../helpers/strapi';

export function publicRegisterTests(getApp: () => TestApp) {
  it('publishes each province’s recognised units of a year as a page, CSV and JSON, without login and without anything private', async () => {
    const { strapi, baseUrl } = getApp();
    const page = await fetch(`${baseUrl}/cong-nhan/hue/2025`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Phường An Cựu');
    expect(html).toContain('href="http://127.0.0.1:');
    expect(html).toContain('/verify/DEMO-2025-HUE-0001');

    const json = await (await fetch(`${baseUrl}/cong-nhan/hue/2025.json`)).json();
    expect(json.jurisdiction).toEqual({ slug: 'hue', name: expect.any(String) });
    const demo = json.units.find((u: { serial: string }) => u.serial === 'DEMO-2025-HUE-0001');
    expect(demo).toEqual({
      unit: 'Phường An Cựu',
      nowCalled: null,
      kind: 'Phường',
      status: 'recognised',
      statusLabel: 'Đạt điển hình',
      decisionNumber: '01/QĐ-UBND',
      decisionDate: '2025-12-09',
      serial: 'DEMO-2025-HUE-0001',
      verifyUrl: expect.stringMatching(/\/verify\/DEMO-2025-HUE-0001$/),
      revokedAt: null,
      revocationNumber: null,
      revocationDate: null,
    });
    const csv = await fetch(`${baseUrl}/cong-nhan/hue/2025.csv`);
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="cong-nhan-hue-2025.csv"',
    );
    const lines = (await csv.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'Đơn vị,Tên hiện nay (nếu đã đổi),Loại,Trạng thái,Số quyết định,Ngày quyết định,Số giấy chứng nhận,Địa chỉ kiểm tra,Ngày thu hồi,Số quyết định thu hồi,Ngày quyết định thu hồi',
    );
    expect(lines).toHaveLength(json.units.length + 1);
    // What a person reads in a spreadsheet: the status in words, the date as dd/mm/yyyy.
    expect(
      lines.some((l) =>
        l.startsWith(
          'Phường An Cựu,,Phường,Đạt điển hình,01/QĐ-UBND,09/12/2025,DEMO-2025-HUE-0001,',
        ),
      ),
    ).toBe(true);

    // Every recognition of an issued decision is listed where it belongs, revoked ones marked so;
    // one on a draft decision has no effect yet and is not listed.
    const all = await strapi.db
      .query('plugin::recognition.recognition')
      .findMany({ populate: { unit: { populate: ['jurisdiction'] } } });
    for (const rec of all) {
      const listed = (
        await (
          await fetch(`${baseUrl}/cong-nhan/${rec.unit.jurisdiction.slug}/${rec.year}.json`)
        ).json()
      ).units.find((u: { serial: string }) => u.serial === rec.serial);
      if (!rec.decisionNumber) {
        expect(listed, rec.serial).toBeUndefined();
        continue;
      }
      expect(listed, rec.serial).toMatchObject({
        status: rec.status,
        ...(rec.status === 'revoked'
          ? { statusLabel: 'Đã thu hồi công nhận', revokedAt: expect.any(String) }
          : {}),
      });
    }
    // Nothing private: no scores, no e-mail addresses, no internal ids.
    // (The page's own style sheet, with its @media rule, is not content.)
    for (const body of [html.replace(/<style>[\s\S]*?<\/style>/, ''), JSON.stringify(json)])
      expect(body).not.toMatch(/@|selfTotal|councilTotal|documentId|"id"/);

    // The verification page links to its year's register; unknown provinces and malformed years are refused in Vietnamese.
    expect(await (await fetch(`${baseUrl}/verify/DEMO-2025-HUE-0001`)).text()).toContain(
      'href="/cong-nhan/hue/2025"',
    );
    const unknown = await fetch(`${baseUrl}/cong-nhan/khong-co/2025`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain('Không có tỉnh / thành phố "khong-co"');
    expect((await fetch(`${baseUrl}/cong-nhan/hue/2025.xml`)).status).toBe(400);
    expect(await (await fetch(`${baseUrl}/cong-nhan/hue/2031`)).text()).toContain(
      'Chưa có đơn vị nào được công nhận trong năm này.',
    );
  });

  it('keeps what a certificate certified after the unit is renamed, shows the new name only as "nay là", and writes no formula into an export', async () => {
    const { strapi, baseUrl } = getApp();
    const rec = await strapi.db
      .query('plugin::recognition.recognition')
      .findOne({ where: { serial: 'DEMO-2025-HUE-0001' }, populate: ['unit'] });
    const unit = rec.unit;
    const renamed = '=HYPERLINK("http://evil.example","An Cựu mới")';
    await strapi.db
      .query('api::unit.unit')
      .update({ where: { id: unit.id }, data: { name: renamed } });
    try {
      const verify = await (await fetch(`${baseUrl}/verify/DEMO-2025-HUE-0001`)).text();
      expect(verify).toContain('<td>Phường An Cựu<br>');
      expect(verify).toContain(
        'nay là Phường =HYPERLINK(&quot;http://evil.example&quot;,&quot;An Cựu mới&quot;)',
      );
      const json = await (await fetch(`${baseUrl}/cong-nhan/hue/2025.json`)).json();
      expect(
        json.units.find((u: { serial: string }) => u.serial === 'DEMO-2025-HUE-0001'),
      ).toMatchObject({ unit: 'Phường An Cựu', nowCalled: `Phường ${renamed}` });
      expect(await (await fetch(`${baseUrl}/cong-nhan/hue/2025`)).text()).toContain(
        'nay là Phường =HYPERLINK',
      );
      // The certificate PDF renders the certified name too (its hash stays the issued one's).
      const view = await strapi
        .plugin('recognition')
        .service('recognitions')
        .findViewBySerial('DEMO-2025-HUE-0001');
      expect(view.unit.name).toBe(unit.name);

      // Formula injection: the province's annual XLSX lists the unit's raw name, written as text.
      const approver = await adminToken(getApp(), 'pheduyet@dienhinh.local');
      const reg = await strapi.db.query('plugin::recognition.registration').create({
        data: {
          unit: unit.id,
          year: 2034,
          state: 'registered',
          uniqueKey: `${unit.documentId}:2034`,
          selfMarks: {},
          dossier: {},
          evidence: {},
          conflicts: [],
        },
      });
      try {
        const res = await fetch(
          `${baseUrl}/recognition/reports/annual?jurisdiction=hue&year=${reg.year}`,
          { headers: { authorization: `Bearer ${approver}` } },
        );
        expect(res.status).toBe(200);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
        const cells: unknown[] = [];
        wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c.value))));
        expect(cells).toContain(`'${renamed}`);
        expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(
          false,
        );
        expect(cells).not.toContain(renamed);
      } finally {
        await strapi.db.query('plugin::recognition.registration').delete({ where: { id: reg.id } });
      }
    } finally {
      await strapi.db
        .query('api::unit.unit')
        .update({ where: { id: unit.id }, data: { name: unit.name } });
    }
  });
}
