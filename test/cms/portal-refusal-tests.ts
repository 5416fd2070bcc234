// Every portal route refuses what it must, in Vietnamese with a code: another unit's dossier,
// another province's council, changes after submission, and changes after the plan's deadline.
import { expect, it } from 'vitest';
import { ensureCouncilMember, ensureOfficer, portalToken, type TestApp } from '../helpers/strapi';

export function portalRefusalTests(getApp: () => TestApp) {
  it(
    'refuses another unit, another council, changes after submission and after the deadline on every portal route',
    { timeout: 60_000 },
    async () => {
      const { strapi, baseUrl } = getApp();
      const call = async (token: string, method: string, path: string, body?: unknown) => {
        const form = body === 'file' ? new FormData() : null;
        form?.append(
          'file',
          new Blob([Buffer.from('%PDF-1.4 thử')], { type: 'application/pdf' }),
          'thu.pdf',
        );
        const res = await fetch(`${baseUrl}/api/recognition${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(form ? {} : { 'content-type': 'application/json' }),
          },
          body: form ?? (body ? JSON.stringify(body) : undefined),
        });
        const json = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
        return `${res.status} ${json?.error?.details?.code ?? ''}`.trim();
      };
      const reg = async (code: string, year: number) =>
        (
          await strapi.db
            .query('plugin::recognition.registration')
            .findOne({ where: { unit: { code }, year } })
        ).documentId as string;
      const submitted = await reg('19909', 2026); // Dương Nỗ: submitted, then under appraisal
      const open = await reg('20017', 2026); // self-assessed, not submitted
      const duongNo = await portalToken(strapi, 'canbo.duongno@dienhinh.local');
      const other = await ensureOfficer(strapi, 'canbo.20017@client.test', '20017');
      const fileId = 'a'.repeat(32);

      // Another unit's officer: 403 not-own-unit on every officer route of that registration.
      const officerRoutes: [string, string, unknown?][] = [
        ['GET', `/registrations/${submitted}`],
        ['GET', `/registrations/${submitted}/criteria`],
        ['GET', `/registrations/${submitted}/timeline`],
        ['GET', `/registrations/${submitted}/deadlines`],
        ['GET', `/registrations/${submitted}/documents/dossier-report`],
        ['GET', `/registrations/${submitted}/documents/registration-form`],
        ['GET', `/registrations/${submitted}/certificate`],
        ['GET', `/registrations/${submitted}/files/${fileId}`],
        ['PUT', `/registrations/${submitted}/self-scores`, { marks: {} }],
        ['POST', `/registrations/${submitted}/evidence/1.1`, 'file'],
        ['POST', `/registrations/${submitted}/dossier/request`, 'file'],
        ['DELETE', `/registrations/${submitted}/files/${fileId}`],
        ['POST', `/registrations/${submitted}/submit`],
      ];
      for (const [method, path, body] of officerRoutes)
        expect(await call(other, method, path, body), `${method} ${path}`).toBe('403 not-own-unit');

      // After submission: the unit's own officer can read but no longer change anything.
      for (const [method, path, body] of officerRoutes.slice(8))
        expect(await call(duongNo, method, path, body), `${method} ${path}`).toMatch(
          /^409 invalid-transition$/,
        );

      // After the deadline (Huế's dossier deadline is 05/12): an open dossier can no longer be changed or submitted.
      const clock = strapi.plugin('recognition').service('clock');
      const realNow = clock.now;
      clock.now = () => new Date('2026-12-06T02:00:00Z');
      try {
        for (const [method, path, body] of [
          ['PUT', `/registrations/${open}/self-scores`, { marks: {} }],
          ['POST', `/registrations/${open}/evidence/1.1`, 'file'],
          ['POST', `/registrations/${open}/submit`],
        ] as const) {
          expect(await call(other, method, path, body), `${method} ${path}`).toBe(
            '422 deadline-passed',
          );
        }
      } finally {
        clock.now = realNow;
      }

      // Another province's council member: 403 on every council route of a Huế dossier.
      await ensureCouncilMember(strapi, 'hoidong@dongthap.portal.test', 'dong-thap');
      const outsider = await portalToken(strapi, 'hoidong@dongthap.portal.test');
      for (const [method, path, body] of [
        ['GET', `/council/registrations/${submitted}`],
        ['GET', `/council/registrations/${submitted}/criteria`],
        ['GET', `/council/registrations/${submitted}/files/${fileId}`],
        ['POST', `/registrations/${submitted}/conflicts`, { reason: 'Thử từ chối hội đồng khác' }],
        ['PUT', `/registrations/${submitted}/council-scores`, { marks: {} }],
      ] as const) {
        expect(await call(outsider, method, path, body), `${method} ${path}`).toBe(
          '403 not-member',
        );
      }
      expect(
        JSON.stringify(
          await (
            await fetch(`${baseUrl}/api/recognition/council/registrations`, {
              headers: { authorization: `Bearer ${outsider}` },
            })
          ).json(),
        ),
      ).not.toContain(submitted);

      // The province's own council member: a dossier not yet submitted, or submitted but not yet put
      // under appraisal, is not theirs to read (nor its files, nor its conflicts or scores).
      const member = await portalToken(strapi, 'hoidong1@dienhinh.local');
      const councilRoutes = (id: string) =>
        [
          ['GET', `/council/registrations/${id}`],
          ['GET', `/council/registrations/${id}/criteria`],
          ['GET', `/council/registrations/${id}/files/${fileId}`],
          [
            'POST',
            `/registrations/${id}/conflicts`,
            { reason: 'Thử khai báo trước khi thẩm định' },
          ],
          ['PUT', `/registrations/${id}/council-scores`, { marks: {} }],
        ] as const;
      for (const [method, path, body] of councilRoutes(open))
        expect(await call(member, method, path, body), `${method} ${path}`).toMatch(
          /^(404 not-found|409 invalid-transition)$/,
        );
      const row = await strapi.db
        .query('plugin::recognition.registration')
        .findOne({ where: { documentId: open } });
      await strapi.db
        .query('plugin::recognition.registration')
        .update({ where: { id: row.id }, data: { state: 'submitted' } });
      try {
        for (const [method, path, body] of councilRoutes(open))
          expect(await call(member, method, path, body), `${method} ${path}`).toMatch(
            /^(404 not-found|409 invalid-transition)$/,
          );
        expect(await call(member, 'GET', `/council/registrations/${open}`)).toBe('404 not-found');
        expect(
          JSON.stringify(
            await (
              await fetch(`${baseUrl}/api/recognition/council/registrations`, {
                headers: { authorization: `Bearer ${member}` },
              })
            ).json(),
          ),
        ).not.toContain(open);
        // Under appraisal, the same member reads it.
        expect(await call(member, 'GET', `/council/registrations/${submitted}`)).toBe('200');
      } finally {
        await strapi.db
          .query('plugin::recognition.registration')
          .update({ where: { id: row.id }, data: { state: row.state } });
      }
    },
  );
}
