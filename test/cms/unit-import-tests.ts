// Unit import against the real database: CSV and XLSX, all-or-nothing, idempotent re-import,
// references to managing communes, and the admin route the import page uses.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import type { TestApp } from '../helpers/strapi';

const UNIT = 'api::unit.unit';
const csv = (lines: string[]) => Buffer.from(lines.join('\n') + '\n', 'utf8');

export function unitImportTests(getApp: () => TestApp) {
  const service = () => getApp().strapi.plugin('recognition').service('unit-import');
  const count = () => getApp().strapi.documents(UNIT).count({});

  it('imports a CSV of three new units, then re-importing the same file changes nothing', async () => {
    const before = await count();
    const file = csv([
      'kind,name,code,managing_commune_code',
      'xa,Thử Nghiệm,99901,',
      'co_so_giao_duc,Trường THCS Thử Nghiệm,HUE-GD-901,99901',
      'doanh_nghiep,Công ty TNHH Thử Nghiệm,HUE-DN-901,19815',
    ]);
    const progress: number[] = [];
    const first = await service().importUnits({
      buffer: file,
      filename: 'units.csv',
      jurisdiction: 'hue',
      onProgress: (d: number) => progress.push(d),
    });
    expect(first).toMatchObject({
      ok: true,
      total: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(progress.at(-1)).toBe(3);
    expect(await count()).toBe(before + 3);
    const school = await getApp()
      .strapi.documents(UNIT)
      .findFirst({
        filters: { code: 'HUE-GD-901' },
        populate: ['managingCommune', 'jurisdiction'],
      });
    expect(school.managingCommune.code).toBe('99901');
    expect(school.jurisdiction.slug).toBe('hue');

    const again = await service().importUnits({
      buffer: file,
      filename: 'units.csv',
      jurisdiction: 'hue',
    });
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
    expect(await count()).toBe(before + 3);
  });

  it('imports nothing when one row is bad, and reports the row, column and reason', async () => {
    const before = await count();
    const report = await service().importUnits({
      buffer: csv([
        'kind,name,code',
        'xa,Hợp Lệ Một,99902',
        'thôn,Sai Loại,99903',
        'phuong,Hợp Lệ Hai,99904',
      ]),
      filename: 'bad.csv',
      jurisdiction: 'hue',
    });
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 3, column: 'kind', value: 'thôn' }),
    ]);
    expect(await count()).toBe(before);
    expect(
      await getApp()
        .strapi.documents(UNIT)
        .findFirst({ filters: { code: '99902' } }),
    ).toBeNull();
  });

  it('refuses a code that belongs to another jurisdiction and an unknown managing commune', async () => {
    const report = await service().importUnits({
      buffer: csv([
        'kind,name,code,managing_commune_code',
        'phuong,Cao Lãnh,29869,',
        'co_quan,Cơ quan Mẫu,HUE-CQ-902,00000',
      ]),
      filename: 'cross.csv',
      jurisdiction: 'hue',
    });
    expect(report.ok).toBe(false);
    expect(report.errors.map((e: { column: string }) => e.column)).toEqual([
      'code',
      'managing_commune_code',
    ]);
    expect(report.errors[0].reason).toContain('dong-thap');
  });

  it('imports XLSX the same way, and updates a changed unit', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow(['kind', 'name', 'code', 'active']);
    ws.addRow(['Doanh nghiệp', 'Công ty TNHH Thử Nghiệm (đổi tên)', 'HUE-DN-901', 'có']);
    ws.addRow(['Cơ quan', 'Ban Quản lý Thử Nghiệm', 'HUE-CQ-903', '']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const report = await service().importUnits({
      buffer,
      filename: 'units.xlsx',
      jurisdiction: 'hue',
    });
    expect(report).toMatchObject({ ok: true, total: 2, created: 1, updated: 1 });
    const renamed = await getApp()
      .strapi.documents(UNIT)
      .findFirst({ filters: { code: 'HUE-DN-901' }, populate: ['managingCommune'] });
    expect(renamed.name).toBe('Công ty TNHH Thử Nghiệm (đổi tên)');
    // The XLSX had no managing_commune_code column: the unit is no longer managed by a commune.
    expect(renamed.managingCommune).toBeNull();
  });

  it('rejects a file type it cannot read with a Vietnamese message', async () => {
    await expect(
      service().importUnits({
        buffer: Buffer.from('x'),
        filename: 'units.pdf',
        jurisdiction: 'hue',
      }),
    ).rejects.toThrow('Chỉ nhận tệp .csv hoặc .xlsx.');
    await expect(
      service().importUnits({
        buffer: Buffer.from('x'),
        filename: 'units.xlsx',
        jurisdiction: 'hue',
      }),
    ).rejects.toThrow('Không đọc được tệp XLSX');
    await expect(
      service().importUnits({
        buffer: csv(['kind,name,code']),
        filename: 'u.csv',
        jurisdiction: 'khong-co',
      }),
    ).rejects.toThrow('Không có tỉnh / thành phố');
  });

  it('refuses an XLSX that would expand past the limit, a sheet wider than allowed and a binary file named .csv, before reading them', async () => {
    // 200 MB of zeros compress to a few hundred kilobytes: the central directory gives it away.
    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('xl/workbook.xml', '<workbook/>');
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024));
    const bombBytes = await bomb.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    expect(bombBytes.length).toBeLessThan(1024 * 1024);
    await expect(
      service().importUnits({ buffer: bombBytes, filename: 'units.xlsx', jurisdiction: 'hue' }),
    ).rejects.toThrow('khi giải nén lớn hơn 60 MB');
    const wide = new ExcelJS.Workbook();
    wide.addWorksheet('Đơn vị').getCell(1, 200).value = 'x';
    await expect(
      service().importUnits({
        buffer: Buffer.from(await wide.xlsx.writeBuffer()),
        filename: 'units.xlsx',
        jurisdiction: 'hue',
      }),
    ).rejects.toThrow('vượt giới hạn');
    await expect(
      service().importUnits({
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
        filename: 'units.csv',
        jurisdiction: 'hue',
      }),
    ).rejects.toThrow('không phải văn bản');
  });

  it('serves the import to the admin page: dry run, import, errors, and 401 without a login', async () => {
    const app = getApp();
    const login = await fetch(`${app.baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@test.local', password: 'Test@12345' }),
    });
    const token = (await login.json()).data.token;
    const send = (lines: string[], dryRun: boolean, auth = true) => {
      const form = new FormData();
      form.append('file', new Blob([csv(lines)]), 'units.csv');
      form.append('jurisdiction', 'hue');
      form.append('dryRun', String(dryRun));
      return fetch(`${app.baseUrl}/recognition/units/import`, {
        method: 'POST',
        headers: auth ? { authorization: `Bearer ${token}` } : {},
        body: form,
      });
    };
    const good = ['kind,name,code', 'xa,Qua Trang Quản Trị,99905'];
    expect((await send(good, false, false)).status).toBe(401);

    const dry = await send(good, true);
    expect(dry.status).toBe(200);
    expect((await dry.json()).data).toMatchObject({ ok: true, dryRun: true, created: 1 });
    expect(await app.strapi.documents(UNIT).findFirst({ filters: { code: '99905' } })).toBeNull();

    const real = await send(good, false);
    expect((await real.json()).data).toMatchObject({ ok: true, dryRun: false, created: 1 });
    expect(
      await app.strapi.documents(UNIT).findFirst({ filters: { code: '99905' } }),
    ).not.toBeNull();

    const bad = await send(['kind,name,code', 'xa,,99906'], false);
    const body = (await bad.json()).data;
    expect(body.ok).toBe(false);
    expect(body.errors[0]).toMatchObject({ line: 2, column: 'name' });

    const jurisdictions = await fetch(`${app.baseUrl}/recognition/jurisdictions`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await jurisdictions.json()).data).toEqual(
      expect.arrayContaining([{ name: 'Huế', slug: 'hue' }]),
    );

    const badJurisdiction = new FormData();
    badJurisdiction.append('file', new Blob([csv(good)]), 'units.csv');
    badJurisdiction.append('jurisdiction', 'Huế!');
    const res = await fetch(`${app.baseUrl}/recognition/units/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: badJurisdiction,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('"jurisdiction"');
  });
}
