// Extensions as the approver's page uses them: a unit's deadlines of a year with the extensions
// already granted, a new one granted and shown at once, another province refused.
import { expect, it } from 'vitest';
import * as schemas from '../../plugins/recognition/shared/contracts/responses';
import { adminToken, type TestApp } from '../helpers/strapi';

export function extensionTests(getApp: () => TestApp) {
  it('lists a unit’s deadlines with their extensions for the approver, and shows a new extension at once', async () => {
    const { baseUrl } = getApp();
    const call = async (email: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${baseUrl}/recognition${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await adminToken(getApp(), email)}`,
          'content-type': 'application/json',
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, body: await res.json() };
    };
    const list = async () =>
      schemas.unitDeadlines.parse(
        (await call('pheduyet@dienhinh.local', 'GET', '/extensions?unitCode=20131&year=2026')).body
          .data,
      );
    const before = await list();
    expect(before.unit).toEqual({ code: '20131', name: 'Xã Hưng Lộc' });
    // (The suite's own plan edits may have moved the dates: only their shape is fixed here.)
    expect(before.deadlines.find((d) => d.kind === 'registration')).toMatchObject({
      date: expect.stringMatching(/^2026-01-\d\d$/),
      extendedUntil: null,
      clause: 'II.2',
    });
    const dossier = before.deadlines.find((d) => d.kind === 'dossier')!;
    const granted = await call('pheduyet@dienhinh.local', 'POST', '/extensions', {
      unitCode: '20131',
      year: 2026,
      kind: 'dossier',
      until: '2026-12-20',
      reason: 'Đơn vị bị ảnh hưởng bởi lũ lụt',
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    expect((await list()).deadlines.find((d) => d.kind === 'dossier')).toMatchObject({
      date: dossier.date,
      extendedUntil: '2026-12-20',
    });
    expect(
      (
        await call(
          'pheduyet.dongthap@dienhinh.local',
          'GET',
          '/extensions?unitCode=20131&year=2026',
        )
      ).body.error.details.code,
    ).toBe('out-of-jurisdiction');
    expect(
      (await call('pheduyet@dienhinh.local', 'GET', '/extensions?unitCode=KHONG-CO&year=2026'))
        .status,
    ).toBe(404);
    expect(
      (await call('pheduyet@dienhinh.local', 'GET', '/extensions?unitCode=20131&year=abc')).status,
    ).toBe(400);
  });
}
