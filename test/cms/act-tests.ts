// Every paper of the programme issued as an act over HTTP, as the office would: the police set up
// the council by decision, the council's minutes are issued and filed into the dossier it voted on
// (Đồng Tháp's dossier part 3, which the plan says the council provides), the police's proposal
// lists the units with the minutes they stand on and reaches the People's Committee, and the plan
// itself is issued with the committee's register number. Each signed (pdfsig), numbered, audited.
import { expect, it } from 'vitest';
import { dossierBeforeCouncil } from '../helpers/council-dossier';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { adminToken, atTime, ensureStaff, type TestApp } from '../helpers/strapi';

const YEAR = 2033;
const PASSWORD = 'Test@12345';

export function actTests(getApp: () => TestApp) {
  it('issues the council decision, the minutes (filed into the dossier) and the proposal as signed acts', async () => {
    const { strapi, baseUrl } = getApp();
    await atTime(strapi, `${YEAR}-11-30T05:00:00Z`, async () => {
      const { id, members, sec, approver, full, dt, call, ok } = await dossierBeforeCouncil(
        getApp(),
        YEAR,
        'acts',
      );
      const pdf = async (token: string, path: string) => {
        const res = await fetch(`${baseUrl}${path}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(res.status).toBe(200);
        return Buffer.from(await res.arrayBuffer());
      };
      const council = await strapi.db
        .query('plugin::recognition.council')
        .findOne({ where: { year: YEAR, jurisdiction: { id: dt.id } } });

      // The decision setting up the council: drafted and issued by the police, not the committee.
      const drafted = await call(sec, 'POST', '/recognition/acts', {
        kind: 'council_decision',
        council: council.documentId,
        positions: { [members[0].email]: 'Phó Giám đốc Công an tỉnh' },
      });
      ok(drafted);
      const decision = drafted.body.data;
      expect(decision).toMatchObject({ kind: 'council_decision', status: 'draft', number: null });
      const preview = pdfText(await pdf(sec, `/recognition/acts/${decision.documentId}/pdf`));
      expect(preview).toContain('BẢN XEM TRƯỚC');
      expect(pdfSignatures(await pdf(sec, `/recognition/acts/${decision.documentId}/pdf`))).toEqual(
        [],
      );
      const byCommittee = await call(
        approver,
        'POST',
        `/recognition/acts/${decision.documentId}/issue`,
      );
      expect(byCommittee.status).toBe(403);
      expect(byCommittee.body.error.message).toMatch(/Quyết định thành lập Hội đồng thẩm định/);
      const typed = await call(sec, 'POST', `/recognition/acts/${decision.documentId}/issue`, {
        number: '99/QĐ-CA',
      });
      expect(typed.status).toBe(400);
      const issued = await call(sec, 'POST', `/recognition/acts/${decision.documentId}/issue`);
      ok(issued);
      expect(issued.body.data).toMatchObject({ status: 'issued', number: '01/QĐ-CA' });
      const decisionPdf = await pdf(sec, `/recognition/acts/${decision.documentId}/pdf`);
      expect(pdfSignatures(decisionPdf)).toMatchObject([{ valid: true }]);
      const decisionText = pdfText(decisionPdf).replace(/\s+/g, ' ');
      expect(decisionText).toContain('Số: 01/QĐ-CA');
      expect(decisionText).toContain('Phó Giám đốc Công an tỉnh');
      expect(decisionText).toContain('Chủ tịch Hội đồng');
      expect(decisionText).toContain('Kế hoạch số 67/KH-UBND');
      expect(decisionText).not.toContain('BẢN XEM TRƯỚC');
      const again = await call(sec, 'POST', '/recognition/acts', {
        kind: 'council_decision',
        council: council.documentId,
      });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('đã ban hành (số 01/QĐ-CA)');

      // An issued decision is replaced only by a later one that names it, drafted again from the
      // council by the police (not the committee), once.
      const actsOfYear = async () =>
        (await call(sec, 'GET', `/recognition/acts?jurisdiction=dong-thap&year=${YEAR}`)).body
          .data as { documentId: string; canReplace: boolean; replacedBy: string | null }[];
      const entry = async (documentId: string) =>
        (await actsOfYear()).find((a) => a.documentId === documentId);
      expect(await entry(decision.documentId)).toMatchObject({
        canReplace: true,
        replacedBy: null,
      });
      const replace = { kind: 'replacement', replaces: decision.documentId };
      expect((await call(approver, 'POST', '/recognition/acts', replace)).status).toBe(403);
      const replacement = await call(sec, 'POST', '/recognition/acts', replace);
      ok(replacement);
      expect(replacement.body.data).toMatchObject({
        kind: 'council_decision',
        status: 'draft',
        replaces: '01/QĐ-CA',
      });
      const replacedBy = await call(
        sec,
        'POST',
        `/recognition/acts/${replacement.body.data.documentId}/issue`,
      );
      ok(replacedBy);
      expect(replacedBy.body.data).toMatchObject({ number: '02/QĐ-CA', replaces: '01/QĐ-CA' });
      const replacementText = pdfText(
        await pdf(sec, `/recognition/acts/${replacement.body.data.documentId}/pdf`),
      ).replace(/\s+/g, ' ');
      expect(replacementText).toMatch(/thay thế Quyết định số 01\/QĐ-CA ngày \d\d\/\d\d\/2033/);
      expect(await entry(decision.documentId)).toMatchObject({
        canReplace: false,
        replacedBy: '02/QĐ-CA',
      });
      expect((await call(sec, 'POST', '/recognition/acts', replace)).status).toBe(409);

      // The council scores and votes; its minutes are issued and filed into the dossier.
      for (const m of members)
        ok(
          await call(m.token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
            marks: full,
          }),
        );
      ok(
        await call(sec, 'POST', '/recognition/meetings', {
          council: council.documentId,
          startedAt: `${YEAR}-11-29T08:00:00+07:00`,
          endedAt: `${YEAR}-11-29T10:00:00+07:00`,
          place: 'Hội trường Công an tỉnh',
          attendance: members.map((m) => ({ email: m.email, present: true })),
          votes: [{ registration: id, for: 3, against: 0, abstain: 0 }],
          conclusion: 'Thống nhất đề nghị công nhận',
        }),
      );
      const meeting = await strapi.db
        .query('plugin::recognition.meeting')
        .findOne({ where: { council: { id: council.id } } });
      // The page offers what the secretariat may draft: the meeting, not yet minuted; no plan.
      const offered = await call(
        sec,
        'GET',
        `/recognition/acts/sources?jurisdiction=dong-thap&year=${YEAR}`,
      );
      ok(offered);
      expect(offered.body.data.canDraft).toEqual(['council_decision', 'minutes', 'proposal']);
      expect(offered.body.data.meetings).toMatchObject([{ act: null }]);
      expect(offered.body.data.councils).toMatchObject([{ act: '01/QĐ-CA' }]);
      const minutesDraft = await call(sec, 'POST', '/recognition/acts', {
        kind: 'minutes',
        meeting: meeting.documentId,
      });
      ok(minutesDraft);
      const minutesId = minutesDraft.body.data.documentId;
      const minutes = await call(sec, 'POST', `/recognition/acts/${minutesId}/issue`);
      ok(minutes);
      // Numbered in the council's register, dated the day the council met (not the day signed).
      expect(minutes.body.data).toMatchObject({ number: '01/BB-HĐTĐ', date: `${YEAR}-11-29` });
      const reg = await strapi.db
        .query('plugin::recognition.registration')
        .findOne({ where: { documentId: id } });
      expect(reg.dossier.minutes).toMatchObject({
        id: `act-${minutesId}`,
        name: 'Biên bản số 01/BB-HĐTĐ.pdf',
      });
      const filed = await pdf(sec, `/recognition/registrations/${id}/files/act-${minutesId}`);
      expect(pdfSignatures(filed)).toMatchObject([{ valid: true }]);
      expect(pdfText(filed)).toContain('BIÊN BẢN');
      const fileEvents = await strapi.db.query('plugin::recognition.audit-event').findMany({
        where: { subjectId: id, action: 'file_minutes' },
      });
      expect(fileEvents).toHaveLength(1);

      // The police propose; their tờ trình lists the unit with the minutes it stands on.
      ok(await call(sec, 'POST', `/recognition/registrations/${id}/propose`));
      const proposalDraft = await call(sec, 'POST', '/recognition/acts', {
        kind: 'proposal',
        jurisdiction: 'dong-thap',
        year: YEAR,
      });
      ok(proposalDraft);
      const proposalId = proposalDraft.body.data.documentId;
      ok(await call(sec, 'POST', `/recognition/acts/${proposalId}/issue`));
      const proposalText = pdfText(
        await pdf(approver, `/recognition/acts/${proposalId}/pdf`),
      ).replace(/\s+/g, ' ');
      expect(proposalText).toContain('TỜ TRÌNH');
      expect(proposalText).toContain('Số: 01/TTr-CA');
      expect(proposalText).toContain('Biên bản số 01/BB-HĐTĐ');
      expect(proposalText).toContain('quyết định công nhận 01 đơn vị');
      ok(await call(sec, 'POST', `/recognition/report-acts/${proposalId}/send`));
      const received = await call(
        approver,
        'POST',
        `/recognition/report-acts/${proposalId}/receive`,
      );
      ok(received);
      expect(received.body.data.dispatches[0].receivedAt).toBeTruthy();

      const register = await call(
        sec,
        'GET',
        `/recognition/acts?jurisdiction=dong-thap&year=${YEAR}`,
      );
      ok(register);
      expect(
        register.body.data.map((a: { kind: string; number: string }) => `${a.kind} ${a.number}`),
      ).toEqual([
        'council_decision 01/QĐ-CA',
        'council_decision 02/QĐ-CA',
        'minutes 01/BB-HĐTĐ',
        'proposal 01/TTr-CA',
      ]);
      expect(register.body.data.every((a: { canIssue: boolean }) => !a.canIssue)).toBe(true);
      const audit = await strapi.db.query('plugin::recognition.audit-event').findMany({
        where: { subjectType: 'act', action: 'act.issue', subjectId: minutesId },
      });
      expect(audit).toHaveLength(1);
    });
  });

  it("issues the plan as the People's Committee's act with its register number, naming the plan it replaces", async () => {
    const { strapi, baseUrl } = getApp();
    await ensureStaff(strapi, {
      email: 'pheduyet.plan@acts.test',
      roleCode: 'dienhinh-approver',
      jurisdictions: ['hue'],
      password: PASSWORD,
    });
    await ensureStaff(strapi, {
      email: 'thuky.plan@acts.test',
      roleCode: 'dienhinh-secretariat',
      jurisdictions: ['hue'],
      password: PASSWORD,
    });
    const approver = await adminToken(getApp(), 'pheduyet.plan@acts.test', PASSWORD);
    const sec = await adminToken(getApp(), 'thuky.plan@acts.test', PASSWORD);
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
    const bySecretariat = await call(sec, 'POST', '/recognition/acts', {
      kind: 'plan',
      plan: 'hue-487-kh-ubnd',
    });
    expect(bySecretariat.status).toBe(403);
    const drafted = await call(approver, 'POST', '/recognition/acts', {
      kind: 'plan',
      plan: 'hue-487-kh-ubnd',
      replacesNumber: '49/KH-UBND',
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(200);
    const act = drafted.body.data;
    // Huế keeps its numbers by hand: the number and day come from the committee's register.
    expect(act).toMatchObject({ kind: 'plan', manualNumber: true, replaces: '49/KH-UBND' });
    const path = `/recognition/acts/${act.documentId}/issue`;
    const untyped = await call(approver, 'POST', path, {});
    expect(untyped.status).toBe(400);
    expect(untyped.body.error.message).toContain('Số văn bản: nhập số');
    const issued = await atTime(strapi, '2025-12-26T09:00:00Z', () =>
      call(approver, 'POST', path, { number: '487/KH-UBND', date: '2025-12-26' }),
    );
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body.data).toMatchObject({
      status: 'issued',
      number: '487/KH-UBND',
      date: '2025-12-26',
      replaces: '49/KH-UBND',
    });
    const paper = (await call(approver, 'GET', `/recognition/acts/${act.documentId}/pdf`))
      .body as Buffer;
    const sigs = pdfSignatures(paper);
    expect(sigs).toHaveLength(1);
    expect(sigs[0].valid).toBe(true);
    const text = pdfText(paper).replace(/\s+/g, ' ');
    expect(text).toContain('Số: 487/KH-UBND');
    expect(text).toContain('ngày 26 tháng 12 năm 2025');
    expect(text).not.toContain('BẢN XEM TRƯỚC');
    // Issued once: never drafted again, the same number never given twice.
    const redraft = await call(approver, 'POST', '/recognition/acts', {
      kind: 'plan',
      plan: 'hue-487-kh-ubnd',
    });
    expect(redraft.status).toBe(409);
    const audit = await strapi.db.query('plugin::recognition.audit-event').findOne({
      where: { subjectType: 'act', action: 'act.issue', subjectId: act.documentId },
    });
    expect(audit.after).toMatchObject({ number: '487/KH-UBND', date: '2025-12-26' });
  });
}
