// The content API the portal reads: the criteria a registration is judged by, its timeline,
// removing a file before submission, and the council member's units, dossiers and files; each
// refused outside its scope (another unit, another council, after submission).
import { expect, it } from 'vitest';
import { pdfText } from '../helpers/poppler';
import type { TestApp } from '../helpers/strapi';

export function portalApiTests(getApp: () => TestApp) {
  it('serves officers their criteria and timeline and lets them remove a file until submission; serves council members their units and dossiers only', async () => {
    const { strapi, baseUrl } = getApp();
    const jwt = async (email: string) =>
      strapi
        .plugin('users-permissions')
        .service('jwt')
        .issue({
          id: (
            await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email } })
          ).id,
        }) as string;
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${baseUrl}/api/recognition${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }),
        },
        body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
      });
      return {
        status: res.status,
        body: res.headers.get('content-type')?.includes('json')
          ? await res.json()
          : await res.arrayBuffer(),
      };
    };
    const officer = await jwt('canbo.19815@upload.test');
    const other = await jwt('canbo.aluoi1@dienhinh.local');
    const mine = (await call(officer, 'GET', '/registrations')).body.data.find(
      (r: { year: number }) => r.year === 2026,
    );
    expect(mine).toBeTruthy();
    const id = mine.documentId as string;

    // The criteria as the unit is judged: groups, criteria, sub-items, maxima, knock-outs, guidance.
    const criteria = await call(officer, 'GET', `/registrations/${id}/criteria`);
    expect(criteria.status).toBe(200);
    const all = criteria.body.data.groups.flatMap((g: { criteria: unknown[] }) => g.criteria);
    expect(all.length).toBeGreaterThan(5);
    expect(all.some((c: { knockOut: boolean }) => c.knockOut)).toBe(true);
    expect(all.some((c: { scoring: string }) => c.scoring === 'pass_fail')).toBe(true);
    expect(all.some((c: { subItems: unknown[] }) => c.subItems.length > 0)).toBe(true);
    expect((await call(other, 'GET', `/registrations/${id}/criteria`)).status).toBe(403);
    // The unit's dossier report, generated for it, and for nobody else.
    const report = await fetch(
      `${baseUrl}/api/recognition/registrations/${id}/documents/dossier-report`,
      { headers: { authorization: `Bearer ${officer}` } },
    );
    expect(report.status).toBe(200);
    expect(report.headers.get('content-disposition')).toMatch(
      /^attachment; filename="bao-cao-tu-cham-19815-2026.pdf"/,
    );
    expect(pdfText(Buffer.from(await report.arrayBuffer()))).toContain('An Cựu');
    expect((await call(other, 'GET', `/registrations/${id}/documents/dossier-report`)).status).toBe(
      403,
    );
    // And its registration form, generated from the registration with last year's result.
    const form = await fetch(
      `${baseUrl}/api/recognition/registrations/${id}/documents/registration-form`,
      { headers: { authorization: `Bearer ${officer}` } },
    );
    expect(form.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ban-dang-ky-19815-2026.pdf"/,
    );
    const formText = pdfText(Buffer.from(await form.arrayBuffer())).replace(/\s+/g, ' ');
    expect(formText).toContain('BẢN ĐĂNG KÝ');
    expect(formText).toContain('Ủy ban nhân dân phường An Cựu đăng ký xây dựng phường điển hình');
    expect(formText).toContain('Kết quả năm 2025 của đơn vị: đạt tiêu chuẩn');
    // The plan as issued, in its own words (neither plan says "nhân rộng").
    expect(formText).toContain(
      'Căn cứ Kế hoạch số 487/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân thành phố Huế về xây dựng xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc;',
    );
    expect(formText).not.toContain('nhân rộng');
    // Its own tờ trình, to sign and upload: An Cựu held the title in 2025, so it asks to keep it.
    const ask = await fetch(
      `${baseUrl}/api/recognition/registrations/${id}/documents/unit-proposal`,
      { headers: { authorization: `Bearer ${officer}` } },
    );
    expect(ask.headers.get('content-disposition')).toMatch(
      /^attachment; filename="to-trinh-de-nghi-19815-2026.pdf"/,
    );
    const askText = pdfText(Buffer.from(await ask.arrayBuffer())).replace(/\s+/g, ' ');
    expect(askText).toContain('TỜ TRÌNH');
    expect(askText).toContain('Căn cứ Kế hoạch số 487/KH-UBND ngày 26/12/2025');
    expect(askText).toContain('xem xét, công nhận duy trì phường điển hình');
    expect((await call(other, 'GET', `/registrations/${id}/documents/unit-proposal`)).status).toBe(
      403,
    );
    expect((await call(officer, 'GET', `/registrations/${id}/documents/plan`)).status).toBe(400);

    // A file removed before submission, audited, and gone from the store.
    const clock = strapi.plugin('recognition').service('clock');
    const realNow = clock.now;
    clock.now = () => new Date('2026-01-05T02:00:00Z');
    try {
      const form = new FormData();
      form.append(
        'file',
        new Blob([Buffer.from('%PDF-1.4 nhầm tệp')], { type: 'application/pdf' }),
        'nham.pdf',
      );
      const added = await call(officer, 'POST', `/registrations/${id}/evidence/1.2`, form);
      expect(added.status).toBe(200);
      expect(
        (await call(other, 'DELETE', `/registrations/${id}/files/${added.body.data.id}`)).status,
      ).toBe(403);
      const removed = await call(
        officer,
        'DELETE',
        `/registrations/${id}/files/${added.body.data.id}`,
      );
      expect(removed.status, JSON.stringify(removed.body)).toBe(200);
      expect(
        (await call(officer, 'GET', `/registrations/${id}/files/${added.body.data.id}`)).status,
      ).toBe(404);
      expect(
        (await call(officer, 'DELETE', `/registrations/${id}/files/${added.body.data.id}`)).status,
      ).toBe(404);
    } finally {
      clock.now = realNow;
    }
    // The timeline, in words, without who on the staff did what.
    const timeline = await call(officer, 'GET', `/registrations/${id}/timeline`);
    expect(timeline.body.data.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['register', 'evidence.add', 'evidence.remove']),
    );
    expect(timeline.body.data[0]).toMatchObject({
      action: 'register',
      label: 'Đăng ký',
      state: { to: 'registered' },
    });
    expect(
      timeline.body.data.find((e: { action: string }) => e.action === 'evidence.remove').label,
    ).toBe('Gỡ minh chứng');
    expect(JSON.stringify(timeline.body.data)).not.toMatch(/@/);

    // Council members: the units of their own council only, each dossier with its files' routes.
    const member = await jwt('hoidong2@dienhinh.local');
    const list = await call(member, 'GET', '/council/registrations?year=2026');
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    const entry = list.body.data[0];
    expect(entry).toMatchObject({
      year: 2026,
      unit: { code: expect.any(String) },
      allowedEvents: expect.any(Array),
    });
    const dossier = await call(member, 'GET', `/council/registrations/${entry.documentId}`);
    expect(dossier.status).toBe(200);
    expect(dossier.body.data).toMatchObject({
      documentId: entry.documentId,
      selfScore: { total: expect.any(Number) },
    });
    const withFile = [
      ...(dossier.body.data.dossier ?? []),
      ...Object.values(dossier.body.data.evidence ?? {}).flat(),
    ].find((f: any) => f.url) as { url: string } | undefined;
    if (withFile)
      expect(
        (
          await fetch(`${baseUrl}${withFile.url}`, {
            headers: { authorization: `Bearer ${member}` },
          })
        ).headers.get('content-disposition'),
      ).toMatch(/^attachment;/);
    // A member of another province's council sees none of Huế's units and opens none of its dossiers.
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'council-member' } });
    const dt = await strapi.db
      .query('api::jurisdiction.jurisdiction')
      .findOne({ where: { slug: 'dong-thap' } });
    const email = 'hoidong.khac@portal.test';
    const user = await strapi.plugin('users-permissions').service('user').add({
      username: email,
      email,
      password: 'Test@12345',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
    await strapi.db
      .query('plugin::recognition.membership')
      .create({ data: { user: user.id, role: 'council_member', jurisdiction: dt.id } });
    const stranger = await jwt(email);
    expect((await call(stranger, 'GET', '/council/registrations?year=2026')).body.data).toEqual([]);
    expect((await call(stranger, 'GET', `/council/registrations/${entry.documentId}`)).status).toBe(
      403,
    );
    expect((await call(officer, 'GET', '/council/registrations')).status).toBe(403);
  });
}
