// One dossier before a council, as the HTTP tests of appraisal need it: three council members
// signed in to the portal, a secretariat and an approver of Đồng Tháp, a ward's registration
// submitted with full self-marks against the sample set, the year's council set up and
// appraisal started. Call inside the test's `atTime`; `tag` keeps each test's accounts apart.
import { expect } from 'vitest';
import { adminToken, ensureCouncilMember, ensureStaff, portalToken, type TestApp } from './strapi';

const PASSWORD = 'Test@12345';

export async function dossierBeforeCouncil(app: TestApp, YEAR: number, tag: string) {
  const { strapi, baseUrl } = app;
  const getApp = () => app;
  const dt = await strapi.db
    .query('api::jurisdiction.jurisdiction')
    .findOne({ where: { slug: 'dong-thap' } });
  const members: { email: string; token: string }[] = [];
  for (const email of [
    `hoidong.${tag}1@${tag}.test`,
    `hoidong.${tag}2@${tag}.test`,
    `hoidong.${tag}3@${tag}.test`,
  ]) {
    await ensureCouncilMember(strapi, email, 'dong-thap', PASSWORD);
    members.push({ email, token: await portalToken(strapi, email) });
  }
  await ensureStaff(strapi, {
    email: `thuky.${tag}@${tag}.test`,
    roleCode: 'dienhinh-secretariat',
    jurisdictions: ['dong-thap'],
  });
  await ensureStaff(strapi, {
    email: `pheduyet.${tag}@${tag}.test`,
    roleCode: 'dienhinh-approver',
    jurisdictions: ['dong-thap'],
  });
  const sec = await adminToken(getApp(), `thuky.${tag}@${tag}.test`, PASSWORD);
  const approver = await adminToken(getApp(), `pheduyet.${tag}@${tag}.test`, PASSWORD);

  const set: any = await strapi.documents('api::criteria-set.criteria-set').findFirst({
    filters: { code: 'MAU-XA-PHUONG' },
    sort: [{ version: 'desc' }],
    status: 'published',
    populate: {
      groups: { populate: { criteria: { populate: ['subItems'] } } },
      threshold: true,
    },
  });
  const criteria = set.groups.flatMap((g: { criteria: any[] }) => g.criteria);
  const full: Record<string, any> = {};
  for (const c of criteria) {
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
  const pointsCriteria = criteria.filter((c: any) => c.scoring === 'points');
  const plan = await strapi.db
    .query('api::plan.plan')
    .findOne({ where: { slug: 'dong-thap-67-kh-ubnd', publishedAt: { $notNull: true } } });
  const unit = await strapi.db.query('api::unit.unit').findOne({
    where: { jurisdiction: { id: dt.id }, kind: 'phuong' },
    orderBy: { code: 'asc' },
  });
  const reg = await strapi.db.query('plugin::recognition.registration').create({
    data: {
      unit: unit.id,
      year: YEAR,
      plan: plan.id,
      criteriaSet: set.id,
      state: 'submitted',
      uniqueKey: `${unit.documentId}:${YEAR}`,
      selfMarks: full,
      dossier: {},
      evidence: {},
      conflicts: [],
    },
  });
  const id = reg.documentId;

  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const ok = (r: { status: number; body: unknown }) =>
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  ok(
    await call(sec, 'POST', '/recognition/councils', {
      jurisdiction: 'dong-thap',
      year: YEAR,
      name: 'Hội đồng thẩm định thử',
      members: members.map((m, i) => ({ email: m.email, name: `Thành viên ${i + 1}` })),
      chairEmail: members[0].email,
      secretaryEmail: members[1].email,
    }),
  );
  ok(await call(sec, 'POST', `/recognition/registrations/${id}/start-appraisal`));
  return { id, members, sec, approver, full, criteria, pointsCriteria, dt, call, ok };
}
