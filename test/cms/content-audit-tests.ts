// Everything is audited: a plan edited and published in the Content Manager, a unit renamed, and
// an admin user's roles changed each append an event with the changed fields before and after,
// by the person who did it, and the chain still verifies.
import { expect, it } from 'vitest';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { adminToken, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';

export function contentAuditTests(getApp: () => TestApp) {
  it('audits Content Manager edits of plans and units and changes of admin roles, with the fields before and after', async () => {
    const { strapi, baseUrl } = getApp();
    const UID = 'plugin::recognition.audit-event';
    const since = (await strapi.db.query(UID).findOne({ orderBy: { seq: 'desc' } })).seq as number;
    const editor = await adminToken(getApp(), 'bientap@dienhinh.local', PASSWORD);
    const headers = { authorization: `Bearer ${editor}`, 'content-type': 'application/json' };
    const plan = await strapi.db
      .query('api::plan.plan')
      .findOne({ where: { slug: 'hue-487-kh-ubnd', publishedAt: { $null: true } } });
    const cm = `${baseUrl}/content-manager/collection-types/api::plan.plan/${plan.documentId}`;
    const saved = await fetch(cm, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ place: 'Thành phố Huế' }),
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(
      (await fetch(`${cm}/actions/publish`, { method: 'POST', headers, body: '{}' })).status,
    ).toBe(200);
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: '19909' } });
    const renamed = await fetch(
      `${baseUrl}/content-manager/collection-types/api::unit.unit/${unit.documentId}`,
      { method: 'PUT', headers, body: JSON.stringify({ name: 'Dương Nỗ Mới' }) },
    );
    expect(renamed.status).toBe(200);
    const super_ = await adminToken(getApp(), 'admin@test.local', PASSWORD);
    const approver = await strapi.db
      .query('admin::user')
      .findOne({ where: { email: 'pheduyet@dienhinh.local' }, populate: ['roles'] });
    const editorRole = await strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'dienhinh-editor' } });
    const roles = [...approver.roles.map((r: { id: number }) => r.id), editorRole.id];
    const changed = await fetch(`${baseUrl}/admin/users/${approver.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${super_}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roles }),
    });
    expect(changed.status).toBe(200);

    const events = await strapi.db
      .query(UID)
      .findMany({ where: { seq: { $gt: since } }, orderBy: { seq: 'asc' } });
    const byAction = (a: string) => events.filter((e: { action: string }) => e.action === a);
    expect(byAction('plan.update')[0]).toMatchObject({
      actor: 'bientap@dienhinh.local',
      subjectId: plan.documentId,
      jurisdiction: 'hue',
      before: { place: 'Huế' },
      after: { place: 'Thành phố Huế' },
    });
    expect(byAction('plan.publish')[0]).toMatchObject({
      actor: 'bientap@dienhinh.local',
      before: { place: 'Huế' },
      after: { place: 'Thành phố Huế' },
    });
    expect(byAction('unit.update')[0]).toMatchObject({
      unitCode: '19909',
      jurisdiction: 'hue',
      before: { name: 'Dương Nỗ' },
      after: { name: 'Dương Nỗ Mới' },
    });
    expect(byAction('admin-user.update')[0]).toMatchObject({
      actor: 'admin@test.local',
      subjectId: 'pheduyet@dienhinh.local',
      after: { roles: expect.arrayContaining(['dienhinh-approver', 'dienhinh-editor']) },
    });
    expect((await strapi.plugin('recognition').service('audit').verify()).ok).toBe(true);

    // The province's year exported for inspection: every event as XLSX, and a signed PDF annex; both exports audited.
    const approverToken = await adminToken(getApp(), 'pheduyet@dienhinh.local', PASSWORD);
    const year = new Date(events[0].at).getUTCFullYear();
    const xlsx = await fetch(
      `${baseUrl}/recognition/audit/export?jurisdiction=hue&year=${year}&format=xlsx`,
      { headers: { authorization: `Bearer ${approverToken}` } },
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain(`nhat-ky-hue-${year}.xlsx`);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const xlsxBytes = Buffer.from(await xlsx.arrayBuffer());
    await wb.xlsx.load(xlsxBytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const actions: string[] = [];
    sheet.eachRow((row, n) => n > 1 && actions.push(String(row.getCell(6).value ?? '')));
    expect(actions).toEqual(expect.arrayContaining(['plan.update', 'plan.publish', 'unit.update']));
    const subjects: string[] = [];
    sheet.eachRow((row, n) => n > 1 && subjects.push(String(row.getCell(9).value ?? '')));
    // Streamed a page at a time: every event once, in order, then the check of Huế's chain.
    const seqsOf = (s: typeof sheet) => {
      const seqs: number[] = [];
      s.eachRow(
        (row, n) =>
          n > 1 &&
          typeof row.getCell(1).value === 'number' &&
          seqs.push(row.getCell(1).value as number),
      );
      return seqs;
    };
    const seqs = seqsOf(sheet);
    expect(seqs.length).toBe(actions.length - 1); // the check's row (eachRow skips the empty one)
    expect(seqs.every((q, i) => i === 0 || q > seqs[i - 1])).toBe(true);
    expect(String(sheet.getRow(sheet.rowCount).getCell(2).value)).toMatch(
      /^nguyên vẹn: \d+ sự kiện/,
    );
    const paged = await strapi
      .plugin('recognition')
      .service('audit-export')
      .xlsx(
        { id: 'pheduyet@dienhinh.local', role: 'approver', scope: { all: true } },
        'hue',
        year,
        { pageSize: 7 },
      );
    const chunks: Buffer[] = [];
    for await (const chunk of paged.stream) chunks.push(chunk as Buffer);
    const small = new ExcelJS.Workbook();
    await small.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    // (The first download's own export event is the one more.)
    expect(seqsOf(small.worksheets[0]).slice(0, seqs.length)).toEqual(seqs);
    expect(seqsOf(small.worksheets[0]).length).toBe(seqs.length + 1);
    // Nothing of Đồng Tháp's.
    const dongThap = new Set(
      (
        await strapi.db
          .query('api::unit.unit')
          .findMany({ where: { jurisdiction: { slug: 'dong-thap' } }, select: ['code'] })
      ).map((u: { code: string }) => u.code),
    );
    expect(subjects.filter((c) => dongThap.has(c))).toEqual([]);
    expect(subjects.filter((c) => c).length).toBeGreaterThan(0);
    const annex = await fetch(
      `${baseUrl}/recognition/audit/export?jurisdiction=hue&year=${year}&format=pdf`,
      { headers: { authorization: `Bearer ${approverToken}` } },
    );
    expect(annex.status).toBe(200);
    const pdf = Buffer.from(await annex.arrayBuffer());
    expect(pdfSignatures(pdf)).toEqual([expect.objectContaining({ valid: true })]);
    expect(pdfText(pdf)).toContain('PHỤ LỤC');
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('Kiểm tra chuỗi nhật ký: nguyên vẹn');
    const exports = await strapi.db
      .query(UID)
      .findMany({ where: { action: 'audit.export', subjectId: `hue:${year}` } });
    // The download, the export paged by seven above, and the annex.
    expect(exports.map((e: { after: { format: string } }) => e.after.format).sort()).toEqual([
      'pdf',
      'xlsx',
      'xlsx',
    ]);
    // Audited with the hash of exactly the bytes the download received.
    const { createHash } = await import('node:crypto');
    expect(exports.map((e: { after: { sha256: string } }) => e.after.sha256)).toContain(
      createHash('sha256').update(xlsxBytes).digest('hex'),
    );

    // The export states the check of Huế's own chain: an edit in Đồng Tháp's chain breaks the log, not Huế's; one in Huế's does.
    const audit = strapi.plugin('recognition').service('audit');
    for (const [chain, hueOk] of [
      ['dong-thap', true],
      ['hue', false],
    ] as const) {
      const row = await strapi.db
        .query(UID)
        .findOne({ where: { chain }, orderBy: { seq: 'desc' } });
      await strapi.db.query(UID).update({ where: { id: row.id }, data: { actor: 'ai đó' } });
      try {
        expect(
          await audit.verify({ chain: 'hue', budgetMs: Number.POSITIVE_INFINITY }),
          chain,
        ).toMatchObject(
          hueOk ? { ok: true, done: true } : { ok: false, problem: { seq: row.seq } },
        );
        expect(await audit.verify({ budgetMs: Number.POSITIVE_INFINITY }), chain).toMatchObject({
          ok: false,
          problem: { seq: row.seq },
        });
      } finally {
        await strapi.db.query(UID).update({ where: { id: row.id }, data: { actor: row.actor } });
      }
    }

    // Put things back as the later tests expect them.
    await fetch(`${baseUrl}/admin/users/${approver.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${super_}`, 'content-type': 'application/json' },
      body: JSON.stringify({ roles: approver.roles.map((r: { id: number }) => r.id) }),
    });
    await fetch(`${baseUrl}/content-manager/collection-types/api::unit.unit/${unit.documentId}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ name: 'Dương Nỗ' }),
    });
    await fetch(cm, { method: 'PUT', headers, body: JSON.stringify({ place: 'Huế' }) });
    await fetch(`${cm}/actions/publish`, { method: 'POST', headers, body: '{}' });
  });
}
