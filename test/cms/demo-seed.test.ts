// The demo as a new user meets it: the seeded year leaves two Huế units in the approval queue;
// the demo approver recognises them, issues the decision, and the demo officer downloads the certificate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfSignatures, pdfText } from '../helpers/poppler';
import { bootApp, type TestApp } from '../helpers/strapi';

describe('demo seed with its demonstration year (SQLite)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootApp(
      { client: 'sqlite' },
      { DIENHINH_DEMO_WORKFLOW: 'true', DEMO_PASSWORD: 'DienHinh@2026' },
    );
  });
  afterAll(() => app?.stop());

  const json = async (path: string, init: RequestInit = {}) => {
    const r = await fetch(`${app.baseUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
    return {
      status: r.status,
      body: r.headers.get('content-type')?.includes('json')
        ? await r.json()
        : Buffer.from(await r.arrayBuffer()),
    };
  };

  it('leaves two proposed units for the demo approver, who recognises them; the officer gets the certificate', async () => {
    const login = await json('/admin/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'pheduyet@dienhinh.local', password: 'DienHinh@2026' }),
    });
    expect(login.status).toBe(200);
    const auth = { authorization: `Bearer ${login.body.data.token}` };
    const queue = await json('/recognition/approval-queue?jurisdiction=hue&year=2026', {
      headers: auth,
    });
    expect(queue.body.data.map((r: { unit: { code: string } }) => r.unit.code).sort()).toEqual([
      '20056',
      'HUE-GD-001',
    ]);

    app.strapi.plugin('recognition').service('clock').now = () => new Date('2026-12-08T03:00:00Z');
    const ids = queue.body.data.map((r: { documentId: string }) => r.documentId);
    const done = await json('/recognition/recognise', {
      method: 'POST',
      headers: { ...auth, 'idempotency-key': 'demo-recognise-1' },
      body: JSON.stringify({ registrations: ids }),
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.data.recognised).toHaveLength(2);
    const school = done.body.data.recognised.find((r: { unit: string }) => r.unit === 'HUE-GD-001');
    // The school was not recognised before; An Cựu's demo recognition is for another unit.
    expect(school.state).toBe('recognised');

    // The demo approver issues the year's decision with the register's number; certificates follow.
    const year = await json('/recognition/decisions?jurisdiction=hue&year=2026', { headers: auth });
    const draft = year.body.data.decisions.find((d: { status: string }) => d.status === 'draft');
    const issued = await json(`/recognition/decisions/${draft.documentId}/issue`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        number: '2788/QĐ-UBND',
        date: '2026-12-08',
        signer: 0,
        recipients: year.body.data.recipients,
      }),
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body.data).toMatchObject({ number: '2788/QĐ-UBND', units: 2, certificates: 2 });

    const officer = await json('/api/auth/local', {
      method: 'POST',
      body: JSON.stringify({
        identifier: 'canbo.aluoi1@dienhinh.local',
        password: 'DienHinh@2026',
      }),
    });
    const id = done.body.data.recognised.find(
      (r: { unit: string }) => r.unit === '20056',
    ).documentId;
    const cert = await json(`/api/recognition/registrations/${id}/certificate`, {
      headers: { authorization: `Bearer ${officer.body.jwt}` },
    });
    expect(cert.status).toBe(200);
    expect(pdfText(cert.body as Buffer)).toContain('Xã A Lưới 1');
    expect(pdfText(cert.body as Buffer)).toContain('2788/QĐ-UBND');

    const history = await json('/recognition/audit/history?unit=HUE-GD-001', { headers: auth });
    // (The certificate is issued in the background, before or after this read: its event is left out.)
    expect(
      history.body.data
        .map((e: { action: string }) => e.action)
        .filter((a: string) => a !== 'certificate.issue'),
    ).toEqual([
      'unit.create',
      'unit-result.create',
      'register',
      // The province chose the unit (the plan's selection step) before it self-assessed.
      'propose_selection',
      'select',
      'self_assess',
      'submit',
      'start_appraisal',
      'council_score',
      'council_score',
      'council_score',
      'propose',
      'recognise',
    ]);
  });

  it('lets the demo commune file the six-month report the police asked for; the police compile, sign and send it; the Ministry sees it received and Đồng Tháp not reported', async () => {
    const admin = async (email: string) => {
      const r = await json('/admin/login', {
        method: 'POST',
        body: JSON.stringify({ email, password: 'DienHinh@2026' }),
      });
      return { authorization: `Bearer ${r.body.data.token}` };
    };
    const portal = await json('/api/auth/local', {
      method: 'POST',
      body: JSON.stringify({ identifier: 'canbo.thanhthuy', password: 'DienHinh@2026' }),
    });
    const commune = { authorization: `Bearer ${portal.body.jwt}` };
    const duties = await json('/api/recognition/tier/reports?year=2026', { headers: commune });
    expect(duties.body.data).toEqual([
      expect.objectContaining({ label: 'Báo cáo kết quả 06 tháng cuối năm', draft: false }),
    ]);
    const key = encodeURIComponent(duties.body.data[0].key);
    const filed = await json(`/api/recognition/tier/reports/${key}/submit?year=2026`, {
      method: 'POST',
      headers: commune,
      body: JSON.stringify({ sections: { results: 'Đã hướng dẫn Dệt May Huế đăng ký.' } }),
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);

    const police = await admin('thuky@dienhinh.local');
    const draft = await json('/recognition/report-acts', {
      method: 'POST',
      headers: police,
      body: JSON.stringify({ jurisdiction: 'hue', year: 2026, duty: duties.body.data[0].key }),
    });
    expect(draft.body.data.sections.results).toContain('Phường Thanh Thủy');
    const id = draft.body.data.documentId;
    const issued = await json(`/recognition/report-acts/${id}/issue`, {
      method: 'POST',
      headers: police,
    });
    expect(issued.body.data).toMatchObject({ status: 'issued', number: '01/BC-CATP' });
    await json(`/recognition/report-acts/${id}/send`, { method: 'POST', headers: police });

    const v05 = await admin('v05@dienhinh.local');
    const got = await json(`/recognition/report-acts/${id}/receive`, {
      method: 'POST',
      headers: v05,
    });
    expect(got.status).toBe(200);
    const status = await json('/recognition/national/report-status?year=2026', { headers: v05 });
    const of = (slug: string) =>
      status.body.data.provinces.find((p: { slug: string }) => p.slug === slug).reports;
    expect(of('hue')).toEqual([expect.objectContaining({ state: 'received' })]);
    expect(of('dong-thap').map((r: { key: string; state: string }) => [r.key, r.state])).toEqual([
      ['plan:implementation_report', 'overdue'],
      ['plan:six_month_report', 'overdue'],
      ['plan:annual_report', 'overdue'],
    ]);
  });

  it("lets the demo's police issue the council's minutes into the dossiers and the approver issue the plan; lists An Cựu due to maintain", async () => {
    const admin = async (email: string) => {
      const r = await json('/admin/login', {
        method: 'POST',
        body: JSON.stringify({ email, password: 'DienHinh@2026' }),
      });
      return { authorization: `Bearer ${r.body.data.token}` };
    };
    const police = await admin('thuky@dienhinh.local');
    const sources = await json('/recognition/acts/sources?jurisdiction=hue&year=2026', {
      headers: police,
    });
    expect(sources.body.data.canDraft).toEqual(['council_decision', 'minutes', 'proposal']);
    const meeting = sources.body.data.meetings[0];
    const minutes = await json('/recognition/acts', {
      method: 'POST',
      headers: police,
      body: JSON.stringify({ kind: 'minutes', meeting: meeting.documentId }),
    });
    expect(minutes.status, JSON.stringify(minutes.body)).toBe(200);
    const issued = await json(`/recognition/acts/${minutes.body.data.documentId}/issue`, {
      method: 'POST',
      headers: police,
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body.data.number).toBe('01/BB-HĐTĐ');
    // Filed into each dossier it voted on, where the approver sees it.
    const voted = await app.strapi.db
      .query('plugin::recognition.registration')
      .findMany({ where: { year: 2026, unit: { code: { $in: ['20056', 'HUE-GD-001'] } } } });
    for (const r of voted)
      expect(r.dossier.minutes).toMatchObject({ name: 'Biên bản số 01/BB-HĐTĐ.pdf' });

    const approver = await admin('pheduyet@dienhinh.local');
    const plan = await json('/recognition/acts', {
      method: 'POST',
      headers: approver,
      body: JSON.stringify({ kind: 'plan', plan: 'hue-487-kh-ubnd', replacesNumber: '49/KH-UBND' }),
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    const signed = await json(`/recognition/acts/${plan.body.data.documentId}/issue`, {
      method: 'POST',
      headers: approver,
      body: JSON.stringify({ number: '487/KH-UBND', date: '2025-12-26' }),
    });
    expect(signed.body.data).toMatchObject({ number: '487/KH-UBND', replaces: '49/KH-UBND' });
    const paper = await json(`/recognition/acts/${plan.body.data.documentId}/pdf`, {
      headers: approver,
    });
    expect(pdfSignatures(paper.body as Buffer)).toMatchObject([{ valid: true }]);

    const due = await json('/recognition/maintenance?jurisdiction=hue&year=2026', {
      headers: approver,
    });
    expect(
      due.body.data.rows.map((r: { unit: { name: string }; status: string }) => [
        r.unit.name,
        r.status,
      ]),
    ).toEqual([['An Cựu', 'in_progress']]);
  });

  it("lets the demo's police propose An Cựu for the chair's Bằng khen, Sở Nội vụ appraise it and the approver decide it; its certificate of merit comes out signed", async () => {
    const admin = async (email: string) => {
      const r = await json('/admin/login', {
        method: 'POST',
        body: JSON.stringify({ email, password: 'DienHinh@2026' }),
      });
      expect(r.status, email).toBe(200);
      return { authorization: `Bearer ${r.body.data.token}` };
    };
    const police = await admin('thuky@dienhinh.local');
    const noiVu = await admin('noivu@dienhinh.local');
    const approver = await admin('pheduyet@dienhinh.local');
    const register = () =>
      json('/recognition/commendations?jurisdiction=hue&year=2025', { headers: noiVu });
    expect((await register()).body.data.titled).toEqual([
      { code: '19815', name: 'Phường An Cựu', consecutiveYears: 1 },
    ]);
    const proposed = await json('/recognition/commendations', {
      method: 'POST',
      headers: police,
      body: JSON.stringify({
        jurisdiction: 'hue',
        year: 2025,
        unit: '19815',
        form: 'bang_khen',
        awardee: 'collective',
        achievement: 'Đạt điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
      }),
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    const id = proposed.body.data.documentId;
    const appraised = await json(`/recognition/commendations/${id}/appraise`, {
      method: 'POST',
      headers: noiVu,
      body: JSON.stringify({ agree: true }),
    });
    expect(appraised.body.data.state).toBe('agreed');
    const drafted = await json('/recognition/acts', {
      method: 'POST',
      headers: approver,
      body: JSON.stringify({ kind: 'commendation_decision', jurisdiction: 'hue', year: 2025 }),
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(200);
    const issued = await json(`/recognition/acts/${drafted.body.data.documentId}/issue`, {
      method: 'POST',
      headers: approver,
      body: JSON.stringify({ number: '2790/QĐ-UBND', date: '2026-12-08' }),
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const row = (await register()).body.data.rows[0];
    expect(row).toMatchObject({ state: 'decided', decision: '2790/QĐ-UBND' });
    const merit = await json(`/recognition/commendations/${id}/certificate`, { headers: noiVu });
    expect(merit.status).toBe(200);
    expect(pdfSignatures(merit.body as Buffer)).toMatchObject([{ valid: true }]);
    const text = pdfText(merit.body as Buffer).replace(/\s+/g, ' ');
    expect(text).toContain('BẰNG KHEN');
    expect(text).toContain('Phường An Cựu');
    expect(text).toContain('Quyết định số 2790/QĐ-UBND');
  });
});
