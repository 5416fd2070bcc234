// Importing a criteria set over the admin route, as an editor would: a spreadsheet of the official
// structure's size (5 groups, 34 criteria) as XLSX, checked whole and stored as one new version
// (a second import is version 2, never an edit), a bad file stored not at all with its row
// report, the published JSON form, and a national set refused to a province's editor. Every set
// here takes effect in 2099, so no other suite's registrations meet it.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { columns, officialSizedRows } from '../helpers/criteria-rows';
import { adminToken, type TestApp } from '../helpers/strapi';

const SET = 'api::criteria-set.criteria-set';
const root = path.resolve(__dirname, '..', '..');

async function xlsxOf(rows: { cells: Record<string, string> }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiêu chí');
  ws.addRow(columns);
  for (const r of rows) ws.addRow(columns.map((c) => r.cells[c] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function criteriaImportTests(getApp: () => TestApp) {
  it('imports a criteria set of the official structure’s size as a new version, all or nothing, with a row report', async () => {
    const { strapi, baseUrl } = getApp();
    const editor = await adminToken(getApp(), 'bientap@dienhinh.local');
    const send = (file: Buffer, name: string, fields: Record<string, string>) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)]), name);
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      return fetch(`${baseUrl}/recognition/criteria-sets/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${editor}` },
        body: form,
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    };
    const meta = {
      jurisdiction: 'hue',
      code: 'BTC-XA-THU',
      title: 'Bộ tiêu chí xã, phường, đặc khu điển hình (cấu trúc thử)',
      legalBasis: 'Quyết định số 3554/QĐ-BCA-V05 ngày 19/5/2025 của Bộ Công an',
      effectiveFrom: '2099-01-01',
      kinds: 'xa, phuong, dacKhu',
      minTotal: '80',
    };
    const sheet = await xlsxOf(officialSizedRows());
    const count = () => strapi.db.query(SET).count({ where: { code: 'BTC-XA-THU' } });

    const dry = await send(sheet, 'bo-tieu-chi.xlsx', { ...meta, dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body.data).toMatchObject({
      ok: true,
      dryRun: true,
      created: { documentId: null, version: 1, groups: 5, criteria: 34 },
    });
    expect(await count()).toBe(0);

    const first = await send(sheet, 'bo-tieu-chi.xlsx', meta);
    expect(first.body.data).toMatchObject({ ok: true, created: { version: 1, criteria: 34 } });
    const stored = await strapi.documents(SET).findOne({
      documentId: first.body.data.created.documentId,
      populate: {
        groups: { populate: { criteria: { populate: ['subItems'] } } },
        threshold: true,
        jurisdiction: true,
      },
    });
    expect(stored).toMatchObject({
      isSample: false,
      xa: true,
      coQuan: false,
      jurisdiction: { slug: 'hue' },
    });
    expect(
      stored!.groups[0].criteria[0].subItems.map((s: { maxPoints: number }) => Number(s.maxPoints)),
    ).toEqual([2.5, 1.5]);
    expect(Number(stored!.threshold.minTotal)).toBe(80);
    const audit = await strapi.db.query('plugin::recognition.audit-event').findOne({
      where: { action: 'criteria-set.import', subjectId: first.body.data.created.documentId },
    });
    expect(audit.after).toMatchObject({
      code: 'BTC-XA-THU',
      version: 1,
      criteria: 34,
      sha256: expect.any(String),
    });

    // The same file again is a new version, never an edit of the first.
    const second = await send(sheet, 'bo-tieu-chi.xlsx', meta);
    expect(second.body.data.created.version).toBe(2);
    expect(await count()).toBe(2);

    // One bad row and nothing is stored; the report names the line and the column.
    const rows = officialSizedRows();
    rows[5] = { ...rows[5], cells: { ...rows[5].cells, max_points: 'bốn' } };
    const bad = await send(await xlsxOf(rows), 'bo-tieu-chi.xlsx', meta);
    expect(bad.status).toBe(200);
    expect(bad.body.data).toMatchObject({
      ok: false,
      problems: [{ line: rows[5].line, column: 'max_points' }],
    });
    expect(await count()).toBe(2);

    // The set's own fields are checked too, by name.
    const noBasis = await send(sheet, 'bo-tieu-chi.xlsx', { ...meta, kinds: 'truong-hoc' });
    expect(noBasis.body.data.problems[0].reason).toContain('là một trong: xa, phuong');

    // The published JSON form: the sample set, taking effect in 2099, as Huế's own.
    const sample = JSON.parse(
      fs.readFileSync(path.join(root, 'data/criteria/sample-commune.json'), 'utf8'),
    );
    const json = await send(
      Buffer.from(JSON.stringify({ ...sample, effectiveFrom: '2099-01-01' })),
      'bo.json',
      { jurisdiction: 'hue' },
    );
    expect(json.body.data).toMatchObject({ ok: true, created: { code: sample.code, version: 1 } });

    // A national set is for editors of every province; Huế's editor is refused, nothing stored.
    const national = await send(sheet, 'bo-tieu-chi.xlsx', { ...meta, jurisdiction: '' });
    expect(national.status).toBe(403);
    // The template file reads as it is published.
    const template = await send(
      fs.readFileSync(path.join(root, 'data/criteria/criteria-template.csv')),
      'mau.csv',
      { ...meta, code: 'MAU-NHAP', minTotal: '' },
    );
    expect(template.body.data).toMatchObject({ ok: true, created: { groups: 2, criteria: 3 } });
  });
}
