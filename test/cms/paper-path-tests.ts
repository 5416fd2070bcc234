// The paper path: the secretariat registers a unit, enters its self-scores, uploads its dossier
// and submits it, through the same workflow as the unit's own steps; every step is audited as
// done on the unit's behalf by that staff member, the unit's officer is told and reads it in the
// timeline; another province's secretariat is refused.
import { expect, it } from 'vitest';
import * as schemas from '../../plugins/recognition/shared/contracts/responses';
import * as portal from '../../plugins/recognition/shared/contracts/portal-responses';
import {
  adminToken,
  ensureOfficer,
  fullMarksOf,
  selectRegistrant,
  type TestApp,
} from '../helpers/strapi';

export function paperPathTests(getApp: () => TestApp) {
  it(
    'lets the secretariat take a paper dossier through registration, self-scores, parts and submission on the unit’s behalf',
    { timeout: 60_000 },
    async () => {
      const { strapi, baseUrl } = getApp();
      const call = async (email: string, method: string, path: string, body?: unknown) => {
        const token = await adminToken(getApp(), email);
        const res = await fetch(`${baseUrl}/recognition${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }),
          },
          body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
        });
        return { status: res.status, body: await res.json() };
      };
      const unit = await strapi.db.query('api::unit.unit').findOne({ where: { code: '19831' } });
      await strapi.db.query('api::unit-result.unit-result').create({
        data: { unit: unit.id, year: 2025, anttSafe: true, classification: 'xuat_sac' },
      });
      const officer = await ensureOfficer(strapi, 'canbo.19831@paper.test', '19831');
      const clock = strapi.plugin('recognition').service('clock');
      const realNow = clock.now;
      clock.now = () => new Date('2026-01-06T02:00:00Z');
      try {
        // A page of the province's units at a time, found by code or by any part of the name.
        const found = await call(
          'thuky@dienhinh.local',
          'GET',
          '/paper/units?jurisdiction=hue&year=2026&q=19831',
        );
        expect(schemas.paperUnits.parse(found.body.data)).toEqual([
          expect.objectContaining({ code: '19831', registration: null }),
        ]);
        expect(found.body.meta.pagination).toEqual({
          page: 1,
          pageSize: 50,
          pageCount: 1,
          total: 1,
        });
        const byName = schemas.paperUnits.parse(
          (
            await call(
              'thuky@dienhinh.local',
              'GET',
              `/paper/units?jurisdiction=hue&year=2026&q=${encodeURIComponent(unit.name.slice(-4).toLocaleLowerCase('vi'))}`,
            )
          ).body.data,
        );
        expect(byName.map((u) => u.code)).toContain('19831');
        const first = await call(
          'thuky@dienhinh.local',
          'GET',
          '/paper/units?jurisdiction=hue&year=2026&pageSize=10',
        );
        expect(first.body.data.length).toBe(10);
        expect(first.body.meta.pagination.total).toBe(
          await strapi.db
            .query('api::unit.unit')
            .count({ where: { jurisdiction: { slug: 'hue' } } }),
        );
        expect(
          (
            await call(
              'thuky.dongthap@dienhinh.local',
              'GET',
              '/paper/units?jurisdiction=hue&year=2026',
            )
          ).status,
        ).toBe(403);
        expect(
          (
            await call(
              'thuky.dongthap@dienhinh.local',
              'POST',
              '/paper/units/19831/registrations',
              { year: 2026 },
            )
          ).body.error.details.code,
        ).toBe('out-of-jurisdiction');

        const reg = schemas.paperRegistered.parse(
          (
            await call('thuky@dienhinh.local', 'POST', '/paper/units/19831/registrations', {
              year: 2026,
            })
          ).body.data,
        );
        await selectRegistrant(strapi, reg.documentId);
        let view = schemas.paperView.parse(
          (await call('thuky@dienhinh.local', 'GET', `/paper/registrations/${reg.documentId}`)).body
            .data,
        );
        expect(view.registration.allowedEvents).toEqual(['self_assess', 'forecast']);
        expect(
          (
            await call(
              'thuky.dongthap@dienhinh.local',
              'GET',
              `/paper/registrations/${reg.documentId}`,
            )
          ).status,
        ).toBe(403);
        const marks = fullMarksOf(view.criteria);
        expect(
          (
            await call(
              'thuky@dienhinh.local',
              'PUT',
              `/paper/registrations/${reg.documentId}/self-scores`,
              { marks },
            )
          ).status,
        ).toBe(200);
        view = schemas.paperView.parse(
          (await call('thuky@dienhinh.local', 'GET', `/paper/registrations/${reg.documentId}`)).body
            .data,
        );
        for (const part of view.registration.dossierParts.filter((p) => p.required)) {
          const form = new FormData();
          form.append(
            'file',
            new Blob([Buffer.from('%PDF-1.4 bản giấy đã quét')], { type: 'application/pdf' }),
            `${part.code}.pdf`,
          );
          expect(
            (
              await call(
                'thuky@dienhinh.local',
                'POST',
                `/paper/registrations/${reg.documentId}/dossier/${part.code}`,
                form,
              )
            ).status,
          ).toBe(200);
        }
        const submitted = await call(
          'thuky@dienhinh.local',
          'POST',
          `/paper/registrations/${reg.documentId}/submit`,
        );
        expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
        expect(submitted.body.data.state).toBe('submitted');

        // The audit log: every unit step by the secretariat's account, on the unit's behalf (the
        // province's own choice of the unit is the police's and the committee's, not the unit's).
        const events = (
          await strapi.db
            .query('plugin::recognition.audit-event')
            .findMany({ where: { subjectId: reg.documentId }, orderBy: { seq: 'asc' } })
        ).filter((e: { action: string }) => !['propose_selection', 'select'].includes(e.action));
        expect(events.map((e: any) => e.action)).toEqual(
          expect.arrayContaining(['register', 'self_assess', 'submit']),
        );
        for (const e of events)
          expect(e, e.action).toMatchObject({
            actor: 'thuky@dienhinh.local',
            actorRole: 'secretariat',
            after: expect.objectContaining({ onBehalf: true }),
          });
        // The officer is told, and reads it in the timeline.
        const get = async (path: string) =>
          (
            await (
              await fetch(`${baseUrl}/api/recognition${path}`, {
                headers: { authorization: `Bearer ${officer}` },
              })
            ).json()
          ).data;
        const timeline = portal.timeline.parse(
          await get(`/registrations/${reg.documentId}/timeline`),
        );
        expect(timeline.find((e) => e.action === 'submit')).toMatchObject({
          onBehalf: true,
          label: 'Nộp hồ sơ (thư ký nhập thay đơn vị từ hồ sơ giấy)',
        });
        const notes = portal.notifications.parse(await get('/notifications'));
        expect(notes.items.map((n) => n.title)).toContain(
          'Hồ sơ năm 2026 của Phường Phong Dinh: Đã nộp hồ sơ',
        );
      } finally {
        clock.now = realNow;
      }
    },
  );
}
