// People, not e-mail addresses: four-eyes and separation of duties compare the person behind an
// account. A council member's admin account cannot recognise what they scored, even after its
// e-mail changes; a user holding the secretariat and approver roles who recorded the vote and
// proposed a unit is refused at the second step; an approver who did neither recognises it.
import { expect, it } from 'vitest';
import { adminToken, atTime, ensureStaff, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';
const YEAR = 2031;

export function dutiesTests(getApp: () => TestApp) {
  it('refuses recognition to whoever scored, recorded the vote or proposed, by person, whatever the account or e-mail', async () => {
    const { strapi, baseUrl } = getApp();
    await atTime(strapi, `${YEAR}-12-01T03:00:00Z`, async () => {
      const dt = await strapi.db
        .query('api::jurisdiction.jurisdiction')
        .findOne({ where: { slug: 'dong-thap' } });
      const upRole = await strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'council-member' } });
      const members: { email: string; id: number; token: string }[] = [];
      // Council member 1 is the approver of this province, imported over HTTP as a council member
      // by the e-mail of their admin account: the import attaches the portal account to the same
      // person (before, it made a second person, and four-eyes no longer saw them).
      const linkedId = await ensureStaff(strapi, {
        email: 'pheduyet.hd1@duties.test',
        roleCode: 'dienhinh-approver',
        jurisdictions: ['dong-thap'],
      });
      // One user with both staff roles (who imports, records the vote and proposes), and an approver who takes no other step.
      const dualId = await ensureStaff(strapi, {
        email: 'kiemnhiem@duties.test',
        roleCode: 'dienhinh-secretariat',
        jurisdictions: ['dong-thap'],
      });
      const approverRole = await strapi.db
        .query('admin::role')
        .findOne({ where: { code: 'dienhinh-approver' } });
      const secretariatRole = await strapi.db
        .query('admin::role')
        .findOne({ where: { code: 'dienhinh-secretariat' } });
      await strapi
        .service('admin::user')
        .updateById(dualId, { roles: [secretariatRole.id, approverRole.id] });
      const dual = await adminToken(getApp(), 'kiemnhiem@duties.test', PASSWORD);
      const importCsv = async (csv: string) => {
        const form = new FormData();
        form.append('jurisdiction', 'dong-thap');
        form.append('dryRun', 'false');
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'hoi-dong.csv');
        const res = await fetch(`${baseUrl}/recognition/accounts/import`, {
          method: 'POST',
          headers: { authorization: `Bearer ${dual}` },
          body: form,
        });
        return (await res.json()).data;
      };
      // Staff of another province (Huế's secretariat) cannot be imported without Huế's consent.
      const foreign = await importCsv(
        'full_name,email,role,unit_code\nThư Ký Huế,thuky@dienhinh.local,thành viên hội đồng,\n',
      );
      expect(foreign).toMatchObject({ ok: false, created: 0 });
      expect(foreign.errors[0].reason).toContain('là cán bộ của hue');
      const imported = await importCsv(
        'full_name,email,role,unit_code\nPhê Duyệt Một,pheduyet.hd1@duties.test,thành viên hội đồng,\n',
      );
      expect(imported).toMatchObject({ ok: true, created: 1 });
      const linkedPerson = await strapi.db
        .query('plugin::recognition.person')
        .findOne({ where: { adminUser: { id: linkedId } }, populate: ['user'] });
      expect(linkedPerson.user?.email).toBe('pheduyet.hd1@duties.test');
      expect(
        await strapi.db
          .query('plugin::recognition.person')
          .count({ where: { user: { id: linkedPerson.user.id } } }),
      ).toBe(1);
      members.push({
        email: 'pheduyet.hd1@duties.test',
        id: linkedPerson.user.id,
        token: strapi
          .plugin('users-permissions')
          .service('jwt')
          .issue({ id: linkedPerson.user.id }),
      });
      for (const n of [2, 3]) {
        const email = `hoidong.dt${n}@duties.test`;
        const user = await strapi.plugin('users-permissions').service('user').add({
          username: email,
          email,
          password: PASSWORD,
          provider: 'local',
          confirmed: true,
          blocked: false,
          role: upRole.id,
        });
        await strapi.db
          .query('plugin::recognition.membership')
          .create({ data: { user: user.id, role: 'council_member', jurisdiction: dt.id } });
        members.push({
          email,
          id: user.id,
          token: strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }),
        });
      }
      await ensureStaff(strapi, {
        email: 'pheduyet.khac@duties.test',
        roleCode: 'dienhinh-approver',
        jurisdictions: ['dong-thap'],
      });
      const linked = await adminToken(getApp(), 'pheduyet.hd1@duties.test', PASSWORD);
      const clean = await adminToken(getApp(), 'pheduyet.khac@duties.test', PASSWORD);

      // Two Đồng Tháp communes submitted for the year, with full self-scores.
      const set: any = await strapi.documents('api::criteria-set.criteria-set').findFirst({
        filters: { code: 'MAU-XA-PHUONG' },
        sort: [{ version: 'desc' }],
        populate: { groups: { populate: { criteria: { populate: ['subItems'] } } } },
      });
      const full: Record<string, unknown> = {};
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
      const plan = await strapi.db
        .query('api::plan.plan')
        .findOne({ where: { slug: 'dong-thap-67-kh-ubnd', publishedAt: { $notNull: true } } });
      const units = await strapi.db.query('api::unit.unit').findMany({
        where: { jurisdiction: { id: dt.id }, kind: 'xa' },
        orderBy: { code: 'desc' },
        limit: 2,
      });
      const ids: string[] = [];
      for (const u of units) {
        const setRow = await strapi.db
          .query('api::criteria-set.criteria-set')
          .findOne({ where: { documentId: set.documentId, publishedAt: { $notNull: true } } });
        const reg = await strapi.db.query('plugin::recognition.registration').create({
          data: {
            unit: u.id,
            year: YEAR,
            plan: plan.id,
            criteriaSet: (setRow ?? set).id,
            state: 'submitted',
            uniqueKey: `${u.documentId}:${YEAR}`,
            selfMarks: full,
            dossier: {},
            evidence: {},
            conflicts: [],
          },
        });
        ids.push(reg.documentId);
      }
      const call = async (
        token: string,
        method: string,
        path: string,
        body?: unknown,
        headers: Record<string, string> = {},
      ) => {
        const res = await fetch(`${baseUrl}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            ...headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: res.status, body: await res.json() };
      };
      const ok = (r: { status: number; body: unknown }) =>
        expect(r.status, JSON.stringify(r.body)).toBe(200);

      ok(
        await call(dual, 'POST', '/recognition/councils', {
          jurisdiction: 'dong-thap',
          year: YEAR,
          name: 'Hội đồng thẩm định thử',
          members: members.map((m, i) => ({ email: m.email, name: `Thành viên ${i + 1}` })),
          chairEmail: members[0].email,
          secretaryEmail: members[1].email,
        }),
      );
      for (const id of ids) {
        ok(await call(dual, 'POST', `/recognition/registrations/${id}/start-appraisal`));
        for (const m of members)
          ok(
            await call(m.token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
              marks: full,
            }),
          );
      }
      const council = await strapi.db
        .query('plugin::recognition.council')
        .findOne({ where: { year: YEAR, jurisdiction: { id: dt.id } } });
      ok(
        await call(dual, 'POST', '/recognition/meetings', {
          council: council.documentId,
          startedAt: `${YEAR}-11-30T08:00:00+07:00`,
          endedAt: `${YEAR}-11-30T10:00:00+07:00`,
          place: 'Đồng Tháp',
          attendance: members.map((m) => ({ email: m.email, present: true })),
          votes: ids.map((registration) => ({
            registration,
            for: 3,
            against: 0,
            abstain: members.length - 3,
          })),
          conclusion: 'Thống nhất đề nghị công nhận',
        }),
      );
      for (const id of ids)
        ok(await call(dual, 'POST', `/recognition/registrations/${id}/propose`));

      const recognise = (token: string, id: string) =>
        call(
          token,
          'POST',
          '/recognition/recognise',
          { registrations: [id] },
          { 'idempotency-key': `duties-${id}-${token.slice(-8)}-${Math.random()}` },
        );
      // The person who recorded the vote and proposed, now acting as approver: refused at the second step.
      const second = await recognise(dual, ids[0]);
      expect(second.status).toBe(403);
      expect(second.body.error.details.code).toBe('separation-of-duties');
      expect(second.body.error.message).toContain('tách bạch nhiệm vụ');
      // The council member's own admin account: refused (four-eyes), and still after changing its e-mail.
      const scored = await recognise(linked, ids[1]);
      expect(scored.status).toBe(403);
      expect(scored.body.error.details.code).toBe('four-eyes');
      // The approver changes their own e-mail over HTTP, as an insider would: nothing changes.
      const changed = await fetch(`${baseUrl}/admin/users/me`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${linked}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ten-moi@duties.test' }),
      });
      expect(changed.status).toBe(200);
      const renamed = await adminToken(getApp(), 'ten-moi@duties.test', PASSWORD);
      const again = await recognise(renamed, ids[1]);
      expect(again.status).toBe(403);
      expect(again.body.error.details.code).toBe('four-eyes');
      // An approver who took no step recognises both.
      for (const id of ids) ok(await recognise(clean, id));
      expect((await strapi.plugin('recognition').service('audit').verify()).ok).toBe(true);
    });
  });
}
