// The tiers below the province over HTTP: a commune's officer sees its own unit and the
// organisations it manages, a department's officer its own and the units it directs; each
// registers one on the unit's behalf (audited so), the commune's yearly minimum counts it, and
// each is refused the other's units.
import { expect, it } from 'vitest';
import { ensureOfficer, portalToken, type TestApp } from '../helpers/strapi';

export function tierTests(getApp: () => TestApp) {
  it('shows a commune its organisations and a department its units, registers one on their behalf, and refuses the other’s', async () => {
    const { strapi, baseUrl } = getApp();
    const login = (email: string) => portalToken(strapi, email);
    const call = (token: string, path: string, body?: unknown) =>
      fetch(`${baseUrl}/api/recognition${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const home = async (token: string) => {
      const res = await call(token, '/tier/home?year=2035');
      expect(res.status).toBe(200);
      return (await res.json()).data;
    };
    const commune = await login('canbo.thanhthuy@dienhinh.local');
    const department = await login('canbo.sogd@dienhinh.local');

    const c = await home(commune);
    expect(c.tier).toBe('commune');
    expect(c.unit).toMatchObject({ code: '19969', jurisdiction: { slug: 'hue' } });
    expect(c.items.map((u: { code: string }) => u.code)).toEqual(['19969', 'HUE-DN-001']);
    expect(c.items[0].own).toBe(true);
    expect(c.items[1]).toMatchObject({ registration: null, canRegister: true });
    expect(c.target).toEqual({ minimum: 1, clause: 'III.9', registered: 0, met: false });
    const d = await home(department);
    expect(d.tier).toBe('department');
    expect(d.items.map((u: { code: string }) => u.code)).toEqual(['HUE-CQ-001', 'HUE-GD-001']);
    expect(d.target).toBeNull();
    // Huế's plan sets no report of its communes; Đồng Tháp's asks its communes and departments
    // for a six-month and an annual report every year (and the implementation report in 2026).
    expect(c.reportDuties).toEqual([]);
    const anBinh = await ensureOfficer(
      strapi,
      'canbo.xa29954@tier.test',
      '29954',
      'Test@12345',
      'commune_officer',
    );
    const dt = await home(anBinh);
    expect(dt.target).toBeNull();
    expect(dt.reportDuties.map((r: { kind: string; date: string }) => [r.kind, r.date])).toEqual([
      ['six_month_report', '2035-06-10'],
      ['annual_report', '2035-11-20'],
    ]);

    // A year no other test counts. Huế's plan asks for last year's result: Dệt May Huế was safe
    // and excellent in 2034.
    const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: 'HUE-DN-001' } });
    await strapi.db.query('api::unit-result.unit-result').create({
      data: { unit: unit.id, year: 2034, anttSafe: true, classification: 'xuat_sac' },
    });
    const res = await call(commune, '/tier/units/HUE-DN-001/registrations', { year: 2035 });
    expect(res.status).toBe(200);
    const made = (await res.json()).data;
    expect(made).toMatchObject({ state: 'registered', year: 2035 });
    const event = await strapi.db
      .query('plugin::recognition.audit-event')
      .findOne({ where: { subjectId: made.documentId, action: 'register' } });
    expect(event.actor).toBe('canbo.thanhthuy@dienhinh.local');
    expect(event.after).toMatchObject({ state: 'registered', onBehalf: true });
    const again = await home(commune);
    expect(again.target).toMatchObject({ registered: 1, met: true });
    expect(again.items[1]).toMatchObject({
      registration: { state: 'registered' },
      canRegister: false,
    });

    // The other commune's organisation, the other's units, another department's: refused by name.
    for (const [token, code] of [
      [commune, 'HUE-GD-001'],
      [commune, 'HUE-CQ-001'],
      [department, 'HUE-DN-001'],
      [department, 'DT-GD-001'],
    ] as const) {
      const refused = await call(token, `/tier/units/${code}/registrations`, { year: 2035 });
      expect(refused.status, code).toBe(403);
      const body = await refused.json();
      expect(body.error.details.code).toBe('out-of-jurisdiction');
      expect(body.error.message).toMatch(/ngoài phạm vi được giao \((xã|sở, ban, ngành) /);
    }
    // A unit's own officer has no tier door.
    const officer = await login('canbo.aluoi1@dienhinh.local');
    expect((await call(officer, '/tier/home')).status).toBe(403);
  });
}
