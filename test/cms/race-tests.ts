// Races: fifty concurrent "Công nhận" for one registration, and fifty for fifty registrations of
// one jurisdiction: one decision entry and one certificate per unit, decision numbers without gaps.
import { expect, it } from 'vitest';
import { adminToken, ensureStaff, type TestApp } from '../helpers/strapi';

export function raceTests(getApp: () => TestApp) {
  it('gives exactly one recognition per unit under 50 concurrent requests, with gap-free decision numbers', async () => {
    const { strapi, baseUrl } = getApp();
    strapi.plugin('recognition').service('clock').now = () => new Date('2029-12-01T03:00:00Z');
    // Fifty Đồng Tháp communes proposed for 2029 (Đồng Tháp's plan sets no recognition deadline).
    const units = await strapi.db.query('api::unit.unit').findMany({
      where: { jurisdiction: { slug: 'dong-thap' }, kind: 'xa' },
      limit: 50,
      orderBy: { code: 'asc' },
    });
    const set = await strapi.db
      .query('api::criteria-set.criteria-set')
      .findOne({ where: { code: 'MAU-XA-PHUONG' } });
    const plan = await strapi.db
      .query('api::plan.plan')
      .findOne({ where: { slug: 'dong-thap-67-kh-ubnd', publishedAt: { $null: true } } });
    const ids: string[] = [];
    for (const u of units) {
      const reg = await strapi.db.query('plugin::recognition.registration').create({
        data: {
          unit: u.id,
          year: 2029,
          plan: plan.id,
          criteriaSet: set.id,
          state: 'proposed',
          uniqueKey: `${u.documentId}:2029`,
          selfMarks: {},
          dossier: {},
          evidence: {},
          conflicts: [],
        },
      });
      ids.push(reg.documentId);
    }
    await ensureStaff(strapi, {
      email: 'pheduyet.race@test.local',
      roleCode: 'dienhinh-approver',
      jurisdictions: ['dong-thap'],
    });
    const token = await adminToken(getApp(), 'pheduyet.race@test.local');
    const recognise = (registrations: string[], key: string) =>
      fetch(`${baseUrl}/recognition/recognise`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify({ registrations }),
      });

    // Fifty clicks on the same unit, each with its own key: one wins, the others are refused.
    const same = await Promise.all(
      Array.from({ length: 50 }, (_, i) => recognise([ids[0]], `race-same-${i}-${Date.now()}`)),
    );
    const codes = same.map((r) => r.status);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);

    // Fifty units at once, one request each.
    const many = await Promise.all(
      ids.slice(1).map((id, i) => recognise([id], `race-many-${i}-${Date.now()}`)),
    );
    expect(many.map((r) => r.status).every((c) => c === 200)).toBe(true);

    const recs = await strapi.db
      .query('plugin::recognition.recognition')
      .findMany({ where: { year: 2029 }, populate: ['unit', 'decision'] });
    expect(recs).toHaveLength(50);
    expect(new Set(recs.map((r: any) => r.unit.code)).size).toBe(50);
    expect(new Set(recs.map((r: any) => r.serial)).size).toBe(50);
    // Every unit joined the year's one draft decision.
    const decisions = await strapi.db
      .query('plugin::recognition.decision')
      .findMany({ where: { year: 2029 } });
    expect(decisions.map((d: any) => d.status)).toEqual(['draft']);
    expect(recs.every((r: any) => r.decision?.id === decisions[0].id)).toBe(true);

    // Two decisions issued at the same moment under automatic numbering take 01 and 02, no gap, no twice.
    const dongThap = await strapi.db
      .query('api::jurisdiction.jurisdiction')
      .findOne({ where: { slug: 'dong-thap' } });
    const second = await strapi.db.transaction(() =>
      strapi.plugin('recognition').service('decisions').draftFor(dongThap, 2029, { fresh: true }),
    );
    await strapi.db
      .query('plugin::recognition.recognition')
      .update({ where: { id: recs[0].id }, data: { decision: second.id } });
    const issue = (documentId: string) =>
      fetch(`${baseUrl}/recognition/decisions/${documentId}/issue`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ signer: 0, recipients: ['Lưu: VT.'] }),
      });
    const both = await Promise.all([issue(decisions[0].documentId), issue(second.documentId)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const numbers = (await Promise.all(both.map((r) => r.json())))
      .map((b: any) => b.data.number)
      .sort();
    expect(numbers).toEqual(['01/QĐ-UBND', '02/QĐ-UBND']);
    const states = await strapi.db.query('plugin::recognition.registration').findMany({
      where: { year: 2029, unit: { jurisdiction: { slug: 'dong-thap' } } },
      select: ['state', 'documentId'],
    });
    // A unit recognised in an earlier year (by decision-tests) is maintained rather than recognised.
    expect(
      states
        .filter((s: any) => !['recognised', 'maintained'].includes(s.state))
        .map((s: any) => `${s.documentId} ${s.state}`),
    ).toEqual([]);
    expect((await strapi.plugin('recognition').service('audit').verify()).ok).toBe(true);
  });
}
