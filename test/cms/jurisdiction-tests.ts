// Staff are scoped to their provinces: Đồng Tháp's editor, secretariat and approver, against every
// admin route and every Content-Manager action on Huế's records, are refused (403
// out-of-jurisdiction), lists show only Đồng Tháp, and nothing in the database changes; the same
// staff still work on their own province.
import { expect, it } from 'vitest';
import { adminToken, ensureStaff, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';
const TABLES = [
  'api::plan.plan',
  'api::unit.unit',
  'api::unit-result.unit-result',
  'api::jurisdiction.jurisdiction',
  'api::criteria-set.criteria-set',
  'plugin::recognition.registration',
  'plugin::recognition.council',
  'plugin::recognition.meeting',
  'plugin::recognition.recognition',
  'plugin::recognition.extension',
  'plugin::recognition.decision',
  'plugin::recognition.membership',
];

export function jurisdictionTests(getApp: () => TestApp) {
  const staff = {
    editor: 'bientap.dt@test.local',
    secretariat: 'thuky.dt@test.local',
    approver: 'pheduyet.dt@test.local',
  };

  async function tokens() {
    const { strapi } = getApp();
    const out: Record<keyof typeof staff, string> = { editor: '', secretariat: '', approver: '' };
    for (const [role, email] of Object.entries(staff) as [keyof typeof staff, string][]) {
      await ensureStaff(strapi, {
        email,
        roleCode: `dienhinh-${role}`,
        jurisdictions: ['dong-thap'],
        lastname: 'Đồng Tháp',
      });
      out[role] = await adminToken(getApp(), email, PASSWORD);
    }
    return out;
  }

  const snapshot = async (strapi: any) => {
    const out: Record<string, unknown> = {};
    for (const uid of TABLES)
      out[uid] = await strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } });
    out.audit = await strapi.db
      .query('plugin::recognition.audit-event')
      .count({ where: { action: { $ne: 'document.preview' } } });
    return JSON.stringify(out);
  };

  it('refuses Đồng Tháp’s staff every admin route on Huế’s records, lists only Đồng Tháp, and changes nothing', async () => {
    const { strapi, baseUrl } = getApp();
    const t = await tokens();
    const hueReg = await strapi.db
      .query('plugin::recognition.registration')
      .findOne({ where: { unit: { jurisdiction: { slug: 'hue' } } }, orderBy: { id: 'asc' } });
    const hueRec = await strapi.db
      .query('plugin::recognition.recognition')
      .findOne({ where: { unit: { jurisdiction: { slug: 'hue' } } } });
    const hueCouncil = await strapi.db
      .query('plugin::recognition.council')
      .findOne({ where: { jurisdiction: { slug: 'hue' } } });
    const hueDecision = await strapi.db
      .query('plugin::recognition.decision')
      .findOne({ where: { jurisdiction: { slug: 'hue' } } });
    // A national set (no province) is out of a province editor's scope as much as Huế's own would be.
    const huePlan = await strapi.db
      .query('api::plan.plan')
      .findOne({ where: { jurisdiction: { slug: 'hue' } } });
    const hueSet = await strapi.db
      .query('api::criteria-set.criteria-set')
      .findOne({ where: { jurisdiction: { id: { $null: true } } } });
    expect(hueReg && hueRec && hueCouncil && hueDecision).toBeTruthy();
    const when = { startedAt: '2026-03-01T08:00:00+07:00', endedAt: '2026-03-01T10:00:00+07:00' };
    const routes: [keyof typeof staff, string, string, unknown?][] = [
      ['approver', 'POST', '/recognition/certificates/issue', { jurisdiction: 'hue', year: 2026 }],
      ['approver', 'GET', '/recognition/certificates/status?jurisdiction=hue&year=2026'],
      ['editor', 'GET', '/recognition/plans/outdated?jurisdiction=hue&year=2026'],
      ['editor', 'POST', '/recognition/plans/apply', { jurisdiction: 'hue', year: 2026 }],
      ['editor', 'POST', `/recognition/criteria-sets/${hueSet.documentId}/versions`],
      ['editor', 'GET', `/recognition/plans/${huePlan.documentId}/publish-check`],
      ['secretariat', 'GET', '/recognition/appraisal?jurisdiction=hue&year=2026'],
      [
        'secretariat',
        'POST',
        '/recognition/councils',
        {
          jurisdiction: 'hue',
          year: 2026,
          name: 'Hội đồng giả',
          members: [
            { name: 'A', email: 'a@x.vn' },
            { name: 'B', email: 'b@x.vn' },
            { name: 'C', email: 'c@x.vn' },
          ],
          chairEmail: 'a@x.vn',
          secretaryEmail: 'b@x.vn',
        },
      ],
      [
        'secretariat',
        'POST',
        '/recognition/meetings',
        {
          council: hueCouncil.documentId,
          ...when,
          place: 'Huế',
          attendance: (hueCouncil.members as { email: string }[]).map((m) => ({
            email: m.email,
            present: true,
          })),
          votes: [{ registration: hueReg.documentId, for: 3, against: 0, abstain: 0 }],
          conclusion: 'Thử phạm vi',
        },
      ],
      ['secretariat', 'POST', `/recognition/registrations/${hueReg.documentId}/start-appraisal`],
      ['secretariat', 'POST', `/recognition/registrations/${hueReg.documentId}/propose`],
      [
        'secretariat',
        'POST',
        `/recognition/registrations/${hueReg.documentId}/not-propose`,
        { reason: 'Thử phạm vi tỉnh' },
      ],
      ['approver', 'GET', '/recognition/approval-queue?jurisdiction=hue&year=2026'],
      ['approver', 'POST', '/recognition/recognise', { registrations: [hueReg.documentId] }],
      [
        'approver',
        'POST',
        `/recognition/registrations/${hueReg.documentId}/reject`,
        { reason: 'Thử phạm vi tỉnh' },
      ],
      [
        'approver',
        'POST',
        `/recognition/registrations/${hueReg.documentId}/revoke`,
        { reason: 'Thử phạm vi tỉnh', number: '99/QĐ-UBND', date: '2026-12-20', signer: 0 },
      ],
      ['approver', 'GET', '/recognition/decisions?jurisdiction=hue&year=2026'],
      ['approver', 'GET', `/recognition/decisions/${hueDecision.documentId}/pdf`],
      [
        'approver',
        'POST',
        `/recognition/decisions/${hueDecision.documentId}/issue`,
        { number: '99/QĐ-UBND', date: '2026-12-20', signer: 0, recipients: ['Lưu: VT.'] },
      ],
      [
        'approver',
        'GET',
        '/recognition/reports/six-month?jurisdiction=hue&year=2026&cutOff=2026-06-30&format=pdf',
      ],
      [
        'approver',
        'POST',
        `/recognition/decisions/${hueDecision.documentId}/amend`,
        { changes: ['Thử phạm vi tỉnh'], number: '98/QĐ-UBND', date: '2026-12-20', signer: 0 },
      ],
      [
        'approver',
        'POST',
        '/recognition/extensions',
        {
          unitCode: '20056',
          year: 2026,
          kind: 'registration',
          until: '2026-12-31',
          reason: 'Thử phạm vi tỉnh',
        },
      ],
      ['approver', 'GET', '/recognition/audit/history?unit=20056'],
      ['approver', 'GET', '/recognition/audit/events?jurisdiction=hue&year=2026'],
      ['approver', 'GET', `/recognition/audit/history?registration=${hueReg.documentId}`],
      ['approver', 'GET', '/recognition/dashboard?jurisdiction=hue&year=2026'],
      ['approver', 'GET', '/recognition/recognitions?jurisdiction=hue'],
      ['approver', 'GET', '/recognition/audit/export?jurisdiction=hue&year=2026&format=xlsx'],
      ['secretariat', 'GET', '/recognition/audit/export?jurisdiction=hue&year=2026&format=pdf'],
      [
        'secretariat',
        'GET',
        `/recognition/registrations/${hueReg.documentId}/files/${'0'.repeat(32)}`,
      ],
      ['approver', 'GET', '/recognition/reports/annual?jurisdiction=hue&year=2026'],
      ['editor', 'GET', '/recognition/documents/plan/hue-487-kh-ubnd/pdf'],
      ['approver', 'GET', `/recognition/documents/certificate/${hueRec.serial}/pdf`],
      ['secretariat', 'GET', `/recognition/documents/dossier-report/${hueReg.documentId}/pdf`],
      ['approver', 'GET', '/recognition/documents/report/hue:2026:annual/pdf'],
    ];
    const before = await snapshot(strapi);
    const wrong: string[] = [];
    for (const [role, method, path, body] of routes) {
      const headers: Record<string, string> = {
        authorization: `Bearer ${t[role]}`,
        'idempotency-key': `scope-${path.length}`,
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status !== 403 || !text.includes('out-of-jurisdiction'))
        wrong.push(`${role} ${method} ${path}: ${res.status} ${text.slice(0, 160)}`);
    }
    // The unit import names the province in a multipart body.
    const form = new FormData();
    form.append('jurisdiction', 'hue');
    form.append('file', new Blob(['code,name,kind\nX1,Xã Thử,xa\n']), 'units.csv');
    const imp = await fetch(`${baseUrl}/recognition/units/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.editor}` },
      body: form,
    });
    if (imp.status !== 403) wrong.push(`editor import into hue: ${imp.status}`);
    expect(wrong).toEqual([]);
    expect(await snapshot(strapi)).toBe(before);

    // Lists show Đồng Tháp only.
    const list = async (role: keyof typeof staff, path: string) =>
      (
        await (
          await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${t[role]}` } })
        ).json()
      ).data;
    expect(
      (await list('editor', '/recognition/jurisdictions')).map((j: { slug: string }) => j.slug),
    ).toEqual(['dong-thap']);
    const recognitions = await list('approver', '/recognition/recognitions');
    expect(
      recognitions.every(
        (r: { jurisdiction: { slug: string } }) => r.jurisdiction.slug === 'dong-thap',
      ),
    ).toBe(true);
    // The nation, for them, is their own province: the dashboard's lines and the report's rows.
    expect(
      (await list('editor', '/recognition/national/dashboard?year=2026')).provinces.map(
        (p: { slug: string }) => p.slug,
      ),
    ).toEqual(['dong-thap']);
    // And their own province still works.
    expect(
      (
        await fetch(`${baseUrl}/recognition/approval-queue?jurisdiction=dong-thap&year=2026`, {
          headers: { authorization: `Bearer ${t.approver}` },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await fetch(`${baseUrl}/recognition/dashboard?jurisdiction=dong-thap&year=2026`, {
          headers: { authorization: `Bearer ${t.editor}` },
        })
      ).status,
    ).toBe(200);
    // A staff account with no province sees nothing and is told why.
    await ensureStaff(strapi, {
      email: 'nowhere@test.local',
      roleCode: 'dienhinh-approver',
      jurisdictions: [],
    });
    const nowhere = await fetch(
      `${baseUrl}/recognition/approval-queue?jurisdiction=dong-thap&year=2026`,
      {
        headers: {
          authorization: `Bearer ${await adminToken(getApp(), 'nowhere@test.local', PASSWORD)}`,
        },
      },
    );
    expect(nowhere.status).toBe(403);
    expect((await nowhere.json()).error.message).toContain('chưa được giao tỉnh / thành phố');
    const nowhereNation = await fetch(`${baseUrl}/recognition/national/dashboard?year=2026`, {
      headers: {
        authorization: `Bearer ${await adminToken(getApp(), 'nowhere@test.local', PASSWORD)}`,
      },
    });
    expect(nowhereNation.status).toBe(403);
    expect((await nowhereNation.json()).error.message).toContain('chưa được giao tỉnh / thành phố');
  });

  it('limits the Content Manager the same way: Huế’s plan, units, results and province are out of Đồng Tháp’s editor’s reach', async () => {
    const { strapi, baseUrl } = getApp();
    const t = await tokens();
    const headers = { authorization: `Bearer ${t.editor}`, 'content-type': 'application/json' };
    const cm = (uid: string, rest = '') =>
      `${baseUrl}/content-manager/collection-types/${uid}${rest}`;
    const huePlan = (
      await strapi.db.query('api::plan.plan').findOne({ where: { slug: 'hue-487-kh-ubnd' } })
    ).documentId;
    const dtPlan = (
      await strapi.db.query('api::plan.plan').findOne({ where: { slug: 'dong-thap-67-kh-ubnd' } })
    ).documentId;
    const hueUnit = await strapi.db.query('api::unit.unit').findOne({ where: { code: '20056' } });
    const dtUnit = await strapi.db
      .query('api::unit.unit')
      .findOne({ where: { jurisdiction: { slug: 'dong-thap' } } });
    const hue = await strapi.db
      .query('api::jurisdiction.jurisdiction')
      .findOne({ where: { slug: 'hue' } });
    const hueResult = await strapi.db
      .query('api::unit-result.unit-result')
      .findOne({ where: { unit: { jurisdiction: { slug: 'hue' } } } });
    expect(hueResult).toBeTruthy();
    const attempts: [string, string, unknown?][] = [
      ['GET', cm('api::plan.plan', `/${huePlan}`)],
      ['PUT', cm('api::plan.plan', `/${huePlan}`), { title: 'Sửa trái phạm vi' }],
      ['POST', cm('api::plan.plan', `/${huePlan}/actions/publish`), {}],
      ['DELETE', cm('api::plan.plan', `/${huePlan}`)],
      ['GET', cm('api::unit.unit', `/${hueUnit.documentId}`)],
      ['PUT', cm('api::unit.unit', `/${hueUnit.documentId}`), { name: 'Xã Đổi Tên' }],
      ['DELETE', cm('api::unit.unit', `/${hueUnit.documentId}`)],
      [
        'POST',
        cm('api::unit.unit'),
        {
          code: 'SCOPE-1',
          name: 'Xã Lấn Tỉnh',
          kind: 'xa',
          jurisdiction: { connect: [{ documentId: hue.documentId }] },
        },
      ],
      [
        'PUT',
        cm('api::unit.unit', `/${dtUnit.documentId}`),
        { jurisdiction: { connect: [{ documentId: hue.documentId }] } },
      ],
      ['GET', cm('api::unit-result.unit-result', `/${hueResult.documentId}`)],
      [
        'PUT',
        cm('api::unit-result.unit-result', `/${hueResult.documentId}`),
        { anttDecisionRef: 'sửa' },
      ],
      ['GET', cm('api::jurisdiction.jurisdiction', `/${hue.documentId}`)],
      [
        'PUT',
        cm('api::jurisdiction.jurisdiction', `/${hue.documentId}`),
        { issuerName: 'GIẢ MẠO' },
      ],
    ];
    const before = await snapshot(strapi);
    const wrong: string[] = [];
    for (const [method, url, body] of attempts) {
      const res = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (res.status !== 403)
        wrong.push(
          `${method} ${url.replace(baseUrl, '')}: ${res.status} ${(await res.text()).slice(0, 160)}`,
        );
    }
    expect(wrong).toEqual([]);
    expect(await snapshot(strapi)).toBe(before);
    // Lists hold only Đồng Tháp's records; their own plan opens.
    const plans = await (
      await fetch(cm('api::plan.plan', '?page=1&pageSize=100'), { headers })
    ).json();
    expect(plans.results.map((p: { slug: string }) => p.slug)).toEqual(['dong-thap-67-kh-ubnd']);
    const units = await (
      await fetch(cm('api::unit.unit', '?page=1&pageSize=10&populate=jurisdiction'), { headers })
    ).json();
    expect(units.pagination.total).toBe(
      await strapi.db
        .query('api::unit.unit')
        .count({ where: { jurisdiction: { slug: 'dong-thap' } } }),
    );
    expect((await fetch(cm('api::plan.plan', `/${dtPlan}`), { headers })).status).toBe(200);
  });
}
