// The rules "one workflow core" added, driven over HTTP as users would: an unpublished draft
// changes nothing live, a published version applies to new registrations and to existing ones
// only when an editor applies it (audited); nothing of a year happens before it begins; a unit
// that fails a knock-out cannot be proposed; a conflict voids the member's earlier score; a plan
// without certificates issues none.
import { expect, it } from 'vitest';
import { createCriteriaSetVersion } from '../../cms/src/lib/criteria-lock';
import * as schemas from '../../plugins/recognition/shared/contracts/responses';
import { adminToken, ensureStaff, selectRegistrant, type TestApp } from '../helpers/strapi';
import { sampleCriteriaSet } from '../helpers/criteria-sets';

const PASSWORD = 'Test@12345';
const PLAN = 'api::plan.plan';
type Marks = Record<
  string,
  { points?: number; passed?: boolean; subItems?: Record<string, number>; note?: string }
>;

export function coreRulesTests(getApp: () => TestApp) {
  const app = () => getApp();
  const setNow = (iso: string) => {
    app().strapi.plugin('recognition').service('clock').now = () => new Date(iso);
  };
  async function call(method: string, path: string, token?: string, body?: unknown) {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${app().baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : null,
    };
  }
  // users-permissions allows only a few logins per address in five minutes, and the suite logs
  // in many times: the tests take a session token from users-permissions' own JWT service.
  const apiLogin = async (email: string) => {
    const user = await app()
      .strapi.db.query('plugin::users-permissions.user')
      .findOne({ where: { email } });
    expect(user, email).toBeTruthy();
    return app().strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }) as string;
  };

  /** A Huế commune with an officer account and an "Xuất sắc", ANTT-safe result for the year before. */
  async function officerOf(code: string, resultYear: number) {
    const { strapi } = app();
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code } });
    const email = `canbo.${code}@core.test`;
    if (!(await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } }))) {
      const role = await strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'unit-officer' } });
      const user = await strapi.plugin('users-permissions').service('user').add({
        username: email,
        email,
        password: PASSWORD,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      });
      await strapi.db
        .query('plugin::recognition.membership')
        .create({ data: { user: user.id, role: 'unit_officer', unit: unit.id } });
    }
    await strapi.db.query('api::unit-result.unit-result').create({
      data: { unit: unit.id, year: resultYear, anttSafe: true, classification: 'xuat_sac' },
    });
    return apiLogin(email);
  }

  async function huePlan() {
    return app()
      .strapi.documents(PLAN)
      .findFirst({
        filters: { slug: 'hue-487-kh-ubnd' },
        status: 'published',
        populate: { calendar: true },
      });
  }
  async function setRegistrationDay(day: number, publish: boolean) {
    const plan: any = await huePlan();
    const calendar = plan.calendar.map(({ id: _id, ...e }: any) =>
      e.kind === 'registration' ? { ...e, day } : e,
    );
    await app()
      .strapi.documents(PLAN)
      .update({ documentId: plan.documentId, data: { calendar } as never });
    if (publish) await app().strapi.documents(PLAN).publish({ documentId: plan.documentId });
  }
  const registrationDeadline = async (token: string, id: string) =>
    (await call('GET', `/api/recognition/registrations/${id}/deadlines`, token)).body.data.find(
      (d: { kind: string }) => d.kind === 'registration',
    ).date;

  it('keeps live rules to the published version a registration bound to; an editor applies a new one to the year, audited', async () => {
    const { strapi } = app();
    setNow('2026-11-28T03:00:00Z');
    const officer = await officerOf('19909', 2026);
    const first = await call('POST', '/api/recognition/registrations', officer, { year: 2027 });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const id = first.body.data.documentId as string;
    expect(await registrationDeadline(officer, id)).toBe('2027-01-10');

    // An unpublished draft changes nothing live.
    await setRegistrationDay(25, false);
    expect(await registrationDeadline(officer, id)).toBe('2027-01-10');

    // Nothing of 2027 happens in November 2026.
    const early = await call('PUT', `/api/recognition/registrations/${id}/self-scores`, officer, {
      marks: {},
    });
    expect(early.status).toBe(409);
    expect(early.body.error.details.code).toBe('year-not-started');
    expect(early.body.error.message).toContain('Năm 2027 chưa bắt đầu');
    // Nor can a 2027 registration be recognised today: the refusal names the year.
    const recognising = await fetch(`${app().baseUrl}/recognition/recognise`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await adminToken(app(), 'pheduyet@dienhinh.local', PASSWORD)}`,
        'content-type': 'application/json',
        'idempotency-key': 'core-2027-early-1',
      },
      body: JSON.stringify({ registrations: [id] }),
    });
    const refusedEarly = await recognising.json();
    expect(recognising.status).toBe(409);
    expect(refusedEarly.error).toMatchObject({ details: { code: 'year-not-started', year: 2027 } });
    expect(refusedEarly.error.message).toContain('Năm 2027 chưa bắt đầu: chỉ được công nhận');
    // And the officer is offered no step of 2027 yet.
    expect(
      (await call('GET', `/api/recognition/registrations/${id}`, officer)).body.data.allowedEvents,
    ).toEqual([]);

    // Published: new registrations follow it; existing ones keep theirs until the editor applies it.
    await strapi.documents(PLAN).publish({ documentId: (await huePlan())!.documentId });
    expect(await registrationDeadline(officer, id)).toBe('2027-01-10');
    const other = await officerOf('20014', 2026);
    const second = await call('POST', '/api/recognition/registrations', other, { year: 2027 });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(await registrationDeadline(other, second.body.data.documentId)).toBe('2027-01-25');

    const editor = await adminToken(app(), 'bientap@dienhinh.local', PASSWORD);
    const outdated = await call(
      'GET',
      '/recognition/plans/outdated?jurisdiction=hue&year=2027',
      editor,
    );
    // Ours, and any other 2027 registration of Huế made earlier in the suite under the old rules.
    const stale = outdated.body.data.registrations as number;
    expect(stale).toBeGreaterThanOrEqual(1);
    const applied = await call('POST', '/recognition/plans/apply', editor, {
      jurisdiction: 'hue',
      year: 2027,
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body.data.applied).toBe(stale);
    expect(
      (await call('GET', '/recognition/plans/outdated?jurisdiction=hue&year=2027', editor)).body
        .data.registrations,
    ).toBe(0);
    expect(await registrationDeadline(officer, id)).toBe('2027-01-25');
    const approver = await adminToken(app(), 'pheduyet@dienhinh.local', PASSWORD);
    const history = await call('GET', `/recognition/audit/history?registration=${id}`, approver);
    const apply = history.body.data.find((e: { action: string }) => e.action === 'plan.apply');
    expect(apply).toMatchObject({ actorRole: 'editor', actor: 'bientap@dienhinh.local' });
    expect(JSON.stringify(apply.before)).toContain('"day":10');
    expect(JSON.stringify(apply.after)).toContain('"day":25');
    expect((await call('GET', '/recognition/audit/verify', approver)).body.data.ok).toBe(true);

    await setRegistrationDay(10, true);
  });

  it('refuses to propose a unit that fails a knock-out, naming it; voids a conflicted member’s score; issues no certificate for a plan without them', async () => {
    const { strapi } = app();
    const set: any = await strapi.documents('api::criteria-set.criteria-set').findFirst({
      filters: { code: 'MAU-XA-PHUONG' },
      sort: [{ version: 'desc' }],
      populate: { groups: { populate: { criteria: { populate: ['subItems'] } } } },
    });
    const full: Marks = {};
    for (const c of set.groups.flatMap((g: { criteria: any[] }) => g.criteria)) {
      full[c.code] =
        c.scoring === 'pass_fail'
          ? { passed: true }
          : c.subItems?.length
            ? {
                subItems: Object.fromEntries(
                  c.subItems.map((i: any) => [i.code, Number(i.maxPoints)]),
                ),
              }
            : { points: Number(c.maxPoints) };
    }
    const knockedOut: Marks = { ...full, '3.1': { passed: false } };
    const plan: any = await huePlan();

    // Unit K registers under the published plan; unit N registers while it issues no certificates.
    setNow('2026-01-05T02:00:00Z');
    const k = await officerOf('19804', 2025);
    const kId = (await call('POST', '/api/recognition/registrations', k, { year: 2026 })).body.data
      .documentId as string;
    await strapi
      .documents(PLAN)
      .update({ documentId: plan.documentId, data: { issuesCertificates: false } as never });
    await strapi.documents(PLAN).publish({ documentId: plan.documentId });
    const n = await officerOf('19975', 2025);
    const nId = (await call('POST', '/api/recognition/registrations', n, { year: 2026 })).body.data
      .documentId as string;
    await strapi
      .documents(PLAN)
      .update({ documentId: plan.documentId, data: { issuesCertificates: true } as never });
    await strapi.documents(PLAN).publish({ documentId: plan.documentId });
    for (const id of [kId, nId]) await selectRegistrant(strapi, id);

    setNow('2026-11-20T02:00:00Z');
    for (const [token, id, marks] of [
      [k, kId, knockedOut],
      [n, nId, full],
    ] as const) {
      expect(
        (await call('PUT', `/api/recognition/registrations/${id}/self-scores`, token, { marks }))
          .status,
      ).toBe(200);
      // The demo plan lists a required request; attach it through the registration's own rules.
      const required = (await call('GET', `/api/recognition/registrations/${id}`, token)).body.data
        .requiredDossierParts as { code: string }[];
      for (const part of required) {
        const form = new FormData();
        form.append(
          'file',
          new Blob([Buffer.from('%PDF-1.4 hồ sơ')], { type: 'application/pdf' }),
          'ho-so.pdf',
        );
        await fetch(`${app().baseUrl}/api/recognition/registrations/${id}/dossier/${part.code}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        });
      }
      const submitted = await call('POST', `/api/recognition/registrations/${id}/submit`, token);
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    }
    const secretariat = await adminToken(app(), 'thuky@dienhinh.local', PASSWORD);
    for (const id of [kId, nId])
      expect(
        (await call('POST', `/recognition/registrations/${id}/start-appraisal`, secretariat))
          .status,
      ).toBe(200);

    // Every council member scores; one scores K low, then declares a conflict: that score no longer counts.
    const council: any = await strapi.db
      .query('plugin::recognition.council')
      .findOne({ where: { year: 2026, jurisdiction: { slug: 'hue' } } });
    const members = (council.members as { email: string }[]).map((m) => m.email);
    for (const email of members) {
      const token = await apiLogin(email);
      const low =
        email === members[0]
          ? { ...knockedOut, '1.1': { points: 0, note: 'Chưa có nghị quyết' } }
          : knockedOut;
      expect(
        (
          await call('PUT', `/api/recognition/registrations/${kId}/council-scores`, token, {
            marks: low,
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await call('PUT', `/api/recognition/registrations/${nId}/council-scores`, token, {
            marks: full,
          })
        ).status,
      ).toBe(200);
    }
    const before = Number(
      (
        await strapi.db
          .query('plugin::recognition.registration')
          .findOne({ where: { documentId: kId } })
      ).councilTotal,
    );
    const conflict = await call(
      'POST',
      `/api/recognition/registrations/${kId}/conflicts`,
      await apiLogin(members[0]),
      { reason: 'Vợ công tác tại Ủy ban nhân dân xã' },
    );
    expect(conflict.status, JSON.stringify(conflict.body)).toBe(200);
    expect(conflict.body.data.voidedScores).toBe(1);
    const after = Number(
      (
        await strapi.db
          .query('plugin::recognition.registration')
          .findOne({ where: { documentId: kId } })
      ).councilTotal,
    );
    expect(after).toBeGreaterThan(before);
    expect(
      await strapi.db
        .query('plugin::recognition.council-score')
        .count({ where: { uniqueKey: `${kId}:${members[0]}` } }),
    ).toBe(0);
    expect(
      (
        await call(
          'PUT',
          `/api/recognition/registrations/${kId}/council-scores`,
          await apiLogin(members[0]),
          { marks: full },
        )
      ).body.error.details.code,
    ).toBe('conflict-of-interest');

    const meeting = await call('POST', '/recognition/meetings', secretariat, {
      council: council.documentId,
      startedAt: '2026-11-21T08:00:00+07:00',
      endedAt: '2026-11-21T09:00:00+07:00',
      place: 'Công an thành phố Huế',
      attendance: members.map((email) => ({ email, present: true })),
      votes: [kId, nId].map((registration) => ({
        registration,
        for: 3,
        against: 0,
        abstain: members.length - 3,
      })),
      conclusion: 'Hội đồng biểu quyết các hồ sơ.',
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(200);

    const refused = await call('POST', `/recognition/registrations/${kId}/propose`, secretariat);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.code).toBe('threshold-not-met');
    expect(refused.body.error.message).toContain(
      'không đạt tiêu chí loại trừ 3.1 "[Mẫu] Không để xảy ra',
    );
    expect(
      (
        await strapi.db
          .query('plugin::recognition.registration')
          .findOne({ where: { documentId: kId } })
      ).state,
    ).toBe('under_appraisal');

    // N passes, is recognised, and gets no certificate: its plan version issues none.
    expect(
      (await call('POST', `/recognition/registrations/${nId}/propose`, secretariat)).status,
    ).toBe(200);
    setNow('2026-12-08T02:00:00Z');
    const approver2 = await adminToken(app(), 'pheduyet2@test.local', PASSWORD);
    const recognised = await (
      await fetch(`${app().baseUrl}/recognition/recognise`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${approver2}`,
          'content-type': 'application/json',
          'idempotency-key': 'core-no-certificate-1',
        },
        body: JSON.stringify({ registrations: [nId] }),
      })
    ).json();
    expect(recognised.data.recognised[0]).toMatchObject({
      documentId: nId,
      state: 'recognised',
      certificate: false,
    });
    const rec = await strapi.db
      .query('plugin::recognition.recognition')
      .findOne({ where: { serial: recognised.data.recognised[0].serial } });
    expect(rec.certificateStatus).toBe('none');
    expect((await call('GET', `/api/recognition/certificates/${rec.serial}/pdf`)).status).toBe(404);
    const pending = await strapi
      .plugin('recognition')
      .service('documents')
      .pendingCertificates('hue', 2026);
    expect(pending.todo).not.toContain(rec.serial);

    // The Idempotency-Key is the caller's own and bound to its request: the same request replays,
    // another request under it is refused, and another approver's same key replays nothing.
    const again = (token: string, registrations: string[]) =>
      fetch(`${app().baseUrl}/recognition/recognise`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'core-no-certificate-1',
        },
        body: JSON.stringify({ registrations }),
      });
    const replayed = await again(approver2, [nId]);
    expect(replayed.status).toBe(200);
    expect((await replayed.json()).data).toMatchObject({
      replayed: true,
      recognised: [{ serial: rec.serial }],
    });
    const otherBody = await again(approver2, [kId]);
    expect(otherBody.status).toBe(422);
    expect((await otherBody.json()).error.details.code).toBe('idempotency-mismatch');
    await ensureStaff(strapi, {
      email: 'pheduyet3@test.local',
      roleCode: 'dienhinh-approver',
      jurisdictions: ['hue'],
      firstname: 'Phê duyệt',
      lastname: 'Ba',
      password: PASSWORD,
    });
    const otherUser = await again(await adminToken(app(), 'pheduyet3@test.local', PASSWORD), [nId]);
    expect(otherUser.status).toBe(409);
    expect(JSON.stringify(await otherUser.json())).not.toContain(rec.serial);
  });

  it('answers the admin routes in the shapes the admin’s API client parses them with', async () => {
    const secretariat = await adminToken(app(), 'thuky@dienhinh.local', PASSWORD);
    const approver = await adminToken(app(), 'pheduyet@dienhinh.local', PASSWORD);
    const editor = await adminToken(app(), 'bientap@dienhinh.local', PASSWORD);
    const routes: [
      string,
      string,
      { safeParse(v: unknown): { success: boolean; error?: unknown } },
    ][] = [
      [approver, '/recognition/approval-queue?jurisdiction=hue&year=2026', schemas.approvalQueue],
      [secretariat, '/recognition/appraisal?jurisdiction=hue&year=2026', schemas.appraisalOverview],
      [approver, '/recognition/dashboard?jurisdiction=hue&year=2026', schemas.dashboard],
      [approver, '/recognition/audit/history?unit=20056', schemas.auditHistory],
      [approver, '/recognition/audit/verify', schemas.auditVerdict],
      [approver, '/recognition/recognitions', schemas.recognitionList],
      [
        approver,
        '/recognition/certificates/status?jurisdiction=hue&year=2026',
        schemas.issueStatus,
      ],
      [editor, '/recognition/jurisdictions', schemas.jurisdictionList],
    ];
    for (const [token, path, schema] of routes) {
      const res = await call('GET', path, token);
      expect(res.status, path).toBe(200);
      const parsed = schema.safeParse(res.body.data);
      expect(parsed.success, `${path}: ${JSON.stringify(parsed.error)}`).toBe(true);
    }
    // Lists answer a page at a time, with where it sits; a page of one row is the first row of the whole.
    for (const [token, path] of [
      [approver, '/recognition/approval-queue?jurisdiction=hue&year=2026'],
      [approver, '/recognition/recognitions?jurisdiction=hue'],
    ]) {
      const whole = await call('GET', `${path}&pageSize=200`, token);
      expect(schemas.pagination.parse(whole.body.meta.pagination)).toMatchObject({
        page: 1,
        pageSize: 200,
        total: whole.body.data.length,
      });
      const one = await call('GET', `${path}&pageSize=1&page=1`, token);
      expect(one.body.data.map((r: { documentId: string }) => r.documentId)).toEqual(
        whole.body.data.slice(0, 1).map((r: { documentId: string }) => r.documentId),
      );
      expect(one.body.meta.pagination).toEqual({
        page: 1,
        pageSize: 1,
        pageCount: Math.max(1, whole.body.data.length),
        total: whole.body.data.length,
      });
      const tooMany = await call('GET', `${path}&pageSize=500`, token);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.message).toContain('Tối đa 200 dòng mỗi trang');
    }
    // The queue and the overview carry the machine's answer for the asking actor.
    const paged = await call(
      'GET',
      '/recognition/appraisal?jurisdiction=hue&year=2026&pageSize=200',
      secretariat,
    );
    const overview = schemas.appraisalOverview.parse(paged.body.data);
    expect(paged.body.meta.pagination).toMatchObject({
      page: 1,
      pageSize: 200,
      total: overview.registrations.length,
    });
    for (const r of overview.registrations) expect(Array.isArray(r.allowedEvents)).toBe(true);
    expect(
      overview.registrations.some(
        (r) => r.state === 'under_appraisal' && r.allowedEvents.includes('not_propose'),
      ),
    ).toBe(true);
    // "Đề nghị" is offered only on a dossier every member has scored and the council voted for.
    for (const r of overview.registrations.filter((x) => x.allowedEvents.includes('propose')))
      expect(
        r.yetToScore.length === 0 && !!r.vote && r.vote.for > r.vote.against,
        r.unit?.name,
      ).toBe(true);
    // The meeting's list is the server's, whatever the page: the dossiers under appraisal with every score in and no vote yet.
    const ready = overview.registrations
      .filter((r) => r.state === 'under_appraisal' && r.yetToScore.length === 0 && !r.vote)
      .map((r) => r.documentId);
    const waiting = overview.registrations.filter(
      (r) => r.state === 'under_appraisal' && r.yetToScore.length > 0,
    );
    const onePage = schemas.appraisalOverview.parse(
      (
        await call(
          'GET',
          '/recognition/appraisal?jurisdiction=hue&year=2026&pageSize=1',
          secretariat,
        )
      ).body.data,
    );
    expect(onePage.registrations.length).toBe(1);
    expect(onePage.forVote.map((r) => r.documentId)).toEqual(ready);
    expect(onePage.waiting.count).toBe(waiting.length);
  });

  it('lets each province keep its own criteria sets: a Huế registration locks Huế’s set only, and versions are numbered per province', async () => {
    const { strapi } = app();
    const SETS = 'api::criteria-set.criteria-set';
    const national = await sampleCriteriaSet(strapi);
    const own = async (jurisdiction: string) =>
      strapi.documents(SETS).create({
        data: {
          groups: national.groups,
          threshold: national.threshold,
          code: 'RIENG-XA-PHUONG',
          version: 1,
          title: `Bộ tiêu chí riêng của ${jurisdiction}`,
          legalBasis: national.legalBasis,
          effectiveFrom: '2030-01-01',
          effectiveTo: '2030-12-31',
          isSample: true,
          xa: true,
          phuong: true,
          jurisdiction: (
            await strapi.db
              .query('api::jurisdiction.jurisdiction')
              .findOne({ where: { slug: jurisdiction } })
          ).documentId,
        } as never,
      });
    const hue: any = await own('hue');
    const dongThap: any = await own('dong-thap');

    setNow('2026-11-28T03:00:00Z');
    const officer = await officerOf('19996', 2029);
    const registered = await call('POST', '/api/recognition/registrations', officer, {
      year: 2030,
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    const detail = await call(
      'GET',
      `/api/recognition/registrations/${registered.body.data.documentId}`,
      officer,
    );
    expect(detail.body.data.criteriaSet).toEqual({
      code: 'RIENG-XA-PHUONG',
      title: 'Bộ tiêu chí riêng của hue',
      version: 1,
    });

    const lockOf = async (documentId: string) =>
      (await strapi.db.query(SETS).findOne({ where: { documentId }, select: ['lockedAt'] }))
        .lockedAt;
    expect(await lockOf(hue.documentId)).toBeTruthy();
    expect(await lockOf(dongThap.documentId)).toBeNull();
    await expect(
      strapi
        .documents(SETS)
        .update({ documentId: hue.documentId, data: { title: 'Sửa' } as never }),
    ).rejects.toThrow(/đã được dùng để chấm điểm/);
    expect(
      (
        await strapi.documents(SETS).update({
          documentId: dongThap.documentId,
          data: { title: 'Bộ tiêu chí riêng của Đồng Tháp (sửa)' } as never,
        })
      ).title,
    ).toBe('Bộ tiêu chí riêng của Đồng Tháp (sửa)');

    expect((await createCriteriaSetVersion(strapi, hue.documentId)).version).toBe(2);
    expect((await createCriteriaSetVersion(strapi, dongThap.documentId)).version).toBe(2);
  });
}
