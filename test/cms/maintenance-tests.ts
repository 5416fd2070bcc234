// Maintaining the title as a track, over HTTP and in the service the workflow asks: the demo's
// 2026 list shows Phường An Cựu (recognised in 2025) due to maintain, its registration under way;
// a unit whose 2026 result lost "An toàn về an ninh, trật tự" is flagged; a title after a gap of
// years is a new one, not "Duy trì"; and the list is read only in the caller's province.
import { expect, it } from 'vitest';
import { adminToken, ensureStaff, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';

export function maintenanceTests(getApp: () => TestApp) {
  it('lists the units due to maintain in 2026 with their standing, flags a lost safety rating, and reads a gap as a new title', async () => {
    const { strapi, baseUrl } = getApp();
    await ensureStaff(strapi, {
      email: 'thuky.duytri@hue.test',
      roleCode: 'dienhinh-secretariat',
      jurisdictions: ['hue'],
      password: PASSWORD,
    });
    const token = await adminToken(getApp(), 'thuky.duytri@hue.test', PASSWORD);
    const get = async (path: string) => {
      const res = await fetch(`${baseUrl}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: res.status, body: await res.json() };
    };
    const units = strapi.db.query('api::unit.unit');
    // A second 2025 holder whose 2026 result lost the safety rating.
    const thuyXuan = await units.findOne({
      where: { jurisdiction: { slug: 'hue' }, code: '19813' },
    });
    const held = await strapi.db.query('plugin::recognition.recognition').create({
      data: {
        unit: thuyXuan.id,
        year: 2025,
        status: 'recognised',
        serial: 'TEST-DUYTRI-2025-0001',
      },
    });
    const result = await strapi.db.query('api::unit-result.unit-result').create({
      data: { unit: thuyXuan.id, year: 2026, anttSafe: false, classification: 'kha' },
    });
    // An Cựu's 2026 registration, as the demo has it (the suite's own tests may have made it already).
    const anCuuUnit = await units.findOne({
      where: { jurisdiction: { slug: 'hue' }, code: '19815' },
    });
    const registrations = strapi.db.query('plugin::recognition.registration');
    const made = (await registrations.findOne({
      where: { unit: { id: anCuuUnit.id }, year: 2026 },
    }))
      ? null
      : await registrations.create({
          data: {
            unit: anCuuUnit.id,
            year: 2026,
            state: 'registered',
            uniqueKey: `${anCuuUnit.documentId}:2026`,
          },
        });
    try {
      const list = await get('/recognition/maintenance?jurisdiction=hue&year=2026');
      expect(list.status).toBe(200);
      const data = list.body.data;
      expect(data.rule).toEqual({ consecutive: true, countsToTargets: false, clause: 'III.1' });
      const anCuu = data.rows.find((r: { unit: { code: string } }) => r.unit.code === '19815');
      expect(anCuu).toMatchObject({
        unit: { name: 'An Cựu' },
        heldYears: 1,
        status: 'in_progress',
        flags: [],
      });
      // Registered for 2026 and still under way (the suite's selection test may have selected it).
      expect(['registered', 'selection_proposed', 'selected']).toContain(anCuu.state);
      const flagged = data.rows.find((r: { unit: { code: string } }) => r.unit.code === '19813');
      expect(flagged).toMatchObject({ status: 'not_registered', flags: ['safety_lost'] });
      expect(flagged.review).toBeNull();

      // The police open a review of the flagged title; the approver concludes it.
      await ensureStaff(strapi, {
        email: 'pheduyet.duytri@hue.test',
        roleCode: 'dienhinh-approver',
        jurisdictions: ['hue'],
        password: PASSWORD,
      });
      const approver = await adminToken(getApp(), 'pheduyet.duytri@hue.test', PASSWORD);
      const post = async (who: string, path: string, body: unknown) => {
        const res = await fetch(`${baseUrl}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${who}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: await res.json() };
      };
      const opening = { jurisdiction: 'hue', unit: '19813', year: 2026, reason: 'safety_lost' };
      const opened = await post(token, '/recognition/title-reviews', opening);
      expect(opened.status, JSON.stringify(opened.body)).toBe(200);
      const reviewId = opened.body.data.documentId;
      expect((await post(token, '/recognition/title-reviews', opening)).status).toBe(409);
      // An Cựu's 2026 result kept the rating: no review on that ground.
      expect(
        (await post(token, '/recognition/title-reviews', { ...opening, unit: '19815' })).status,
      ).toBe(409);
      const listed = (await get('/recognition/maintenance?jurisdiction=hue&year=2026')).body.data;
      expect(
        listed.rows.find((r: { unit: { code: string } }) => r.unit.code === '19813').review,
      ).toMatchObject({ documentId: reviewId, status: 'open', reason: 'safety_lost' });
      const close = `/recognition/title-reviews/${reviewId}/close`;
      const early = await post(approver, close, {
        outcome: 'revoked',
        note: 'Đề nghị thu hồi danh hiệu năm 2025',
      });
      expect(early.status).toBe(409);
      expect(early.body.error.message).toContain('Chưa có quyết định thu hồi');
      expect(
        (await post(token, close, { outcome: 'kept', note: 'Giữ danh hiệu năm 2025' })).status,
      ).toBe(403);
      const kept = await post(approver, close, {
        outcome: 'kept',
        note: 'Vụ việc đã được khắc phục; giữ danh hiệu năm 2025',
      });
      expect(kept.status, JSON.stringify(kept.body)).toBe(200);
      expect(kept.body.data.status).toBe('kept');
      const trail = await strapi.db.query('plugin::recognition.audit-event').findMany({
        where: { subjectType: 'title-review', subjectId: reviewId },
        orderBy: { id: 'asc' },
      });
      expect(trail.map((e: { action: string }) => e.action)).toEqual([
        'review.open',
        'review.close',
      ]);
      await strapi.db
        .query('plugin::recognition.title-review')
        .deleteMany({ where: { documentId: reviewId } });

      // Another province's list is not this secretariat's.
      expect((await get('/recognition/maintenance?jurisdiction=dong-thap&year=2026')).status).toBe(
        403,
      );

      // Recognised in 2026, absent 2027–2029: recognising it in 2030 is a new title.
      const recognitions = strapi.plugin('recognition').service('recognitions');
      const gap = await strapi.db.query('plugin::recognition.recognition').create({
        data: {
          unit: thuyXuan.id,
          year: 2026,
          status: 'recognised',
          serial: 'TEST-DUYTRI-2026-0001',
        },
      });
      const reg = (year: number) => ({ year, unit: { documentId: thuyXuan.documentId } });
      expect(await recognitions.heldBefore(reg(2027))).toBe(true);
      expect(await recognitions.heldBefore(reg(2030))).toBe(false);
      expect(
        await recognitions.heldBefore({
          ...reg(2030),
          rules: {
            maintenance: { consecutive: false, targetsCountMaintained: false, clause: null },
          },
        }),
      ).toBe(true);
      await strapi.db.query('plugin::recognition.recognition').delete({ where: { id: gap.id } });
    } finally {
      if (made) await registrations.delete({ where: { id: made.id } });
      await strapi.db.query('plugin::recognition.recognition').delete({ where: { id: held.id } });
      await strapi.db.query('api::unit-result.unit-result').delete({ where: { id: result.id } });
    }
  });
}
