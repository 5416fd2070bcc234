// What the portal starts from and how it is served: who the caller is, an officer's home (years
// with the next deadline and next step, years open to register with the plan's rule and last
// year's result), the registration view with its checklist and files, the council's criteria;
// every answer held to the schema the portal parses it with. Portal accounts: nobody registers
// themselves, and "quên mật khẩu" mails a Vietnamese link to the portal's page. The built portal
// is served at /portal with its own policy, deep links and compressed assets.
import { expect, it } from 'vitest';
import * as schemas from '../../plugins/recognition/shared/contracts/portal-responses';
import * as adminSchemas from '../../plugins/recognition/shared/contracts/responses';
import type { Mailbox } from '../helpers/smtp';
import {
  adminToken,
  ensureOfficer,
  ensureStaff,
  fullMarksOf,
  portalToken,
  selectRegistrant,
  type TestApp,
} from '../helpers/strapi';

export function portalHomeTests(getApp: () => TestApp, getMailbox: () => Mailbox) {
  let submitted = '';
  const call = async (token: string | null, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${getApp().baseUrl}/api/recognition${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
    });
    return {
      status: res.status,
      body: res.headers.get('content-type')?.includes('json') ? await res.json() : null,
    };
  };

  it('shows an officer the recognitions carried over from before the unit’s registrations were kept here, with their certificate', async () => {
    const { strapi } = getApp();
    const unit = await strapi.db.query('api::unit.unit').findOne({
      where: { jurisdiction: { slug: 'hue' }, kind: 'phuong' },
      orderBy: { code: 'desc' },
    });
    const officer = await ensureOfficer(strapi, 'canbo.truoc@home.test', unit.code);
    // Written as the seed carries earlier years over (no registration behind it).
    await strapi.db.query('plugin::recognition.recognition').create({
      data: {
        unit: unit.id,
        year: 2019,
        status: 'recognised',
        serial: 'TRUOC-2019-0001',
        decisionNumber: '09/QĐ-UBND',
        decisionDate: '2019-12-09',
        certificateStatus: 'issued',
      },
    });
    const res = await call(officer, 'GET', '/home');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const home = schemas.officerHome.parse(res.body.data);
    expect(home.earlier).toContainEqual({
      year: 2019,
      serial: 'TRUOC-2019-0001',
      status: 'recognised',
      decisionNumber: '09/QĐ-UBND',
      decisionDate: '2019-12-09',
      certificateUrl: expect.stringMatching(
        /\/api\/recognition\/certificates\/TRUOC-2019-0001\/pdf$/,
      ),
      verifyUrl: expect.stringMatching(/\/verify\/TRUOC-2019-0001$/),
    });
  });

  it('tells an officer who they are, which years are open with the rule and last year’s result, and what is next on each', async () => {
    const { strapi } = getApp();
    const clock = strapi.plugin('recognition').service('clock');
    const realNow = clock.now;
    clock.now = () => new Date('2026-01-05T02:00:00Z');
    try {
      const duongNo = await portalToken(strapi, 'canbo.duongno@dienhinh.local');
      const me = schemas.me.parse((await call(duongNo, 'GET', '/me')).body.data);
      expect(me).toMatchObject({
        role: 'unit_officer',
        unit: { code: '19909', jurisdiction: { slug: 'hue' } },
      });
      const before = schemas.officerHome.parse((await call(duongNo, 'GET', '/home')).body.data);
      expect(before.today).toBe('2026-01-05');
      const open = before.options.find((o) => o.year === 2026)!;
      expect(open).toMatchObject({
        plan: '487/KH-UBND',
        eligible: { ok: true },
        previous: { year: 2025, classificationLabel: 'Xuất sắc' },
        deadline: { kind: 'registration', date: '2026-01-10', daysLeft: 5 },
      });
      expect(open.rule).toMatch(/Xuất sắc.*II\.2/);
      // A unit whose last year was "Khá" reads why it cannot register, before it tries.
      const kimLong = await strapi.db.query('api::unit.unit').findOne({ where: { code: '19774' } });
      await strapi.db
        .query('api::unit-result.unit-result')
        .create({ data: { unit: kimLong.id, year: 2025, anttSafe: true, classification: 'kha' } });
      const kha = await ensureOfficer(strapi, 'canbo.19774@portal.test', '19774');
      const homeKha = await call(kha, 'GET', '/home');
      const refused = schemas.officerHome
        .parse(homeKha.body.data)
        .options.find((o) => o.year === 2026)!;
      expect(refused.eligible).toEqual({
        ok: false,
        reasons: [expect.stringContaining('xếp loại Khá, cần từ Xuất sắc')],
      });
      expect((await call(kha, 'POST', '/registrations', { year: 2026 })).status).toBe(422);

      const reg = schemas.registered.parse(
        (await call(duongNo, 'POST', '/registrations', { year: 2026 })).body.data,
      );
      const home = schemas.officerHome.parse((await call(duongNo, 'GET', '/home')).body.data);
      expect(home.options.map((o) => o.year)).not.toContain(2026);
      // The plan has the province choose its registrants: the card says the unit waits for it.
      expect(home.registrations.find((r) => r.documentId === reg.documentId)).toMatchObject({
        state: 'registered',
        stateLabel: 'Đã đăng ký',
        allowedEvents: [],
        nextStep: expect.stringContaining('Ủy ban nhân dân lựa chọn'),
        recognition: null,
      });
      await selectRegistrant(strapi, reg.documentId);
      const chosen = schemas.officerHome.parse((await call(duongNo, 'GET', '/home')).body.data);
      expect(chosen.registrations.find((r) => r.documentId === reg.documentId)).toMatchObject({
        state: 'selected',
        stateLabel: 'Được lựa chọn xây dựng',
        allowedEvents: ['self_assess', 'forecast'],
        // The first duty ahead: the expected-results report (Huế: 10/11), then the dossier.
        nextDeadline: { kind: 'expected_results', date: '2026-11-10', daysLeft: 309 },
        nextStep:
          'Tự chấm điểm theo bộ tiêu chí và đính kèm minh chứng; gửi báo cáo dự kiến kết quả (đạt, duy trì hay năm nay chưa đạt).',
        recognition: null,
      });

      // The view: everything to self-score is missing, and a file appears with its own route.
      let view = schemas.registrationView.parse(
        (await call(duongNo, 'GET', `/registrations/${reg.documentId}`)).body.data,
      );
      const criteria = schemas.criteria.parse(
        (await call(duongNo, 'GET', `/registrations/${reg.documentId}/criteria`)).body.data,
      );
      expect(view.gaps.missingSelfScores).toEqual(
        criteria.groups.flatMap((g) => g.criteria.map((c) => c.code)),
      );
      expect(criteria.name).not.toBe(criteria.code);
      const form = new FormData();
      form.append(
        'file',
        new Blob([Buffer.from('%PDF-1.4 minh chứng')], { type: 'application/pdf' }),
        'minh-chung.pdf',
      );
      expect(
        (await call(duongNo, 'POST', `/registrations/${reg.documentId}/evidence/1.1`, form)).status,
      ).toBe(200);
      await call(duongNo, 'PUT', `/registrations/${reg.documentId}/self-scores`, {
        marks: { '1.1': { points: 5 } },
      });
      view = schemas.registrationView.parse(
        (await call(duongNo, 'GET', `/registrations/${reg.documentId}`)).body.data,
      );
      expect(view.files.evidence['1.1'][0]).toMatchObject({
        name: 'minh-chung.pdf',
        url: expect.stringMatching(
          new RegExp(`^/api/recognition/registrations/${reg.documentId}/files/[a-f0-9]{32}$`),
        ),
      });
      expect(view.gaps.missingSelfScores).not.toContain('1.1');
      expect(view.state).toBe('self_assessed');
      // The checklist and the machine agree: submitting now is refused for the same missing criteria.
      const submit = await call(duongNo, 'POST', `/registrations/${reg.documentId}/submit`);
      expect(submit.status).toBe(422);
      expect(submit.body.error.details.missing).toEqual(view.gaps.missingSelfScores);
      // Every criterion scored, the list is empty and submission goes through.
      const full = fullMarksOf(criteria);
      expect(
        (
          await call(duongNo, 'PUT', `/registrations/${reg.documentId}/self-scores`, {
            marks: full,
          })
        ).status,
      ).toBe(200);
      // And each dossier part the plan requires (whatever the plan asks in this suite).
      for (const part of view.gaps.missingDossierParts) {
        const paper = new FormData();
        paper.append(
          'file',
          new Blob([Buffer.from('%PDF-1.4 hồ sơ')], { type: 'application/pdf' }),
          `${part.code}.pdf`,
        );
        expect(
          (
            await call(
              duongNo,
              'POST',
              `/registrations/${reg.documentId}/dossier/${part.code}`,
              paper,
            )
          ).status,
        ).toBe(200);
      }
      expect(
        schemas.registrationView.parse(
          (await call(duongNo, 'GET', `/registrations/${reg.documentId}`)).body.data,
        ).gaps,
      ).toEqual({ missingSelfScores: [], missingDossierParts: [], missingEvidence: [] });
      expect((await call(duongNo, 'POST', `/registrations/${reg.documentId}/submit`)).status).toBe(
        200,
      );
      submitted = reg.documentId;
    } finally {
      clock.now = realNow;
    }
  });

  it('tells officers and council members, in the portal and by e-mail, of the secretariat’s request and of appraisal starting', async () => {
    const { strapi, baseUrl } = getApp();
    expect(submitted).not.toBe('');
    const officer = await portalToken(strapi, 'canbo.duongno@dienhinh.local');
    const member = await portalToken(strapi, 'hoidong3@dienhinh.local');
    const unreadOf = async (t: string) =>
      schemas.notifications.parse((await call(t, 'GET', '/notifications')).body.data);
    const officerBefore = (await unreadOf(officer)).unread;
    const memberBefore = (await unreadOf(member)).unread;
    const admin = async (email: string, path: string, body: unknown) => {
      const token = await adminToken(getApp(), email);
      const res = await fetch(`${baseUrl}/recognition${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    // The appraisal page offers the request on the dossier (the server says so).
    const overview = await (
      await fetch(`${baseUrl}/recognition/appraisal?jurisdiction=hue&year=2026&pageSize=200`, {
        headers: { authorization: `Bearer ${await adminToken(getApp(), 'thuky@dienhinh.local')}` },
      })
    ).json();
    expect(
      adminSchemas.appraisalOverview
        .parse(overview.data)
        .registrations.find((r) => r.documentId === submitted)?.canRequest,
    ).toBe(true);
    const mails = getMailbox().messages.length;
    const message = 'Đề nghị bổ sung biên bản họp dân về phong trào năm 2026.';
    expect(
      (
        await admin('thuky@dienhinh.local', `/registrations/${submitted}/requests`, {
          message: 'ngắn',
        })
      ).status,
    ).toBe(400);
    const officers = await strapi.db
      .query('plugin::recognition.membership')
      .count({ where: { role: 'unit_officer', unit: { code: '19909' } } });
    expect(
      (await admin('thuky@dienhinh.local', `/registrations/${submitted}/requests`, { message }))
        .body.data,
    ).toEqual({ sent: officers });
    await ensureStaff(strapi, {
      email: 'thuky.ngoai@portal.test',
      roleCode: 'dienhinh-secretariat',
      jurisdictions: ['dong-thap'],
    });
    expect(
      (await admin('thuky.ngoai@portal.test', `/registrations/${submitted}/requests`, { message }))
        .status,
    ).toBe(403);
    const clock = strapi.plugin('recognition').service('clock');
    const realNow = clock.now;
    clock.now = () => new Date('2026-12-01T02:00:00Z');
    try {
      expect(
        (await admin('thuky@dienhinh.local', `/registrations/${submitted}/start-appraisal`, {}))
          .status,
      ).toBe(200);
    } finally {
      clock.now = realNow;
    }
    const notes = await unreadOf(officer);
    expect(notes.unread).toBe(officerBefore + 2);
    expect(notes.items.slice(0, 2).map((n) => [n.kind, n.title])).toEqual([
      ['state', 'Hồ sơ năm 2026 của Phường Dương Nỗ: Đang thẩm định'],
      ['request', 'Yêu cầu của thư ký về hồ sơ năm 2026'],
    ]);
    expect(notes.items[1]).toMatchObject({ body: message, link: `/portal/ho-so/${submitted}` });
    const memberNotes = await unreadOf(member);
    expect(memberNotes.unread).toBe(memberBefore + 1);
    expect(memberNotes.items[0]).toMatchObject({
      kind: 'appraisal',
      link: `/portal/tham-dinh/${submitted}`,
    });
    // Each notice also went by e-mail, to its own recipient only.
    const sent = () =>
      getMailbox()
        .messages.slice(mails)
        .map((m) => `${JSON.stringify(m.to)} ${m.subject}`);
    const got = (to: string, subject: string) =>
      sent().some((m) => m.includes(to) && m.includes(subject));
    await expect
      .poll(
        () =>
          got('canbo.duongno@dienhinh.local', '[Điển hình] Yêu cầu của thư ký về hồ sơ năm 2026') &&
          got('canbo.duongno@dienhinh.local', 'Đang thẩm định') &&
          got('hoidong3@dienhinh.local', 'đưa ra thẩm định'),
      )
      .toBe(true);
    // One recipient per e-mail: nobody learns who else was told.
    expect(
      getMailbox()
        .messages.slice(mails)
        .every((m) => [m.to].flat().flatMap((a: any) => a?.value ?? []).length === 1),
    ).toBe(true);
    // Read: one, then the rest; nobody else's notices are touched or listed.
    expect(
      schemas.notificationsRead.parse(
        (await call(officer, 'POST', '/notifications/read', { ids: [notes.items[0].documentId] }))
          .body.data,
      ),
    ).toEqual({ read: 1 });
    expect(
      (await call(member, 'POST', '/notifications/read', { ids: [notes.items[1].documentId] })).body
        .data,
    ).toEqual({ read: 0 });
    expect((await unreadOf(officer)).unread).toBe(officerBefore + 1);
    await call(officer, 'POST', '/notifications/read', {});
    expect((await unreadOf(officer)).unread).toBe(0);
    expect((await unreadOf(member)).items.map((n) => n.documentId)).not.toContain(
      notes.items[1].documentId,
    );
  });

  it('gives a council member the criteria of the dossiers in their council, in the portal’s shapes', async () => {
    const { strapi } = getApp();
    const member = await portalToken(strapi, 'hoidong3@dienhinh.local');
    expect(schemas.me.parse((await call(member, 'GET', '/me')).body.data)).toMatchObject({
      role: 'council_member',
      unit: null,
      jurisdictions: [{ slug: 'hue' }],
    });
    const first = await call(member, 'GET', '/council/registrations');
    const list = schemas.councilList.parse(first.body.data);
    expect(list.length).toBeGreaterThan(0);
    // A page at a time, newest year first, with where it sits.
    const all = await call(member, 'GET', '/council/registrations?pageSize=200');
    expect(all.body.meta.pagination).toMatchObject({
      page: 1,
      pageSize: 200,
      total: all.body.data.length,
    });
    const second = await call(member, 'GET', '/council/registrations?pageSize=1&page=2');
    expect(second.body.data.map((r: { documentId: string }) => r.documentId)).toEqual(
      all.body.data.slice(1, 2).map((r: { documentId: string }) => r.documentId),
    );
    expect(all.body.data.map((r: { year: number }) => r.year)).toEqual(
      [...all.body.data.map((r: { year: number }) => r.year)].sort((a, b) => b - a),
    );
    expect((await call(member, 'GET', '/council/registrations?page=0')).status).toBe(400);
    const id = list[0].documentId;
    schemas.councilDossier.parse(
      (await call(member, 'GET', `/council/registrations/${id}`)).body.data,
    );
    expect(
      schemas.criteria.parse(
        (await call(member, 'GET', `/council/registrations/${id}/criteria`)).body.data,
      ).groups.length,
    ).toBeGreaterThan(0);
    expect(
      (
        await call(
          await portalToken(strapi, 'canbo.duongno@dienhinh.local'),
          'GET',
          `/council/registrations/${id}/criteria`,
        )
      ).status,
    ).toBe(403);
  });

  it('lets nobody open an account by themselves, and mails a Vietnamese reset link to the portal', async () => {
    const { baseUrl } = getApp();
    const post = (path: string, body: unknown) =>
      fetch(`${baseUrl}/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const self = await post('/local/register', {
      username: 'tu.dang.ky',
      email: 'tu.dang.ky@portal.test',
      password: 'MatKhau@123',
    });
    expect(self.status).toBe(400);
    expect((await self.json()).error.message).toContain('Không tự đăng ký tài khoản được');
    const wrong = await post('/local', {
      identifier: 'canbo.19774@portal.test',
      password: 'Sai@12345',
    });
    expect((await wrong.json()).error.message).toBe(
      'Sai thư điện tử (tên đăng nhập) hoặc mật khẩu.',
    );
    const mails = getMailbox().messages.length;
    expect((await post('/forgot-password', { email: 'canbo.19774@portal.test' })).status).toBe(200);
    // (Notices of earlier steps may still be arriving: the reset mail is found by its recipient.)
    const resetMail = () =>
      getMailbox()
        .messages.slice(mails)
        .find((m) => JSON.stringify(m.to).includes('canbo.19774@portal.test'));
    await expect.poll(() => !!resetMail()).toBe(true);
    const mail = resetMail()!;
    expect(mail.subject).toBe('Đặt lại mật khẩu cổng điển hình');
    const code = new RegExp(`${baseUrl}/portal/dat-mat-khau\\?code=([a-f0-9]+)`).exec(
      String(mail.html),
    )?.[1];
    expect(code, String(mail.html)).toBeTruthy();
    expect(
      (
        await post('/reset-password', {
          code,
          password: 'MatKhau@Moi2',
          passwordConfirmation: 'MatKhau@Moi2',
        })
      ).status,
    ).toBe(200);
    expect(
      (await post('/local', { identifier: 'canbo.19774@portal.test', password: 'MatKhau@Moi2' }))
        .status,
    ).toBe(200);
  });

  it('serves the built portal at /portal: its own policy, deep links to the page, compressed assets, nothing outside its folder', async () => {
    const { baseUrl } = getApp();
    const page = await fetch(`${baseUrl}/portal`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(await (await fetch(`${baseUrl}/portal/ho-so/abc/tieu-chi`)).text()).toBe(html);
    const script = /src="(\/portal\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${baseUrl}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    for (const escape of [
      '/portal/..%2f..%2fpackage.json',
      '/portal/%2e%2e/%2e%2e/%2e%2e/package.json',
    ]) {
      const res = await fetch(`${baseUrl}${escape}`);
      expect(await res.text()).not.toContain('"dependencies"');
    }
    expect((await fetch(`${baseUrl}/portal/assets/khong-co.js`)).status).toBe(404);
  });
}
