// A full year of a Huế commune, driven through HTTP as its users would: register, self-score,
// submit, council scores, meeting, recognise, certificate; and every refusal on the way.
import { expect, it } from 'vitest';
import { ensureIndexes } from '../../plugins/recognition/server/src/config/indexes';
import { AUDIT_SEQUENCE } from '../../plugins/recognition/server/src/audit/audit';
import * as schemas from '../../plugins/recognition/shared/contracts/responses';
import { adminToken, ensureStaff, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';
const REG = 'plugin::recognition.registration';

type Http = { status: number; body: any; raw: Response };

export function workflowTests(getApp: () => TestApp) {
  const app = () => getApp();
  const setNow = (iso: string) => {
    app().strapi.plugin('recognition').service('clock').now = () => new Date(iso);
  };

  async function call(
    method: string,
    path: string,
    opts: {
      token?: string;
      body?: unknown;
      form?: FormData;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Http> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: BodyInit | undefined;
    if (opts.form) body = opts.form;
    else if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const raw = await fetch(`${app().baseUrl}${path}`, { method, headers, body });
    const type = raw.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await raw.json() : Buffer.from(await raw.arrayBuffer());
    return { status: raw.status, body: parsed, raw };
  }

  const apiLogin = async (identifier: string) => {
    const r = await call('POST', '/api/auth/local', { body: { identifier, password: PASSWORD } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.jwt as string;
  };
  const adminLogin = async (email: string) => {
    const r = await call('POST', '/admin/login', { body: { email, password: PASSWORD } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.data.token as string;
  };

  async function makeApiUser(
    email: string,
    role: 'unit_officer' | 'council_member',
    where: { unitCode?: string; jurisdiction?: string },
  ) {
    const { strapi } = app();
    const roleRow = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: role === 'unit_officer' ? 'unit-officer' : 'council-member' } });
    const user = await strapi.plugin('users-permissions').service('user').add({
      username: email,
      email,
      password: PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: roleRow.id,
    });
    const unit = where.unitCode
      ? await strapi.db.query('api::unit.unit').findOne({ where: { code: where.unitCode } })
      : null;
    const jurisdiction = where.jurisdiction
      ? await strapi.db
          .query('api::jurisdiction.jurisdiction')
          .findOne({ where: { slug: where.jurisdiction } })
      : null;
    await strapi.db.query('plugin::recognition.membership').create({
      data: {
        user: user.id,
        role,
        unit: unit?.id ?? null,
        jurisdiction: jurisdiction?.id ?? null,
      },
    });
  }

  async function makeApprover(email: string) {
    const { strapi } = app();
    await ensureStaff(strapi, {
      email,
      roleCode: 'dienhinh-approver',
      jurisdictions: ['hue'],
      firstname: 'Phê duyệt',
      lastname: 'Hai',
      password: PASSWORD,
    });
  }

  const stateOf = async (documentId: string) =>
    (await app().strapi.documents(REG).findOne({ documentId })).state;
  const file = (name: string, text: string) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(text, 'utf8')], { type: 'application/pdf' }), name);
    return form;
  };

  /** Full marks for every criterion of the commune sample set, as it stands in the database. */
  let fullMarks: Record<
    string,
    { points?: number; passed?: boolean; subItems?: Record<string, number> }
  > = {};
  async function loadFullMarks() {
    const set = await app()
      .strapi.documents('api::criteria-set.criteria-set')
      .findFirst({
        filters: { code: 'MAU-XA-PHUONG' },
        sort: [{ version: 'desc' }],
        populate: { groups: { populate: { criteria: { populate: ['subItems'] } } } },
      });
    fullMarks = {};
    for (const c of set.groups.flatMap((g: { criteria: any[] }) => g.criteria)) {
      if (c.scoring === 'pass_fail') fullMarks[c.code] = { passed: true };
      else if (c.subItems?.length)
        fullMarks[c.code] = {
          subItems: Object.fromEntries(c.subItems.map((i: any) => [i.code, Number(i.maxPoints)])),
        };
      else fullMarks[c.code] = { points: Number(c.maxPoints) };
    }
  }

  it('drives a Huế commune through its year over HTTP, refusing every step out of turn', async () => {
    const { strapi } = app();
    await loadFullMarks();
    // The plan's wording defers the dossier to QĐ 3554; the editor lists the request as required.
    const plan = await strapi
      .documents('api::plan.plan')
      .findFirst({ filters: { slug: 'hue-487-kh-ubnd' }, status: 'published' });
    await strapi.documents('api::plan.plan').update({
      documentId: plan.documentId,
      data: {
        dossierParts: [
          { code: 'request', label: 'Tờ trình đề nghị xét công nhận', required: true },
        ],
      } as never,
    });
    await strapi.documents('api::plan.plan').publish({ documentId: plan.documentId });

    await makeApiUser('canbo.aluoi2@test.local', 'unit_officer', { unitCode: '20044' });
    await makeApiUser('pheduyet@dienhinh.local', 'council_member', { jurisdiction: 'hue' });
    await makeApprover('pheduyet2@test.local');

    const officer = await apiLogin('canbo.aluoi1@dienhinh.local');
    const otherOfficer = await apiLogin('canbo.aluoi2@test.local');

    // Anonymous and bad input.
    const anonymous = await call('POST', '/api/recognition/registrations', {
      body: { year: 2026 },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.details.code).toBe('unauthenticated');
    const bad = await call('POST', '/api/recognition/registrations', {
      token: officer,
      body: { year: 'hai nghìn' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Trường "year" không hợp lệ');

    // Late registration: Huế's deadline is 10/01 (II.2).
    setNow('2026-01-11T02:00:00Z');
    const late = await call('POST', '/api/recognition/registrations', {
      token: officer,
      body: { year: 2026 },
    });
    expect(late.status).toBe(422);
    expect(late.body.error.details.code).toBe('deadline-passed');
    expect(late.body.error.message).toContain('10/01/2026');
    expect(late.body.error.message).toContain('mục II.2');

    // Ineligible: classified "Khá" in 2025 where Huế requires "Xuất sắc".
    setNow('2026-01-05T02:00:00Z');
    const ineligible = await call('POST', '/api/recognition/registrations', {
      token: otherOfficer,
      body: { year: 2026 },
    });
    expect(ineligible.status).toBe(422);
    expect(ineligible.body.error.details.code).toBe('ineligible');
    expect(ineligible.body.error.message).toContain('xếp loại Khá, cần từ Xuất sắc');

    const registered = await call('POST', '/api/recognition/registrations', {
      token: officer,
      body: { year: 2026 },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    const id = registered.body.data.documentId as string;
    expect(registered.body.data.state).toBe('registered');
    expect(
      (
        await call('POST', '/api/recognition/registrations', {
          token: officer,
          body: { year: 2026 },
        })
      ).status,
    ).toBe(409);

    const mine = await call('GET', '/api/recognition/registrations', { token: officer });
    expect(mine.body.data).toEqual([
      expect.objectContaining({ documentId: id, year: 2026, state: 'registered' }),
    ]);
    expect(
      (await call('GET', '/api/recognition/registrations', { token: otherOfficer })).body.data,
    ).toEqual([]);

    // Another unit's officer sees nothing of it.
    expect(
      (await call('GET', `/api/recognition/registrations/${id}`, { token: otherOfficer })).status,
    ).toBe(403);
    expect(
      (
        await call('PUT', `/api/recognition/registrations/${id}/self-scores`, {
          token: otherOfficer,
          body: { marks: fullMarks },
        })
      ).status,
    ).toBe(403);

    // Deadlines of the unit's year, from the plan.
    const deadlines = await call('GET', `/api/recognition/registrations/${id}/deadlines`, {
      token: officer,
    });
    expect(
      deadlines.body.data.map((d: { date: string; clause: string }) => `${d.date} ${d.clause}`),
    ).toEqual(['2026-01-10 II.2', '2026-11-10 IV.1', '2026-12-05 IV.1', '2026-12-10 II.4']);

    // The plan has the province choose its registrants: until it does, the unit does not self-assess.
    const notYet = await call('PUT', `/api/recognition/registrations/${id}/self-scores`, {
      token: officer,
      body: { marks: { '1.3': { points: 7 } } },
    });
    expect(notYet.status).toBe(409);
    expect(notYet.body.error.details.code).toBe('not-selected-yet');
    const police = await adminToken(app(), 'thuky@dienhinh.local');
    const committee = await adminToken(app(), 'pheduyet@dienhinh.local');
    const selectionStep = (token: string, step: string, body: unknown) =>
      call('POST', `/recognition/registrations/${id}/${step}`, { token, body });
    // The committee decides on the police's advice only; the police advise, they do not decide.
    const undecided = await selectionStep(committee, 'select', {});
    expect(undecided.body.error.details.code).toBe('invalid-transition');
    expect((await selectionStep(police, 'propose-selection', { advice: 'select' })).status).toBe(
      400,
    );
    const advised = await selectionStep(police, 'propose-selection', {
      advice: 'select',
      reason: 'Đạt "An toàn về an ninh, trật tự" và xếp loại Xuất sắc năm 2025',
    });
    expect(advised.status, JSON.stringify(advised.body)).toBe(200);
    expect(advised.body.data.state).toBe('selection_proposed');
    expect((await selectionStep(police, 'select', {})).status).toBe(403);
    const before = await call('GET', '/recognition/selection?jurisdiction=hue&year=2026', {
      token: committee,
    });
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    const year = schemas.selectionYear.parse(before.body.data);
    expect(year.plan).toMatchObject({ selection: true, clause: 'III.1' });
    expect(year.registrants.find((r) => r.documentId === id)).toMatchObject({
      state: 'selection_proposed',
      selection: { advice: 'select', decision: null },
      allowedEvents: ['select', 'not_select'],
    });
    const selected = await selectionStep(committee, 'select', { reason: 'Đồng ý theo tham mưu' });
    expect(selected.body.data.state).toBe('selected');
    const after = schemas.selectionYear.parse(
      (await call('GET', '/recognition/selection?jurisdiction=hue&year=2026', { token: police }))
        .body.data,
    );
    expect(after.targets[0].selected).toBe(year.targets[0].selected + 1);
    const trail = await strapi.db.query('plugin::recognition.audit-event').findMany({
      where: { subjectId: id, action: { $in: ['propose_selection', 'select'] } },
      orderBy: { seq: 'asc' },
    });
    expect(trail.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ['propose_selection', 'thuky@dienhinh.local'],
      ['select', 'pheduyet@dienhinh.local'],
    ]);
    const told = await strapi.db.query('plugin::recognition.notification').findMany({
      where: { registration: id },
    });
    expect(told.map((n: { title: string }) => n.title)).toContain(
      'Hồ sơ năm 2026 của Xã A Lưới 1: Được lựa chọn xây dựng',
    );

    // Selected, the unit sends its expected-results report once, from the outcomes offered to it.
    const offered = (await call('GET', `/api/recognition/registrations/${id}`, { token: officer }))
      .body.data.forecastOptions as { value: string; label: string }[];
    expect(offered.map((o) => o.value)).toContain('not_this_year');
    const expects = offered[0].value;
    expect(
      (
        await call('PUT', `/api/recognition/registrations/${id}/forecast`, {
          token: officer,
          body: { outcome: 'sắp đạt' },
        })
      ).status,
    ).toBe(400);
    const forecast = await call('PUT', `/api/recognition/registrations/${id}/forecast`, {
      token: officer,
      body: { outcome: expects, note: 'Đã triển khai đủ các nhóm tiêu chí' },
    });
    expect(forecast.status, JSON.stringify(forecast.body)).toBe(200);
    const again = await call('PUT', `/api/recognition/registrations/${id}/forecast`, {
      token: officer,
      body: { outcome: expects },
    });
    expect(again.body.error.details.code).toBe('invalid-transition');
    const forecasts = schemas.forecastYear.parse(
      (await call('GET', '/recognition/forecasts?jurisdiction=hue&year=2026', { token: police }))
        .body.data,
    );
    expect(forecasts.deadline).toMatchObject({ date: '2026-11-10', clause: 'IV.1' });
    expect(forecasts.units.find((u) => u.documentId === id)?.forecast).toMatchObject({
      outcome: expects,
      label: offered[0].label,
      note: 'Đã triển khai đủ các nhóm tiêu chí',
    });
    expect(forecasts.counts[expects as 'achieve' | 'maintain']).toBeGreaterThanOrEqual(1);

    // Self-scoring: a score above the maximum is refused and nothing is saved.
    setNow('2026-11-20T02:00:00Z');
    const tooHigh = await call('PUT', `/api/recognition/registrations/${id}/self-scores`, {
      token: officer,
      body: { marks: { '1.3': { points: 11 } } },
    });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.error.message).toContain('tiêu chí 1.3 tối đa 10 điểm, đã nhập 11');
    expect(await stateOf(id)).toBe('selected');
    // One wrong mark among others is refused on its own: the others are kept, and the answer says which.
    const mixed = await call('PUT', `/api/recognition/registrations/${id}/self-scores`, {
      token: officer,
      body: { marks: { '1.3': { points: 7.5 }, '2.2': { points: 21 }, '9.9': { points: 1 } } },
    });
    expect(mixed.status, JSON.stringify(mixed.body)).toBe(200);
    expect(mixed.body.data.saved).toEqual(['1.3']);
    expect(mixed.body.data.refused.map((r: { criterion: string }) => r.criterion)).toEqual([
      '2.2',
      '9.9',
    ]);
    expect(mixed.body.data.refused[1].message).toBe('không có tiêu chí "9.9" trong bộ tiêu chí');
    expect(
      (await call('GET', `/api/recognition/registrations/${id}`, { token: officer })).body.data
        .selfMarks,
    ).toEqual({ '1.3': { points: 7.5 } });
    const scored = await call('PUT', `/api/recognition/registrations/${id}/self-scores`, {
      token: officer,
      body: { marks: fullMarks },
    });
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    expect(scored.body.data).toMatchObject({
      state: 'self_assessed',
      selfScore: { meetsThreshold: true, missing: [] },
    });
    const selfTotal = scored.body.data.selfScore.total as number;

    const evidence = await call('POST', `/api/recognition/registrations/${id}/evidence/1.1`, {
      token: officer,
      form: file('nghi-quyet.pdf', '%PDF-1.4 minh chứng'),
    });
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(200);
    // Kept in the private store (a random id, no public URL), opened only through the file routes.
    expect(evidence.body.data.id).toMatch(/^[a-f0-9]{32}$/);
    expect(evidence.body.data.url).toBeUndefined();

    // Incomplete dossier: the required request is missing.
    const incomplete = await call('POST', `/api/recognition/registrations/${id}/submit`, {
      token: officer,
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.details.code).toBe('dossier-incomplete');
    expect(incomplete.body.error.message).toContain('Tờ trình đề nghị xét công nhận');
    expect(await stateOf(id)).toBe('self_assessed');
    expect(
      (
        await call('POST', `/api/recognition/registrations/${id}/dossier/request`, {
          token: officer,
          form: file('to-trinh.pdf', '%PDF-1.4 tờ trình'),
        })
      ).status,
    ).toBe(200);
    const submitted = await call('POST', `/api/recognition/registrations/${id}/submit`, {
      token: officer,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.data.state).toBe('submitted');
    expect(
      (
        await call('PUT', `/api/recognition/registrations/${id}/self-scores`, {
          token: officer,
          body: { marks: fullMarks },
        })
      ).status,
    ).toBe(409);

    // The secretariat sets up the council and opens the appraisal.
    const secretariat = await adminLogin('thuky@dienhinh.local');
    const members = [
      'hoidong1@dienhinh.local',
      'hoidong2@dienhinh.local',
      'hoidong3@dienhinh.local',
      'pheduyet@dienhinh.local',
    ];
    const council = await call('POST', '/recognition/councils', {
      token: secretariat,
      body: {
        jurisdiction: 'hue',
        year: 2026,
        name: 'Hội đồng thẩm định điển hình năm 2026',
        members: members.map((email, i) => ({ email, name: `Thành viên ${i + 1}` })),
        chairEmail: members[0],
        secretaryEmail: members[1],
      },
    });
    expect(council.status, JSON.stringify(council.body)).toBe(200);
    expect(
      (
        await call('POST', `/recognition/registrations/${id}/start-appraisal`, {
          token: secretariat,
        })
      ).body.data.state,
    ).toBe('under_appraisal');

    // A council member with a declared conflict cannot score.
    const member1 = await apiLogin('hoidong1@dienhinh.local');
    expect(
      (
        await call('POST', `/api/recognition/registrations/${id}/conflicts`, {
          token: member1,
          body: { reason: 'Người thân công tác tại Ủy ban nhân dân xã' },
        })
      ).status,
    ).toBe(200);
    const conflicted = await call('PUT', `/api/recognition/registrations/${id}/council-scores`, {
      token: member1,
      body: { marks: fullMarks },
    });
    expect(conflicted.status).toBe(403);
    expect(conflicted.body.error.details.code).toBe('conflict-of-interest');

    // A gap above 5 points needs a note; then it is accepted.
    const member2 = await apiLogin('hoidong2@dienhinh.local');
    const unjustified = await call('PUT', `/api/recognition/registrations/${id}/council-scores`, {
      token: member2,
      body: { marks: { ...fullMarks, '3.2': { points: 30 } } },
    });
    expect(unjustified.status).toBe(400);
    expect(unjustified.body.error.message).toContain('tiêu chí 3.2');
    const justified = await call('PUT', `/api/recognition/registrations/${id}/council-scores`, {
      token: member2,
      body: {
        marks: {
          ...fullMarks,
          '3.2': { points: 30, note: 'Số liệu kéo giảm tội phạm chưa được xác nhận đầy đủ' },
        },
      },
    });
    expect(justified.status, JSON.stringify(justified.body)).toBe(200);
    const member3 = await apiLogin('hoidong3@dienhinh.local');
    expect(
      (
        await call('PUT', `/api/recognition/registrations/${id}/council-scores`, {
          token: member3,
          body: { marks: fullMarks },
        })
      ).status,
    ).toBe(200);
    const approverAsMember = await apiLogin('pheduyet@dienhinh.local');
    expect(
      (
        await call('PUT', `/api/recognition/registrations/${id}/council-scores`, {
          token: approverAsMember,
          body: { marks: fullMarks },
        })
      ).status,
    ).toBe(200);

    // Proposal needs the council's vote.
    expect(
      (await call('POST', `/recognition/registrations/${id}/propose`, { token: secretariat }))
        .status,
    ).toBe(409);
    const meeting = await call('POST', '/recognition/meetings', {
      token: secretariat,
      body: {
        council: council.body.data.documentId,
        startedAt: '2026-12-07T08:00:00+07:00',
        endedAt: '2026-12-07T10:30:00+07:00',
        place: 'Công an thành phố Huế',
        attendance: members.map((email) => ({ email, present: true })),
        votes: [{ registration: id, for: 3, against: 0, abstain: members.length - 3 }],
        conclusion: 'Hội đồng thống nhất đề nghị công nhận Xã A Lưới 1 đạt điển hình năm 2026.',
      },
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(200);
    expect(
      (await call('POST', `/recognition/registrations/${id}/propose`, { token: secretariat })).body
        .data.state,
    ).toBe('proposed');

    // The approval queue shows totals and deltas.
    const approver = await adminLogin('pheduyet@dienhinh.local');
    const queue = await call('GET', '/recognition/approval-queue?jurisdiction=hue&year=2026', {
      token: approver,
    });
    expect(queue.status).toBe(200);
    expect(queue.body.data).toHaveLength(1);
    expect(queue.body.data[0]).toMatchObject({
      documentId: id,
      selfTotal,
      unit: { code: '20056' },
    });
    // Three members gave full marks, one took 10 points off criterion 3.2.
    expect(queue.body.data[0].councilTotal).toBeCloseTo(selfTotal - 10 / 3, 1);
    const delta32 = queue.body.data[0].deltas.find(
      (d: { criterion: string }) => d.criterion === '3.2',
    );
    expect(delta32.self).toBe(40);
    expect(delta32.council).toBeCloseTo(36.67, 2);
    expect(delta32.notes).toEqual([expect.any(String)]);
    // Only real differences: every other criterion (sub-items summed) agrees and is not listed.
    expect(queue.body.data[0].deltas.map((d: { criterion: string }) => d.criterion)).toEqual([
      '3.2',
    ]);
    expect(queue.body.data[0].dossier).toEqual([expect.objectContaining({ part: 'request' })]);
    // The decision desk: the verdict against the threshold, and one click to the dossier report,
    // the minutes of the meeting that voted, the evidence; each opens for the approver.
    expect(queue.body.data[0].verdict).toEqual({
      minTotal: expect.any(Number),
      total: queue.body.data[0].councilTotal,
      complete: true,
      gaps: [],
      failures: [],
    });
    const links = queue.body.data[0].documents as { label: string; url: string }[];
    expect(links.map((d) => d.label)).toEqual(
      expect.arrayContaining(['Báo cáo hồ sơ', 'Biên bản họp']),
    );
    expect(links.find((d) => d.label === 'Biên bản họp')!.url).toBe(
      `/recognition/documents/minutes/${meeting.body.data.documentId}/pdf`,
    );
    for (const d of links) {
      const res = await fetch(`${getApp().baseUrl}${d.url}`, {
        headers: { authorization: `Bearer ${approver}` },
      });
      expect(res.status, d.url).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
    }
    expect(queue.body.data[0].evidence.length).toBeGreaterThan(0);
    const evidenceFile = await fetch(`${getApp().baseUrl}${queue.body.data[0].evidence[0].url}`, {
      headers: { authorization: `Bearer ${approver}` },
    });
    expect(evidenceFile.status).toBe(200);

    // Four eyes: the approver scored this unit as a council member.
    setNow('2026-12-08T02:00:00Z');
    const fourEyes = await call('POST', '/recognition/recognise', {
      token: approver,
      headers: { 'idempotency-key': 'four-eyes-0001' },
      body: { registrations: [id] },
    });
    expect(fourEyes.status).toBe(403);
    expect(fourEyes.body.error.details.code).toBe('four-eyes');
    expect(await stateOf(id)).toBe('proposed');
    expect(
      (
        await call('POST', '/recognition/recognise', {
          token: approver,
          body: { registrations: [id] },
        })
      ).status,
    ).toBe(400);
    // A council member's token is no admin token.
    expect(
      (
        await call('POST', '/recognition/recognise', {
          token: member3,
          headers: { 'idempotency-key': 'member-0001' },
          body: { registrations: [id] },
        })
      ).status,
    ).toBe(401);
    // The secretariat has no approval permission.
    expect(
      (
        await call('POST', '/recognition/recognise', {
          token: secretariat,
          headers: { 'idempotency-key': 'secr-0001' },
          body: { registrations: [id] },
        })
      ).status,
    ).toBe(403);

    const approver2 = await adminLogin('pheduyet2@test.local');
    const recognised = await call('POST', '/recognition/recognise', {
      token: approver2,
      headers: { 'idempotency-key': 'recognise-hue-2026-0001' },
      body: { registrations: [id] },
    });
    expect(recognised.status, JSON.stringify(recognised.body)).toBe(200);
    // The unit joins the year's draft decision; its number, date and signer come when it is issued.
    expect(recognised.body.data).toMatchObject({
      decision: { status: 'draft', units: 1 },
      recognised: [{ documentId: id, unit: '20056', state: 'recognised' }],
      replayed: false,
    });
    const serial = recognised.body.data.recognised[0].serial as string;

    // A second click with the same key replays the answer and changes nothing.
    const replay = await call('POST', '/recognition/recognise', {
      token: approver2,
      headers: { 'idempotency-key': 'recognise-hue-2026-0001' },
      body: { registrations: [id] },
    });
    expect(replay.status).toBe(200);
    expect(replay.body.data).toMatchObject({
      decision: { documentId: recognised.body.data.decision.documentId },
      recognised: [{ serial }],
      replayed: true,
    });
    // A second recognise with another key is refused.
    const second = await call('POST', '/recognition/recognise', {
      token: approver2,
      headers: { 'idempotency-key': 'recognise-hue-2026-0002' },
      body: { registrations: [id] },
    });
    expect(second.status).toBe(409);
    expect(
      await strapi.db
        .query('plugin::recognition.recognition')
        .count({ where: { registration: { documentId: id } } }),
    ).toBe(1);
    expect(
      await strapi.db.query('plugin::recognition.decision').count({ where: { year: 2026 } }),
    ).toBe(1);

    // No certificate before its decision is issued (decision-tests.ts goes on from here).
    const early = await call('GET', `/api/recognition/registrations/${id}/certificate`, {
      token: officer,
    });
    expect(early.status).toBe(404);
    expect(early.body.error.message).toContain('quyết định công nhận chưa ban hành');
    expect(await (await fetch(`${app().baseUrl}/verify/${serial}`)).text()).toContain(
      'CHƯA CÓ HIỆU LỰC',
    );

    // The audit trail, in order, and an intact chain.
    const history = await call('GET', '/recognition/audit/history?unit=20056', { token: approver });
    expect(history.status).toBe(200);
    // The unit's own records come first: its creation and its 2025 result by the seed are audited like any content change.
    expect(history.body.data.map((e: { action: string }) => e.action)).toEqual([
      'unit.create',
      'unit-result.create',
      'register',
      'propose_selection',
      'select',
      'forecast',
      // The batch with a wrong mark kept its valid one, then the full marks.
      'self_assess',
      'self_assess',
      'evidence.add',
      'dossier.add',
      'submit',
      'start_appraisal',
      'conflict.declare',
      'council_score',
      'council_score',
      'council_score',
      'propose',
      // The approver opened an evidence file from the queue: every staff download is on record.
      'file.download',
      'recognise',
    ]);
    expect(history.body.data[2]).toMatchObject({
      actor: 'canbo.aluoi1@dienhinh.local',
      actorRole: 'unit_officer',
      before: { state: 'none' },
    });
    expect(
      (await call('GET', '/recognition/audit/verify', { token: approver })).body.data,
    ).toMatchObject({ ok: true });
    expect((await fetch(`${app().baseUrl}/verify/KHONG-CO-SO-NAY`)).status).toBe(404);
  });

  it('detects a tampered audit event and refuses edits through the document service', async () => {
    const { strapi } = app();
    const first = await strapi.db
      .query('plugin::recognition.audit-event')
      .findOne({ orderBy: { seq: 'asc' } });
    await expect(
      strapi
        .documents('plugin::recognition.audit-event')
        .update({ documentId: first.documentId, data: { actor: 'ai đó' } }),
    ).rejects.toThrow('chỉ được ghi thêm');
    await strapi.db
      .query('plugin::recognition.audit-event')
      .update({ where: { id: first.id }, data: { actor: 'ai đó' } });
    const verdict = await strapi.plugin('recognition').service('audit').verify();
    expect(verdict).toMatchObject({ ok: false, problem: { seq: first.seq } });
    await strapi.db
      .query('plugin::recognition.audit-event')
      .update({ where: { id: first.id }, data: { actor: first.actor } });
    expect((await strapi.plugin('recognition').service('audit').verify()).ok).toBe(true);
  });

  it("checks only the caller's province's chain for staff of one province, and refuses another province's", async () => {
    const { strapi } = app();
    const hue = await adminToken(app(), 'pheduyet@dienhinh.local');
    const whole = await strapi.plugin('recognition').service('audit').verify();
    const own = await call('GET', '/recognition/audit/verify', { token: hue });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.data).toMatchObject({ chain: 'hue', ok: true, done: true });
    expect(own.body.data.total).toBeLessThan(whole.total);
    const other = await call('GET', '/recognition/audit/verify?jurisdiction=dong-thap', {
      token: hue,
    });
    expect(other.status).toBe(403);
    expect(other.body.error.details.code).toBe('out-of-jurisdiction');
    const all = await call('GET', '/recognition/audit/verify', {
      token: await adminToken(app(), 'admin@test.local'),
    });
    expect(all.body.data).toMatchObject({ chain: null, ok: true });
  });

  it('checks the audit chain in resumable steps: each step hands a sealed cursor, a forged one is refused, a later break is still found', async () => {
    const { strapi } = app();
    // The whole log is a super admin's to check; a province's staff check their province's chain (above).
    const approver = await adminToken(app(), 'admin@test.local');
    const whole = await strapi.plugin('recognition').service('audit').verify();
    expect(whole).toMatchObject({ ok: true, done: true, total: whole.count });
    const step = Math.max(1, Math.ceil(whole.count / 4));
    const walk = async () => {
      const seen: number[] = [];
      let from: string | undefined;
      for (;;) {
        const res = await call(
          'GET',
          `/recognition/audit/verify?maxEvents=${step}${from ? `&from=${encodeURIComponent(from)}` : ''}`,
          { token: approver },
        );
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        seen.push(res.body.data.count);
        if (res.body.data.done) return { verdict: res.body.data, seen };
        from = res.body.data.resume;
      }
    };
    const stepped = await walk();
    // (Events written meanwhile, such as a sign-in's, are checked too: the walk goes to the end of the log.)
    expect(stepped.verdict).toMatchObject({ ok: true, done: true });
    expect(stepped.verdict.count).toBeGreaterThanOrEqual(whole.count);
    expect(stepped.verdict.count).toBe(stepped.verdict.keyed + stepped.verdict.legacy);
    expect(stepped.seen.length).toBeGreaterThanOrEqual(4);
    expect(stepped.seen.slice(0, -1)).toEqual(
      stepped.seen.slice(0, -1).map((_, i) => (i + 1) * step),
    );
    // A cursor not sealed by the server (here: one that claims to have checked further) is refused.
    const first = await call('GET', `/recognition/audit/verify?maxEvents=1`, { token: approver });
    const [body, mac] = first.body.data.resume.split('.');
    const claimed = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(body, 'base64url').toString()),
        count: whole.count - 1,
      }),
    ).toString('base64url');
    const forged = await call('GET', `/recognition/audit/verify?from=${claimed}.${mac}`, {
      token: approver,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toContain('Mã tiếp tục kiểm tra');
    // An event edited beyond the first steps is found by the step that reaches it.
    // (The last chain walked is the one begun last; its events are the last the steps reach.)
    const lastChain = (
      await strapi.db
        .connection('recognition_audit_events')
        .groupBy('chain')
        .select('chain')
        .min('seq as first')
        .orderBy('first', 'desc')
        .first()
    ).chain;
    const late = (
      await strapi.db
        .query('plugin::recognition.audit-event')
        .findMany({ where: { chain: lastChain }, orderBy: { seq: 'desc' }, limit: 2 })
    ).at(-1);
    await strapi.db
      .query('plugin::recognition.audit-event')
      .update({ where: { id: late.id }, data: { actor: 'ai đó' } });
    try {
      expect((await walk()).verdict).toMatchObject({
        ok: false,
        done: true,
        problem: { seq: late.seq },
      });
    } finally {
      await strapi.db
        .query('plugin::recognition.audit-event')
        .update({ where: { id: late.id }, data: { actor: late.actor } });
    }
  });

  it("appends to each province's chain after the newest event, even when the numbering lags behind the log (a restored copy)", async () => {
    const { strapi, db } = app();
    const UID = 'plugin::recognition.audit-event';
    const audit = strapi.plugin('recognition').service('audit');
    // On PostgreSQL the numbers come from a sequence: set back, start-up moves it past the log again.
    if (db === 'postgres') await strapi.db.connection.raw(`select setval('${AUDIT_SEQUENCE}', 1)`);
    await ensureIndexes(strapi);
    const newest = (await strapi.db.query(UID).findOne({ orderBy: { seq: 'desc' } })).seq;
    const headOf = async (chain: string) =>
      (await strapi.db.query(UID).findOne({ where: { chain }, orderBy: { seq: 'desc' } }))?.hash;
    const heads: Record<string, string> = {
      hue: await headOf('hue'),
      'dong-thap': await headOf('dong-thap'),
      '*': (await headOf('*')) ?? '0'.repeat(64),
    };
    const event = (jurisdiction: string | null) => ({
      actor: 'thu@test.local',
      actorRole: 'secretariat',
      action: 'test.chain',
      subjectType: 'test',
      subjectId: 'x',
      jurisdiction,
    });
    const a = await strapi.db.transaction(() => audit.append(event('hue'), new Date()));
    const b = await strapi.db.transaction(() => audit.append(event('dong-thap'), new Date()));
    const c = await strapi.db.transaction(() => audit.append(event(null), new Date()));
    expect(a.seq).toBeGreaterThan(newest);
    expect([b.seq > a.seq, c.seq > b.seq]).toEqual([true, true]);
    // Each links to its own province's previous event, the nation's to the nation's.
    const rows = await strapi.db
      .query(UID)
      .findMany({ where: { seq: { $in: [a.seq, b.seq, c.seq] } }, orderBy: { seq: 'asc' } });
    expect(
      rows.map((r: { chain: string; prevHash: string }) => [
        r.chain,
        r.prevHash === heads[r.chain],
      ]),
    ).toEqual([
      ['hue', true],
      ['dong-thap', true],
      ['*', true],
    ]);
    expect((await audit.verify()).ok).toBe(true);
  });

  it('detects a forged append and a cut-off tail of the audit log, naming the first bad event', async () => {
    const { strapi } = app();
    const UID = 'plugin::recognition.audit-event';
    const audit = strapi.plugin('recognition').service('audit');
    const verdict = await audit.verify();
    const last = await strapi.db.query(UID).findOne({ orderBy: { seq: 'desc' } });
    // Every chain's head is anchored, the newest event's among them.
    expect(verdict).toMatchObject({
      ok: true,
      keyed: verdict.count,
      legacy: 0,
      anchoredSeq: last.seq,
    });
    const { createHash, createHmac } = await import('node:crypto');
    const { canonicalJson } = await import('../../plugins/recognition/shared/domain/audit-chain');
    // An intruder with database access appends a well-formed event to a chain: they can hash it, not key it.
    const forged = {
      seq: last.seq + 1,
      at: new Date().toISOString(),
      actor: 'ke-gian@example.com',
      actorRole: 'approver',
      action: 'recognise',
      subjectType: 'registration',
      subjectId: 'x',
      unitCode: null,
      jurisdiction: last.jurisdiction,
      chain: last.chain,
      before: null,
      after: { state: 'recognised' },
      prevHash: last.hash,
    };
    for (const hash of [
      createHash('sha256').update(canonicalJson(forged)).digest('hex'),
      createHmac('sha256', 'khoa-doan-bua').update(canonicalJson(forged)).digest('hex'),
    ]) {
      const row = await strapi.db.query(UID).create({ data: { ...forged, hash } });
      expect(await audit.verify()).toMatchObject({ ok: false, problem: { seq: last.seq + 1 } });
      await strapi.db.connection('recognition_audit_events').where({ id: row.id }).del();
    }
    expect((await audit.verify()).ok).toBe(true);
    // Cutting off the tail leaves a chain that is whole in itself; the anchor outside the database tells.
    await strapi.db.connection('recognition_audit_events').where({ id: last.id }).del();
    const cut = await audit.verify();
    expect(cut).toMatchObject({ ok: false, problem: { seq: last.seq } });
    expect(cut.problem.problem).toContain('nhật ký bị cắt');
    await strapi.db.connection('recognition_audit_events').insert(
      await (async () => {
        const { id: _id, ...rest } = last;
        const cols = await strapi.db.connection('recognition_audit_events').columnInfo();
        const row: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(rest)) {
          const col = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
          if (col in cols)
            row[col] =
              v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
        }
        return row;
      })(),
    );
    expect((await audit.verify()).ok).toBe(true);
  });
}
