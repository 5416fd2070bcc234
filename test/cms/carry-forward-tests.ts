// Carrying a year into the next: the units' results in bulk (all or nothing with a row report, a
// dry run that writes nothing, updates on a second run, audited changes, another province
// refused, the next year's eligibility reading them), and the council copied to the next year.
import { expect, it } from 'vitest';
import * as schemas from '../../plugins/recognition/shared/contracts/responses';
import * as portal from '../../plugins/recognition/shared/contracts/portal-responses';
import { adminToken, ensureOfficer, ensureStaff, type TestApp } from '../helpers/strapi';

export function carryForwardTests(getApp: () => TestApp) {
  it(
    'imports a year’s results of a province’s units from CSV, all or nothing, and the next year’s registration reads them',
    { timeout: 60_000 },
    async () => {
      const { strapi, baseUrl } = getApp();
      const send = async (
        csv: string,
        o: { year?: string; dryRun?: string; email?: string; jurisdiction?: string } = {},
      ) => {
        const form = new FormData();
        form.append('jurisdiction', o.jurisdiction ?? 'hue');
        form.append('year', o.year ?? '2026');
        form.append('dryRun', o.dryRun ?? 'false');
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'ket-qua-2026.csv');
        const res = await fetch(`${baseUrl}/recognition/results/import`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${await adminToken(getApp(), o.email ?? 'bientap@dienhinh.local')}`,
          },
          body: form,
        });
        return { status: res.status, body: await res.json() };
      };
      const count = () =>
        strapi.db.query('api::unit-result.unit-result').count({ where: { year: 2026 } });
      const before = await count();
      const header = 'unit_code,antt_safe,antt_decision_ref,classification,classification_ref\n';
      const bad = await send(
        `${header}19819,có,QĐ 12/QĐ-CAT,Xuất sắc,\n19930,có lẽ,,khá,\nKHONG-CO,không,,,\n19819,có,,,\n`,
      );
      expect(bad.body.data).toMatchObject({ ok: false, created: 0 });
      expect(
        bad.body.data.errors.map((e: { line: number; column: string }) => `${e.line}:${e.column}`),
      ).toEqual(['3:antt_safe', '5:unit_code']);
      const unknown = schemas.resultImportReport.parse(
        (await send(`${header}KHONG-CO,không,,,\n`)).body.data,
      );
      expect(unknown.errors).toEqual([
        expect.objectContaining({
          line: 2,
          column: 'unit_code',
          reason: expect.stringContaining('không có đơn vị mã này'),
        }),
      ]);
      expect(await count()).toBe(before);

      const csv = `${header}19819,có,Quyết định 12/QĐ-CAT,Xuất sắc,Quyết định 30/QĐ-UBND\n19930,không,,khá,\n`;
      expect(
        schemas.resultImportReport.parse((await send(csv, { dryRun: 'true' })).body.data),
      ).toMatchObject({ ok: true, dryRun: true, created: 2 });
      expect(await count()).toBe(before);
      expect(schemas.resultImportReport.parse((await send(csv)).body.data)).toMatchObject({
        ok: true,
        year: 2026,
        total: 2,
        created: 2,
        updated: 0,
        unchanged: 0,
      });
      expect(await count()).toBe(before + 2);
      expect((await send(csv)).body.data).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      expect((await send(csv.replace('khá', 'xuất sắc'))).body.data).toMatchObject({
        created: 0,
        updated: 1,
        unchanged: 1,
      });
      // Audited as content changes, by the editor who imported them.
      const events = await strapi.db.query('plugin::recognition.audit-event').findMany({
        where: {
          action: { $in: ['unit-result.create', 'unit-result.update'] },
          unitCode: { $in: ['19819', '19930'] },
        },
      });
      expect(events.length).toBeGreaterThanOrEqual(3);
      expect(events.every((e: { actor: string }) => e.actor === 'bientap@dienhinh.local')).toBe(
        true,
      );
      // Another province's editor is refused.
      await ensureStaff(strapi, {
        email: 'bientap.ketqua@dongthap.test',
        roleCode: 'dienhinh-editor',
        jurisdictions: ['dong-thap'],
      });
      const refused = await send(csv, { email: 'bientap.ketqua@dongthap.test' });
      expect(refused.status).toBe(403);

      // On 5 January 2027 the one unit may register for 2027, the other reads why not.
      const clock = strapi.plugin('recognition').service('clock');
      const realNow = clock.now;
      clock.now = () => new Date('2027-01-05T02:00:00Z');
      try {
        const option = async (code: string) =>
          portal.officerHome
            .parse(
              (
                await (
                  await fetch(`${baseUrl}/api/recognition/home`, {
                    headers: {
                      authorization: `Bearer ${await ensureOfficer(strapi, `canbo.${code}@ketqua.test`, code)}`,
                    },
                  })
                ).json()
              ).data,
            )
            .options.find((o) => o.year === 2027)!;
        expect(await option('19819')).toMatchObject({
          eligible: { ok: true },
          previous: { year: 2026, anttSafe: true, classificationLabel: 'Xuất sắc' },
        });
        expect((await option('19930')).eligible).toEqual({
          ok: false,
          reasons: [expect.stringContaining('chưa đạt tiêu chuẩn "An toàn về an ninh, trật tự"')],
        });
      } finally {
        clock.now = realNow;
      }
    },
  );

  it('copies a council into the next year, once, for the secretariat of its province only', async () => {
    const { strapi, baseUrl } = getApp();
    const copy = async (email: string, body: unknown) => {
      const res = await fetch(`${baseUrl}/recognition/councils/copy`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await adminToken(getApp(), email)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    const from = await strapi.db
      .query('plugin::recognition.council')
      .findOne({ where: { year: 2026, jurisdiction: { slug: 'hue' } } });
    expect(from).toBeTruthy();
    expect(
      (
        await copy('thuky.dongthap@dienhinh.local', {
          jurisdiction: 'hue',
          fromYear: 2026,
          toYear: 2029,
        })
      ).status,
    ).toBe(403);
    expect(
      (await copy('thuky@dienhinh.local', { jurisdiction: 'hue', fromYear: 2026, toYear: 2026 }))
        .status,
    ).toBe(400);
    expect(
      (await copy('thuky@dienhinh.local', { jurisdiction: 'hue', fromYear: 2021, toYear: 2029 }))
        .body.error.message,
    ).toContain('Chưa có hội đồng thẩm định năm 2021');
    const made = await copy('thuky@dienhinh.local', {
      jurisdiction: 'hue',
      fromYear: 2026,
      toYear: 2029,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const to = await strapi.db
      .query('plugin::recognition.council')
      .findOne({ where: { year: 2029, jurisdiction: { slug: 'hue' } } });
    expect(to).toMatchObject({
      members: from.members,
      chairEmail: from.chairEmail,
      secretaryEmail: from.secretaryEmail,
      name: String(from.name).replace('2026', '2029'),
    });
    expect(
      (await copy('thuky@dienhinh.local', { jurisdiction: 'hue', fromYear: 2026, toYear: 2029 }))
        .body.error.message,
    ).toContain('Đã có hội đồng thẩm định năm 2029');
    expect(
      await strapi.db
        .query('plugin::recognition.audit-event')
        .count({ where: { action: 'council.create', subjectId: to.documentId } }),
    ).toBe(1);
  });

  it('carries a published plan to a later year as a new draft with its rules and text, for its province’s editor only', async () => {
    const { strapi, baseUrl } = getApp();
    const copy = async (email: string, body: unknown) => {
      const res = await fetch(`${baseUrl}/recognition/plans/copy`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await adminToken(getApp(), email)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    expect(
      (await copy('bientap.dongthap@dienhinh.local', { plan: 'hue-487-kh-ubnd', toYear: 2030 }))
        .body.error.details.code,
    ).toBe('out-of-jurisdiction');
    expect(
      (await copy('bientap@dienhinh.local', { plan: 'hue-487-kh-ubnd', toYear: 2020 })).status,
    ).toBe(400);
    const made = await copy('bientap@dienhinh.local', { plan: 'hue-487-kh-ubnd', toYear: 2030 });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body.data).toMatchObject({
      slug: 'hue-487-kh-ubnd-2030',
      firstYear: 2030,
      status: 'draft',
    });
    const populate = {
      sections: { populate: ['blocks'] },
      calendar: true,
      eligibility: true,
      dossierParts: true,
      legalBases: true,
      jurisdiction: true,
    } as never;
    const [src] = (await strapi
      .documents('api::plan.plan')
      .findMany({ filters: { slug: 'hue-487-kh-ubnd' }, status: 'published', populate })) as any[];
    const draft = (await strapi
      .documents('api::plan.plan')
      .findOne({ documentId: made.body.data.documentId, populate })) as any;
    const shape = (p: any) => ({
      number: p.number,
      sections: p.sections.map((x: any) => [x.heading, x.blocks.length]),
      calendar: p.calendar.map((c: any) => `${c.kind} ${c.day}/${c.month}`),
      eligibility: p.eligibility?.minimumClassification,
      legalBases: p.legalBases.length,
      jurisdiction: p.jurisdiction.slug,
    });
    expect(shape(draft)).toEqual(shape(src));
    // A draft governs nothing until the editor publishes it.
    expect(
      await strapi
        .documents('api::plan.plan')
        .findMany({ filters: { slug: 'hue-487-kh-ubnd-2030' }, status: 'published' }),
    ).toEqual([]);
    expect(
      (await copy('bientap@dienhinh.local', { plan: 'hue-487-kh-ubnd', toYear: 2030 })).body.error
        .message,
    ).toContain('Đã có kế hoạch "hue-487-kh-ubnd-2030"');
    expect(
      await strapi.db
        .query('plugin::recognition.audit-event')
        .count({ where: { action: 'plan.create', subjectId: made.body.data.documentId } }),
    ).toBe(1);
  });
}
