// Commendation over HTTP, as the offices would do it: the police propose a collective and one of
// its people for the chair's Bằng khen on the unit's title of the year (held two years in a row),
// and a collective for the director's Giấy khen; Sở Nội vụ (a role of its own, scoped to its
// province) appraises the Bằng khen, the police's council through another secretary the Giấy
// khen; the chair's and the director's decisions are issued as acts; each commendation's
// certificate of merit comes out signed; the register shows the year; every step is audited.
import { expect, it } from 'vitest';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { adminToken, atTime, ensureStaff, type TestApp } from '../helpers/strapi';

const YEAR = 2037;
const PASSWORD = 'Test@12345';

export function commendationTests(getApp: () => TestApp) {
  it('proposes, appraises and decides commendations, and issues their certificates of merit signed', async () => {
    const { strapi, baseUrl } = getApp();
    const staff = async (email: string, roleCode: string, jurisdictions: string[]) => {
      await ensureStaff(strapi, { email, roleCode, jurisdictions, password: PASSWORD });
      return adminToken(getApp(), email, PASSWORD);
    };
    const sec = await staff('thuky.khenthuong@hue.test', 'dienhinh-secretariat', ['hue']);
    const council = await staff('hoidong.khenthuong@hue.test', 'dienhinh-secretariat', ['hue']);
    const noiVu = await staff('noivu@hue.test', 'dienhinh-home-affairs', ['hue']);
    const noiVuDt = await staff('noivu@dongthap.test', 'dienhinh-home-affairs', ['dong-thap']);
    const approver = await staff('pheduyet.khenthuong@hue.test', 'dienhinh-approver', ['hue']);
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const type = res.headers.get('content-type') ?? '';
      return {
        status: res.status,
        body: type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer()),
      };
    };
    const ok = (r: { status: number; body: unknown }) =>
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    // An Cựu holds the title this year and the year before.
    const anCuu = await strapi.db
      .query('api::unit.unit')
      .findOne({ where: { jurisdiction: { slug: 'hue' }, code: '19815' } });
    for (const year of [YEAR - 1, YEAR])
      await strapi.db.query('plugin::recognition.recognition').create({
        data: { unit: anCuu.id, year, status: 'recognised', serial: `TEST-KT-${year}-0001` },
      });

    await atTime(strapi, `${YEAR}-12-20T03:00:00Z`, async () => {
      const propose = (token: string, body: Record<string, unknown>) =>
        call(token, 'POST', '/recognition/commendations', {
          jurisdiction: 'hue',
          year: YEAR,
          unit: '19815',
          achievement:
            'Có thành tích xuất sắc trong xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc',
          ...body,
        });
      const collective = await propose(sec, { form: 'bang_khen', awardee: 'collective' });
      ok(collective);
      const person = await propose(sec, {
        form: 'bang_khen',
        awardee: 'individual',
        fullName: 'Trần Văn Minh',
        position: 'Trưởng Công an phường',
      });
      ok(person);
      const giay = await propose(sec, { form: 'giay_khen', awardee: 'collective' });
      ok(giay);
      // Refusals name why: a duplicate, a unit without the title, a role that does not propose.
      const twice = await propose(sec, { form: 'bang_khen', awardee: 'collective' });
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toMatch(/Đã có đề nghị Bằng khen năm 2037/);
      const untitled = await propose(sec, {
        unit: '19813',
        form: 'bang_khen',
        awardee: 'collective',
      });
      expect(untitled.body.error.message).toMatch(/không giữ danh hiệu điển hình năm 2037/);
      expect((await propose(approver, { form: 'giay_khen', awardee: 'individual' })).status).toBe(
        403,
      );
      expect((await propose(noiVu, { form: 'giay_khen', awardee: 'individual' })).status).toBe(403);
      const noName = await propose(sec, { form: 'giay_khen', awardee: 'individual' });
      expect(noName.body.error.message).toMatch(/Họ và tên/);

      // The register: Sở Nội vụ may appraise the Bằng khen, not the police's Giấy khen.
      const register = async (token: string) =>
        call(token, 'GET', `/recognition/commendations?jurisdiction=hue&year=${YEAR}`);
      const seen = await register(noiVu);
      ok(seen);
      const rows = seen.body.data.rows as { documentId: string; allowedEvents: string[] }[];
      expect(rows).toHaveLength(3);
      const row = (id: string) => rows.find((r) => r.documentId === id)!;
      expect(row(collective.body.data.documentId)).toMatchObject({
        form: 'bang_khen',
        awardee: 'collective',
        name: 'Phường An Cựu',
        consecutiveYears: 2,
        state: 'proposed',
        allowedEvents: ['appraise'],
      });
      expect(row(person.body.data.documentId)).toMatchObject({
        name: 'Trần Văn Minh, Trưởng Công an phường',
      });
      expect(row(giay.body.data.documentId).allowedEvents).toEqual([]);
      expect(seen.body.data.titled).toContainEqual({
        code: '19815',
        name: 'Phường An Cựu',
        consecutiveYears: 2,
      });
      // Another province's Sở Nội vụ reads and appraises nothing here.
      expect((await register(noiVuDt)).status).toBe(403);
      const appraise = (token: string, id: string, body: unknown) =>
        call(token, 'POST', `/recognition/commendations/${id}/appraise`, body);
      expect(
        (await appraise(noiVuDt, collective.body.data.documentId, { agree: true })).status,
      ).toBe(403);
      // The police do not appraise the Bằng khen; the proposer never appraises their own.
      expect((await appraise(sec, collective.body.data.documentId, { agree: true })).status).toBe(
        403,
      );
      const own = await appraise(sec, giay.body.data.documentId, { agree: true });
      expect(own.status).toBe(403);
      expect(own.body.error.message).toMatch(/không tự thẩm định/);
      const noReason = await appraise(noiVu, person.body.data.documentId, { agree: false });
      expect(noReason.body.error.message).toMatch(/lý do/);
      ok(await appraise(noiVu, collective.body.data.documentId, { agree: true }));
      ok(await appraise(noiVu, person.body.data.documentId, { agree: true, note: 'Đủ điều kiện' }));
      ok(await appraise(council, giay.body.data.documentId, { agree: true }));

      // The page offers each decision to whoever drafts it, once proposals of its form are agreed.
      expect(seen.body.data.canDraft).toEqual([]);
      expect((await register(approver)).body.data.canDraft).toEqual(['commendation_decision']);
      expect((await register(sec)).body.data.canDraft).toEqual([
        'commendation_decision',
        'police_commendation',
      ]);
      // The chair's decision: drafted from the agreed proposals, numbered from Huế's register by hand.
      const drafted = await call(approver, 'POST', '/recognition/acts', {
        kind: 'commendation_decision',
        jurisdiction: 'hue',
        year: YEAR,
      });
      ok(drafted);
      const act = drafted.body.data;
      expect(act).toMatchObject({ status: 'draft', manualNumber: true });
      expect((await call(sec, 'POST', `/recognition/acts/${act.documentId}/issue`)).status).toBe(
        403,
      );
      // One register for the committee's decisions: a number a recognition decision holds is taken.
      const hue = await strapi.db
        .query('api::jurisdiction.jurisdiction')
        .findOne({ where: { slug: 'hue' } });
      await strapi.db.query('plugin::recognition.decision').create({
        data: {
          jurisdiction: hue.id,
          year: YEAR,
          kind: 'recognition',
          status: 'issued',
          number: '119/QĐ-UBND',
          uniqueKey: `test-kt-${YEAR}-119`,
        },
      });
      const taken = await call(approver, 'POST', `/recognition/acts/${act.documentId}/issue`, {
        number: '119/QĐ-UBND',
        date: `${YEAR}-12-19`,
      });
      expect(taken.status).toBe(409);
      expect(taken.body.error.message).toContain('119/QĐ-UBND');
      const issued = await call(approver, 'POST', `/recognition/acts/${act.documentId}/issue`, {
        number: '120/QĐ-UBND',
        date: `${YEAR}-12-19`,
      });
      ok(issued);
      const paper = (await call(approver, 'GET', `/recognition/acts/${act.documentId}/pdf`))
        .body as Buffer;
      expect(pdfSignatures(paper)[0]?.valid).toBe(true);
      const text = pdfText(paper).replace(/\s+/g, ' ');
      expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ');
      expect(text).toContain('cho 01 tập thể và 01 cá nhân');
      expect(text).toContain('(đạt điển hình 02 năm liên tục)');
      expect(text).toContain('Ông (bà) Trần Văn Minh, Trưởng Công an phường, Phường An Cựu');

      // The director's Giấy khen: the police's own register, numbered by the system.
      const police = await call(sec, 'POST', '/recognition/acts', {
        kind: 'police_commendation',
        jurisdiction: 'hue',
        year: YEAR,
      });
      ok(police);
      const policeIssued = await call(
        sec,
        'POST',
        `/recognition/acts/${police.body.data.documentId}/issue`,
      );
      ok(policeIssued);
      expect(policeIssued.body.data.number).toMatch(/^\d+\/QĐ-CA$/);

      // Every commendation decided, each with its certificate of merit signed.
      const after = (await register(sec)).body.data.rows as {
        documentId: string;
        state: string;
        decision: string;
        serial: string;
        form: string;
      }[];
      expect(after.map((r) => r.state)).toEqual(['decided', 'decided', 'decided']);
      for (const r of after) {
        expect(r.decision).toBe(
          r.form === 'bang_khen' ? '120/QĐ-UBND' : policeIssued.body.data.number,
        );
        expect(r.serial).toMatch(
          r.form === 'bang_khen' ? /^BK-HUE-2037-120-00\d$/ : /^GK-HUE-2037-/,
        );
        const cert = await call(
          noiVu,
          'GET',
          `/recognition/commendations/${r.documentId}/certificate`,
        );
        expect(cert.status).toBe(200);
        const pdf = cert.body as Buffer;
        expect(pdfSignatures(pdf)[0]?.valid).toBe(true);
        const words = pdfText(pdf).replace(/\s+/g, ' ');
        expect(words).toContain(r.form === 'bang_khen' ? 'BẰNG KHEN' : 'GIẤY KHEN');
        expect(words).toContain(`Số: ${r.serial}`);
      }
      // A certificate its batch did not finish is issued at its first download, with its serial.
      const first = after[0];
      await strapi.db
        .query('plugin::recognition.commendation')
        .update({ where: { documentId: first.documentId }, data: { pdf: null } });
      const late = await call(
        approver,
        'GET',
        `/recognition/commendations/${first.documentId}/certificate`,
      );
      expect(late.status).toBe(200);
      expect(pdfSignatures(late.body as Buffer)[0]?.valid).toBe(true);
      expect(pdfText(late.body as Buffer)).toContain(`Số: ${first.serial}`);
      // Decided once: a second decision finds nothing agreed.
      const again = await call(approver, 'POST', '/recognition/acts', {
        kind: 'commendation_decision',
        jurisdiction: 'hue',
        year: YEAR,
      });
      expect(again.status).toBe(409);
    });
    const audit = await strapi.db.query('plugin::recognition.audit-event').findMany({
      where: { subjectType: 'commendation', action: { $startsWith: 'commendation.' } },
    });
    const actions = audit.map((e: { action: string }) => e.action);
    for (const a of ['commendation.propose', 'commendation.appraise', 'commendation.decide'])
      expect(actions.filter((x: string) => x === a)).toHaveLength(3);
  });
}
