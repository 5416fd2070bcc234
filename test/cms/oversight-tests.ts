// Dashboard, XLSX reports and reminder e-mails (through a real SMTP listener on loopback).
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Mailbox } from '../helpers/smtp';
import * as schemas from '../../plugins/recognition/shared/contracts/responses';
import { adminToken, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';

export function oversightTests(getApp: () => TestApp, getMailbox: () => Mailbox) {
  const app = () => getApp();
  const token = (email: string) => adminToken(app(), email, PASSWORD);
  const get = (path: string, t: string) =>
    fetch(`${app().baseUrl}${path}`, { headers: { authorization: `Bearer ${t}` } });

  it('browses a province’s year of events newest first, by unit name or code and by action, a page at a time', async () => {
    const { strapi } = app();
    const approver = await token('pheduyet@dienhinh.local');
    const page = async (q: string) => {
      const res = await get(`/recognition/audit/events?jurisdiction=hue&year=2026${q}`, approver);
      expect(res.status, q).toBe(200);
      const body = await res.json();
      const { total, pageCount } = schemas.pagination.parse(body.meta.pagination);
      return { events: schemas.auditPage.parse(body.data), total, pageCount };
    };
    const all = await page('&pageSize=200');
    expect(all.total).toBeGreaterThan(0);
    expect(all.events.map((e) => e.seq)).toEqual(
      [...all.events.map((e) => e.seq)].sort((a, b) => b - a),
    );
    expect(
      all.events.every(
        (e) =>
          new Date(e.at).getTime() >= Date.parse('2026-01-01T00:00:00+07:00') &&
          new Date(e.at).getTime() < Date.parse('2027-01-01T00:00:00+07:00'),
      ),
    ).toBe(true);
    // Two pages of one event each are the two newest.
    const [p1, p2] = [await page('&pageSize=1&page=1'), await page('&pageSize=1&page=2')];
    expect([p1.events[0].seq, p2.events[0].seq]).toEqual(all.events.slice(0, 2).map((e) => e.seq));
    expect(p1.pageCount).toBe(all.total);
    // By a unit's name (any part, any case) or its code: the same events, each named.
    const unit = await strapi.db
      .query('api::unit.unit')
      .findOne({ where: { code: all.events.find((e) => e.unitCode)!.unitCode } });
    const byCode = await page(`&unit=${encodeURIComponent(unit.code)}&pageSize=200`);
    const byName = await page(
      `&unit=${encodeURIComponent(unit.name.slice(2).toLocaleLowerCase('vi'))}&pageSize=200`,
    );
    expect(byCode.total).toBeGreaterThan(0);
    expect(byCode.events.every((e) => e.unitCode === unit.code && e.unitName === unit.name)).toBe(
      true,
    );
    expect(byName.events.map((e) => e.seq)).toEqual(
      expect.arrayContaining(byCode.events.map((e) => e.seq)),
    );
    // By action: exact, or a prefix for a kind of content.
    const action = all.events[0].action;
    expect(
      (await page(`&action=${encodeURIComponent(action)}&pageSize=200`)).events.every(
        (e) => e.action === action,
      ),
    ).toBe(true);
    const plans = await page('&action=plan.&pageSize=200');
    expect(plans.events.every((e) => e.action.startsWith('plan.'))).toBe(true);
    expect(
      (await get('/recognition/audit/events?jurisdiction=hue&year=2026&page=0', approver)).status,
    ).toBe(400);
  });

  it('shows a jurisdiction’s year on the dashboard: Huế’s targets, units by state, deadlines ahead', async () => {
    const { strapi } = app();
    strapi.plugin('recognition').service('clock').now = () => new Date('2027-06-01T02:00:00Z');
    // Three recognised units of 2027 (one xã, one phường, one school) and one still registered.
    for (const [code, state] of [
      ['20071', 'recognised'],
      ['19815', 'maintained'],
      ['HUE-GD-001', 'recognised'],
      ['20044', 'registered'],
    ] as const) {
      const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code } });
      await strapi.db.query('plugin::recognition.registration').create({
        data: { unit: unit.id, year: 2027, state, uniqueKey: `${unit.documentId}:2027` },
      });
    }
    const approver = await token('pheduyet@dienhinh.local');
    const res = await get('/recognition/dashboard?jurisdiction=hue&year=2027', approver);
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data.registrationsByState).toEqual({ recognised: 2, maintained: 1, registered: 1 });
    expect(
      data.targets.map((t: { label: string; achieved: number; met: boolean }) => [
        t.label,
        t.achieved,
        t.met,
      ]),
    ).toEqual([
      // Huế's plan asks to build new ones: An Cựu's maintained title is counted apart, not here.
      ['Tổng số đơn vị đạt điển hình', 2, false],
      ['01 xã', 1, true],
      ['01 phường', 0, false],
      ['01 cơ quan hoặc doanh nghiệp, cơ sở giáo dục', 1, true],
      ['Ngành giáo dục: ít nhất 01 đơn vị', 1, true],
    ]);
    expect(data.upcomingDeadlines.map((d: { date: string }) => d.date)).toEqual([
      '2027-11-10',
      '2027-12-05',
      '2027-12-10',
    ]);
    expect((await get('/recognition/dashboard?jurisdiction=hue&year=hai', approver)).status).toBe(
      400,
    );
    // JSON leaves compressed for a client that accepts it (the admin on a provincial link).
    const packed = await fetch(`${app().baseUrl}/recognition/audit/history?unit=20056`, {
      headers: { authorization: `Bearer ${approver}`, 'accept-encoding': 'br, gzip' },
    });
    expect(packed.headers.get('content-encoding')).toBe('br');
    expect((await packed.json()).data.length).toBeGreaterThan(10);
    expect(
      (await fetch(`${app().baseUrl}/recognition/dashboard?jurisdiction=hue&year=2027`)).status,
    ).toBe(401);
  });

  it('exports the annual report as XLSX with every registration, its state and scores', async () => {
    const approver = await token('pheduyet@dienhinh.local');
    const res = await get('/recognition/reports/annual?jurisdiction=hue&year=2027', approver);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('bao-cao-nam-hue-2027.xlsx');
    expect(
      await app()
        .strapi.db.query('plugin::recognition.audit-event')
        .findOne({ where: { action: 'report.export', subjectId: 'hue:2027:annual' } }),
    ).toMatchObject({ actor: 'pheduyet@dienhinh.local', jurisdiction: 'hue' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Đơn vị')!;
    expect(String(ws.getRow(1).getCell(1).value)).toBe(
      'Báo cáo năm 2027: xây dựng điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc, Huế',
    );
    expect(String(ws.getRow(2).getCell(1).value)).toBe(
      'Số liệu tính đến hết ngày 31/12/2027, theo Kế hoạch số 487/KH-UBND',
    );
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại',
      'Trạng thái',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Quyết định',
      'Số giấy chứng nhận',
      'Tình trạng công nhận',
    ]);
    const rows = ws
      .getRows(5, ws.rowCount - 4)!
      .map((r) => [r.getCell(2).value, r.getCell(5).value]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['20044', 'Đã đăng ký'],
        ['19815', 'Duy trì điển hình'],
      ]),
    );
    const six = await get('/recognition/reports/six-month?jurisdiction=hue&year=2027', approver);
    expect(six.status).toBe(200);
    expect(
      (await get('/recognition/reports/quarterly?jurisdiction=hue&year=2027', approver)).status,
    ).toBe(400);
  });

  it('shows the nation’s year in the caller’s scope: a line per province, the totals, and the national report streamed as XLSX and audited with its hash', async () => {
    const admin = await token('admin@test.local');
    const res = await get('/recognition/national/dashboard?year=2027', admin);
    expect(res.status).toBe(200);
    const nation = schemas.nationalDashboard.parse((await res.json()).data);
    const hue = nation.provinces.find((p) => p.slug === 'hue')!;
    expect(hue).toMatchObject({
      name: 'Huế',
      plan: { number: '487/KH-UBND' },
      registrationsByState: { recognised: 2, maintained: 1, registered: 1 },
      achieved: 3,
      targets: 5,
      // New titles only toward the targets (the total and "01 phường" wait for a new one).
      targetsMet: 3,
    });
    expect(nation.provinces.length).toBe(
      await app().strapi.db.query('api::jurisdiction.jurisdiction').count(),
    );
    expect(nation.totals.registrations).toBe(
      nation.provinces.reduce((s, p) => s + p.registrations, 0),
    );
    expect(nation.totals.achieved).toBe(nation.provinces.reduce((s, p) => s + p.achieved, 0));
    expect(nation.provinces.map((p) => p.name)).toEqual(
      [...nation.provinces.map((p) => p.name)].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    // A province's approver sees their province as the nation.
    const approver = await token('pheduyet@dienhinh.local');
    expect(
      schemas.nationalDashboard
        .parse(
          (await (await get('/recognition/national/dashboard?year=2027', approver)).json()).data,
        )
        .provinces.map((p) => p.slug),
    ).toEqual(['hue']);

    const xlsx = await get('/recognition/national/reports/annual?year=2027', admin);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('bao-cao-nam-toan-quoc-2027.xlsx');
    expect(xlsx.headers.get('content-length')).toBeNull();
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const units = wb.getWorksheet('Đơn vị')!;
    expect(units.getRow(3).values).toEqual([
      undefined,
      'STT',
      'Tỉnh / thành phố',
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại',
      'Trạng thái',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Quyết định',
      'Số giấy chứng nhận',
      'Tình trạng công nhận',
    ]);
    const lines = units
      .getRows(4, units.rowCount - 3)!
      .map((r) => [r.getCell(2).value, r.getCell(3).value, r.getCell(6).value]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['Huế', '20044', 'Đã đăng ký'],
        ['Huế', '19815', 'Duy trì điển hình'],
      ]),
    );
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(summary.getRows(2, summary.rowCount - 1)!.map((r) => r.getCell(1).value)).toEqual(
      nation.provinces.map((p) => p.name),
    );
    // The report counts as the province's own report does: recognitions by decisions issued by the cut-off (none yet for 2027).
    expect(
      summary.getRows(2, summary.rowCount - 1)!.find((r) => r.getCell(1).value === 'Huế')!.values,
    ).toEqual([undefined, 'Huế', '487/KH-UBND', '31/12/2027', 4, 0, '0/5']);
    // On the record once the last byte is out, with the hash of exactly what was sent.
    const { createHash } = await import('node:crypto');
    let event: any = null;
    for (let i = 0; i < 50 && !event; i++) {
      event = await app()
        .strapi.db.query('plugin::recognition.audit-event')
        .findOne({
          where: { action: 'report.export', subjectId: 'national:2027:annual' },
          orderBy: { seq: 'desc' },
        });
      if (!event) await new Promise((r) => setTimeout(r, 100));
    }
    expect(event).toMatchObject({
      actor: 'admin@test.local',
      jurisdiction: null,
      after: {
        format: 'xlsx',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        provinces: nation.provinces.length,
      },
    });
    expect((await get('/recognition/national/reports/quarterly?year=2027', admin)).status).toBe(
      400,
    );
    expect((await get('/recognition/national/dashboard?year=hai', admin)).status).toBe(400);
  });

  it('counts each report up to its cut-off from the audit trail, as XLSX and as PDF, with the implementation report only where the plan has one', async () => {
    const approver = await token('pheduyet@dienhinh.local');
    const sheet = async (path: string) => {
      const res = await get(path, approver);
      expect(res.status, path).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('Đơn vị')!;
      return {
        cut: String(ws.getRow(2).getCell(1).value),
        row: (code: string) =>
          ws.getRows(5, ws.rowCount - 4)!.find((r) => r.getCell(2).value === code)?.values as
            | unknown[]
            | undefined,
      };
    };
    // A Lưới 1 (20056) was recognised on 2788/QĐ-UBND in December 2026 and revoked in February 2027.
    const annual = await sheet('/recognition/reports/annual?jurisdiction=hue&year=2026');
    expect(annual.cut).toContain('31/12/2026');
    expect(annual.row('20056')?.slice(5)).toEqual([
      'Đã công nhận',
      expect.anything(),
      expect.anything(),
      '2788/QĐ-UBND',
      expect.any(String),
      'Công nhận',
    ]);
    const july = await sheet(
      '/recognition/reports/annual?jurisdiction=hue&year=2026&cutOff=2026-07-01',
    );
    expect(july.cut).toContain('01/07/2026');
    expect(july.row('20056')?.[5]).not.toBe('Đã công nhận');
    expect(july.row('20056')?.[8]).toBeFalsy();
    // Huế's plan has no six-month date of its own: the half-year ends on 30/06; no implementation report.
    expect(
      (await sheet('/recognition/reports/six-month?jurisdiction=hue&year=2026')).cut,
    ).toContain('30/06/2026');
    const none = await get(
      '/recognition/reports/implementation?jurisdiction=hue&year=2026',
      approver,
    );
    expect(none.status).toBe(400);
    expect((await none.json()).error.message).toContain('không có báo cáo kết quả triển khai');
    expect(
      (
        await get(
          '/recognition/reports/annual?jurisdiction=hue&year=2026&cutOff=2025-12-31',
          approver,
        )
      ).status,
    ).toBe(400);
    // Đồng Tháp's one-off implementation report, as the official-format PDF.
    const pdf = await get(
      '/recognition/reports/implementation?jurisdiction=dong-thap&year=2026&format=pdf',
      await token('pheduyet.dongthap@dienhinh.local'),
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { pdfText } = await import('../helpers/poppler');
    const text = pdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('Kết quả triển khai Kế hoạch số 67/KH-UBND');
    expect(text).toContain('tính đến hết ngày 30 tháng 01 năm 2026');
  });

  it('documents every route of the plugin in the OpenAPI document', async () => {
    const { strapi } = app();
    const fs = await import('node:fs');
    const path = await import('node:path');
    const file = path.join(
      strapi.plugin('documentation').service('documentation').getFullDocumentationPath(),
      '1.0.0',
      'full_documentation.json',
    );
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, item]) =>
        Object.keys(item as object)
          .filter((m) => m !== 'servers')
          .map((m) => `${m.toUpperCase()} ${p}`),
      ),
    );
    const routes = strapi.plugin('recognition').routes as Record<
      string,
      { prefix?: string; routes: { method: string; path: string }[] }
    >;
    const expected = Object.values(routes).flatMap(({ prefix, routes: list }) =>
      list
        .filter(
          (r) =>
            r.path !== '/jurisdictions' &&
            !r.path.startsWith('/portal') &&
            !r.path.startsWith('/desk'),
        )
        .map(
          (r) =>
            `${r.method} ${prefix === '' ? '' : '/recognition'}${r.path.replace(/:(\w+)/g, '{$1}')}`,
        ),
    );
    // (The portal's and the desk's pages and assets are served at /portal and /desk, not part of the API.)
    expect(expected.length).toBeGreaterThan(25);
    // A document a client can use: the configured public address, admin routes under their own prefix, real metadata.
    // (The generated file is shared by the apps the suites run side by side: any of their public URLs,
    // which are 127.0.0.1:<port>, or the default http://localhost:1337 of the processes the command
    // and fault tests start; never a port Strapi picked for itself.)
    expect(doc.servers).toEqual([
      {
        url: expect.stringMatching(/^http:\/\/(127\.0\.0\.1:\d+|localhost:1337)\/api$/),
        description: 'Content API',
      },
    ]);
    expect(doc.paths['/recognition/approval-queue'].servers).toEqual([
      expect.objectContaining({ url: '/' }),
    ]);
    expect(doc.info).toMatchObject({
      title: 'dienhinh API',
      license: { name: expect.stringContaining('UNLICENSED') },
      contact: { name: 'dienhinh' },
    });
    expect(expected.filter((r) => !documented.has(r))).toEqual([]);
    const recognise = doc.paths['/recognition/recognise'].post;
    expect(recognise.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]),
    );
    expect(
      recognise.requestBody.content['application/json'].schema.properties.registrations.minItems,
    ).toBe(1);
    const page = await fetch(`${app().baseUrl}/documentation/v1.0.0`);
    expect(page.status).toBe(200);
  });

  it('e-mails unit officers before a deadline they have not met, once, through SMTP', async () => {
    const { strapi } = app();
    const mailbox = getMailbox();
    const before = mailbox.messages.length;
    // 03/01/2028: Huế's registration deadline (10/01) is 7 days away; nobody has registered for 2028.
    strapi.plugin('recognition').service('clock').now = () => new Date('2028-01-03T01:00:00Z');
    const sent = await strapi.plugin('recognition').service('reminders').run([7, 1]);
    expect(sent.map((s: { unit: string; kind: string }) => `${s.unit} ${s.kind}`)).toContain(
      '20056 registration',
    );
    await expect.poll(() => mailbox.messages.length, { timeout: 5000 }).toBeGreaterThan(before);
    // (The officer's other mail, notices of their registration's steps, is not a reminder.)
    const mail = mailbox.messages
      .slice(before)
      .find(
        (m) =>
          (m.to as { text: string }).text.includes('canbo.aluoi1@dienhinh.local') &&
          m.subject?.includes('Nhắc hạn'),
      )!;
    expect(mail.subject).toBe(
      '[Điển hình 2028] Nhắc hạn: Đăng ký xây dựng điển hình gửi Công an thành phố (qua phòng Tham mưu) (còn 7 ngày, 10/01/2028)',
    );
    expect(mail.text).toContain('Theo mục II.2 của Kế hoạch số 487/KH-UBND');
    expect(mail.text).toContain('Xã A Lưới 1'.replace('Xã ', ''));

    // The same day again: nothing new. The next day: nothing either (6 days is not a reminder day).
    expect(await strapi.plugin('recognition').service('reminders').run([7, 1])).toEqual([]);
    strapi.plugin('recognition').service('clock').now = () => new Date('2028-01-04T01:00:00Z');
    expect(await strapi.plugin('recognition').service('reminders').run([7, 1])).toEqual([]);
  });

  it('sends each reminder once when two nodes run the schedule at the same moment', async () => {
    const { strapi } = app();
    const mailbox = getMailbox();
    const before = mailbox.messages.length;
    // 09/01/2028: the same deadline, 1 day away. Two runs at once stand for two nodes' cron.
    strapi.plugin('recognition').service('clock').now = () => new Date('2028-01-09T01:00:00Z');
    const reminders = strapi.plugin('recognition').service('reminders');
    const [a, b] = await Promise.all([reminders.run([7, 1]), reminders.run([7, 1])]);
    const all = [...a, ...b].map(
      (s: { unit: string; kind: string; deadline: string }) => `${s.unit} ${s.kind} ${s.deadline}`,
    );
    expect(all).toContain('20056 registration 2028-01-10');
    expect(new Set(all).size).toBe(all.length);
    await expect.poll(() => mailbox.messages.length - before, { timeout: 5000 }).toBe(all.length);
    await new Promise((r) => setTimeout(r, 300));
    const subjects = mailbox.messages
      .slice(before)
      .map((m) => `${(m.to as { text: string }).text} ${m.subject}`);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects).toHaveLength(all.length);
  });

  it('reminds on the days the plan names, not on fixed ones', async () => {
    const { strapi } = app();
    const reminders = strapi.plugin('recognition').service('reminders');
    // Huế's plan says 5 days: on 05/01/2028 the registration deadline (10/01) is 5 days away.
    await strapi.db
      .query('api::plan.plan')
      .updateMany({ where: { slug: 'hue-487-kh-ubnd' }, data: { reminderDays: '5' } });
    strapi.plugin('recognition').service('clock').now = () => new Date('2028-01-05T01:00:00Z');
    try {
      expect(
        (await reminders.run()).map((s: { unit: string; kind: string }) => `${s.unit} ${s.kind}`),
      ).toContain('20056 registration');
      // With the default 7 and 1 the same day would send nothing.
      await strapi.db
        .query('api::plan.plan')
        .updateMany({ where: { slug: 'hue-487-kh-ubnd' }, data: { reminderDays: null } });
      strapi.plugin('recognition').service('clock').now = () => new Date('2028-01-06T01:00:00Z');
      expect(await reminders.run()).toEqual([]);
    } finally {
      await strapi.db
        .query('api::plan.plan')
        .updateMany({ where: { slug: 'hue-487-kh-ubnd' }, data: { reminderDays: '7,1' } });
    }
  });

  it('tells the secretariat when dossiers arrive and when a deadline passes with units missing, and approvers when units are proposed', async () => {
    const { strapi } = app();
    const secretariat = await token('thuky@dienhinh.local');
    const approver = await token('pheduyet2@test.local');
    const elsewhere = await token('pheduyet.dt@test.local');
    const notices = async (t: string) => (await (await get('/recognition/notices', t)).json()).data;
    // The Huế commune workflow-tests drove through its year: its dossier arrived, it was proposed.
    expect(
      (await notices(secretariat)).items.map(
        (n: { kind: string; title: string }) => `${n.kind} ${n.title}`,
      ),
    ).toContain('dossier Xã A Lưới 1 đã nộp hồ sơ năm 2026');
    expect(
      (await notices(approver)).items.map(
        (n: { kind: string; title: string }) => `${n.kind} ${n.title}`,
      ),
    ).toContain('proposed Xã A Lưới 1 được đề nghị công nhận năm 2026');
    expect(JSON.stringify(await notices(elsewhere))).not.toContain('A Lưới 1');
    // The day after Huế's dossier deadline of 2027, one registered unit (from the dashboard test) has not submitted.
    strapi.plugin('recognition').service('clock').now = () => new Date('2027-12-06T01:00:00Z');
    await strapi.plugin('recognition').service('reminders').run();
    await strapi.plugin('recognition').service('reminders').run();
    const overdue = (await notices(secretariat)).items.filter(
      (n: { kind: string }) => n.kind === 'overdue',
    );
    expect(overdue.map((n: { title: string }) => n.title)).toEqual([
      'Quá hạn "Báo cáo kết quả thực hiện, hoàn thiện hồ sơ đề nghị xét công nhận điển hình (đối với các đơn vị đạt)": 1 đơn vị chưa hoàn thành (Huế, 2027)',
    ]);
    expect(overdue[0].link).toBe('/desk/plugins/recognition/dashboard?jurisdiction=hue&year=2027');
    // Marking read is one's own: the approver's notices stay unread.
    const before = (await notices(approver)).unread;
    const read = await fetch(`${app().baseUrl}/recognition/notices/read`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretariat}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(read.status).toBe(200);
    expect((await notices(secretariat)).unread).toBe(0);
    expect((await notices(approver)).unread).toBe(before);
  });
}
