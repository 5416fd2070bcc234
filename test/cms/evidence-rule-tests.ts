// Evidence a plan requires (issue 32, item 3): a criteria set may mark a criterion "evidence
// required", and a dossier without a file for it is not submitted. Before, a dossier with no
// evidence at all reached the council at 100/100. Driven over HTTP as the unit's officer would,
// on a Huế set of its own for 2028 (a province's own set replaces the national one).
import { expect, it } from 'vitest';
import * as portal from '../../plugins/recognition/shared/contracts/portal-responses';
import { selectRegistrant, type TestApp } from '../helpers/strapi';
import { sampleCriteriaSet } from '../helpers/criteria-sets';

const SETS = 'api::criteria-set.criteria-set';
const CODE = '19918';

export function evidenceRuleTests(getApp: () => TestApp) {
  it('refuses to submit a dossier without evidence for a criterion the plan requires it for, naming the criterion', async () => {
    const { strapi, baseUrl } = getApp();
    const clock = strapi.plugin('recognition').service('clock');
    const realNow = clock.now;
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const json = body !== undefined && !(body instanceof FormData);
      const res = await fetch(`${baseUrl}/api/recognition${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(json ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : json ? JSON.stringify(body) : (body as FormData),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    };
    const pdf = (name: string) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob([Buffer.from('%PDF-1.4 minh chứng')], { type: 'application/pdf' }),
        name,
      );
      return form;
    };
    try {
      // Huế's own set for 2028: the national sample, with 1.1 requiring evidence.
      const national = await sampleCriteriaSet(strapi);
      const groups = national.groups.map((g) => ({
        ...g,
        criteria: g.criteria.map((c) => ({ ...c, evidenceRequired: c.code === '1.1' })),
      }));
      const hue = await strapi.db
        .query('api::jurisdiction.jurisdiction')
        .findOne({ where: { slug: 'hue' } });
      await strapi.documents(SETS).create({
        data: {
          groups,
          threshold: national.threshold,
          code: 'MINH-CHUNG-XA-PHUONG',
          version: 1,
          title: 'Bộ tiêu chí có minh chứng bắt buộc',
          legalBasis: national.legalBasis,
          effectiveFrom: '2028-01-01',
          effectiveTo: '2028-12-31',
          isSample: true,
          xa: true,
          phuong: true,
          jurisdiction: hue.documentId,
        } as never,
      });

      // An officer of a ward with an "Xuất sắc", ANTT-safe 2027.
      const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: CODE } });
      const email = `canbo.${CODE}@evidence.test`;
      const role = await strapi.db
        .query('plugin::users-permissions.role')
        .findOne({ where: { type: 'unit-officer' } });
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
        .create({ data: { user: user.id, role: 'unit_officer', unit: unit.id } });
      await strapi.db.query('api::unit-result.unit-result').create({
        data: { unit: unit.id, year: 2027, anttSafe: true, classification: 'xuat_sac' },
      });
      const officer = strapi
        .plugin('users-permissions')
        .service('jwt')
        .issue({ id: user.id }) as string;

      clock.now = () => new Date('2027-12-20T03:00:00Z');
      const registered = await call(officer, 'POST', '/registrations', { year: 2028 });
      expect(registered.status, JSON.stringify(registered.body)).toBe(200);
      const id = registered.body.data.documentId as string;
      await selectRegistrant(strapi, id);

      clock.now = () => new Date('2028-03-02T03:00:00Z');
      const criteria = portal.criteria.parse(
        (await call(officer, 'GET', `/registrations/${id}/criteria`)).body.data,
      );
      expect(criteria.code).toBe('MINH-CHUNG-XA-PHUONG');
      expect(
        criteria.groups
          .flatMap((g) => g.criteria)
          .filter((c) => c.evidenceRequired)
          .map((c) => c.code),
      ).toEqual(['1.1']);
      const marks = Object.fromEntries(
        criteria.groups.flatMap((g) =>
          g.criteria.map((c) => [
            c.code,
            c.scoring === 'pass_fail' ? { passed: true } : { points: c.maxPoints ?? 0 },
          ]),
        ),
      );
      expect(
        (await call(officer, 'PUT', `/registrations/${id}/self-scores`, { marks })).status,
      ).toBe(200);
      let view = portal.registrationView.parse(
        (await call(officer, 'GET', `/registrations/${id}`)).body.data,
      );
      for (const part of view.gaps.missingDossierParts)
        expect(
          (
            await call(
              officer,
              'POST',
              `/registrations/${id}/dossier/${part.code}`,
              pdf(`${part.code}.pdf`),
            )
          ).status,
        ).toBe(200);
      // Every mark and part is in; the checklist names the one criterion without its evidence.
      view = portal.registrationView.parse(
        (await call(officer, 'GET', `/registrations/${id}`)).body.data,
      );
      expect(view.gaps).toEqual({
        missingSelfScores: [],
        missingDossierParts: [],
        missingEvidence: ['1.1'],
      });
      const refused = await call(officer, 'POST', `/registrations/${id}/submit`);
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({
        message: expect.stringContaining('1.1'),
        details: { code: 'evidence-missing', missing: ['1.1'] },
      });

      // Evidence for another criterion does not count for 1.1; evidence for 1.1 does.
      expect(
        (await call(officer, 'POST', `/registrations/${id}/evidence/1.2`, pdf('khac.pdf'))).status,
      ).toBe(200);
      expect((await call(officer, 'POST', `/registrations/${id}/submit`)).status).toBe(422);
      expect(
        (await call(officer, 'POST', `/registrations/${id}/evidence/1.1`, pdf('ke-hoach.pdf')))
          .status,
      ).toBe(200);
      expect(
        portal.registrationView.parse(
          (await call(officer, 'GET', `/registrations/${id}`)).body.data,
        ).gaps.missingEvidence,
      ).toEqual([]);
      const submitted = await call(officer, 'POST', `/registrations/${id}/submit`);
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    } finally {
      clock.now = realNow;
    }
  });
}
