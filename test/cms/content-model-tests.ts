// Content model checks run inside the app suite (one boot per database): plans, criteria
// sets and their lock, the editor's flow through the admin API, Vietnamese labels.
import { expect, it } from 'vitest';
import { planTextLines } from '../../cms/src/lib/plan-text';
import { referenceBody, withReferencesResolved, words } from '../helpers/reference-plans';
import { adminToken, ensureStaff, type TestApp } from '../helpers/strapi';

const PLAN = 'api::plan.plan';
const SETS = 'api::criteria-set.criteria-set';
const planPopulate = {
  sections: { populate: ['blocks'] },
  signer: true,
  recipients: true,
  calendar: true,
  targets: true,
  eligibility: true,
  dossierParts: true,
  jurisdiction: true,
};

export function contentModelTests(getApp: () => TestApp) {
  it.each(['dong-thap-67-kh-ubnd', 'hue-487-kh-ubnd'] as const)(
    'stores the %s plan so that its text, read in order, is the restored plan',
    async (slug) => {
      const plan = await getApp()
        .strapi.documents(PLAN)
        .findFirst({ filters: { slug }, populate: planPopulate, status: 'published' });
      expect(plan).toBeTruthy();
      expect(words(planTextLines(withReferencesResolved(plan as any)).join('\n'))).toEqual(
        words(referenceBody(slug)),
      );
    },
  );

  it('stores each plan’s rules as data: calendar, targets, eligibility, dossier parts, council', async () => {
    const { strapi } = getApp();
    const dt = await strapi
      .documents(PLAN)
      .findFirst({ filters: { slug: 'dong-thap-67-kh-ubnd' }, populate: planPopulate });
    const hue = await strapi
      .documents(PLAN)
      .findFirst({ filters: { slug: 'hue-487-kh-ubnd' }, populate: planPopulate });
    expect(dt.jurisdiction.slug).toBe('dong-thap');
    expect(dt.calendar).toHaveLength(7);
    expect(dt.usesCouncil).toBe(true);
    expect(dt.dossierParts.map((p: { code: string }) => p.code)).toEqual([
      'report',
      'request',
      'minutes',
      'registration_form',
    ]);
    expect(dt.eligibility).toMatchObject({
      requireAnttSafe: true,
      minimumClassification: 'none',
      clause: 'II.1',
    });
    expect(dt.targetTotal).toBe(3);
    expect(hue.usesCouncil).toBe(false);
    expect(hue.issuesCertificates).toBe(true);
    expect(hue.eligibility).toMatchObject({
      requireAnttSafe: true,
      minimumClassification: 'xuat_sac',
    });
    expect(hue.targets.map((t: { label: string }) => t.label)).toContain('01 xã');
    expect(hue.calendar.find((c: { kind: string }) => c.kind === 'recognition')).toMatchObject({
      day: 10,
      month: 12,
      clause: 'II.4',
    });
  });

  it('seeds one sample criteria set per unit family, plainly marked as a sample, with points, pass/fail and a knock-out', async () => {
    const sets = await getApp()
      .strapi.documents(SETS)
      .findMany({
        populate: {
          groups: { populate: { criteria: { populate: ['subItems'] } } },
          threshold: true,
        },
      });
    expect(sets.map((s: { code: string }) => s.code).sort()).toEqual([
      'MAU-TO-CHUC',
      'MAU-XA-PHUONG',
    ]);
    for (const set of sets) {
      expect(set.isSample).toBe(true);
      expect(set.title).toContain('MẪU');
      expect(set.description).toContain('KHÔNG phải văn bản chính thức');
      const criteria = set.groups.flatMap((g: { criteria: unknown[] }) => g.criteria);
      expect(criteria.some((c: any) => c.scoring === 'points' && c.maxPoints > 0)).toBe(true);
      expect(criteria.some((c: any) => c.scoring === 'pass_fail')).toBe(true);
      expect(criteria.some((c: any) => c.knockOut)).toBe(true);
      expect(set.threshold.requireAllKnockOutsPassed).toBe(true);
    }
    const commune = sets.find((s: { code: string }) => s.code === 'MAU-XA-PHUONG');
    expect([commune.xa, commune.phuong, commune.coQuan]).toEqual([true, true, false]);
  });

  it('refuses to edit a criteria set used by an assessment, and lets the editor work on a new version', async () => {
    const { strapi } = getApp();
    const set = await strapi
      .documents(SETS)
      .findFirst({ filters: { code: 'MAU-TO-CHUC', version: 1 } });
    await strapi.db.query(SETS).update({
      where: { documentId: set.documentId },
      data: { lockedAt: new Date(), lockedReason: 'đã dùng để chấm điểm năm 2026' },
    });
    await expect(
      strapi.documents(SETS).update({ documentId: set.documentId, data: { title: 'Sửa' } }),
    ).rejects.toThrow(/đã được dùng để chấm điểm.*phiên bản mới \(phiên bản 2\)/);
    await expect(strapi.documents(SETS).delete({ documentId: set.documentId })).rejects.toThrow(
      /không thể sửa hay xóa/,
    );
    const unchanged = await strapi.documents(SETS).findOne({ documentId: set.documentId });
    expect(unchanged.title).toBe(set.title);

    // "Tạo phiên bản mới" from the set's edit screen: a province's editor may not version a
    // national set; an editor of every province may, and it is on the record.
    await ensureStaff(strapi, {
      email: 'bientap.hue@test.local',
      roleCode: 'dienhinh-editor',
      jurisdictions: ['hue'],
    });
    const post = async (email: string) =>
      fetch(`${getApp().baseUrl}/recognition/criteria-sets/${set.documentId}/versions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await adminToken(getApp(), email)}` },
      });
    const refused = await post('bientap.hue@test.local');
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toContain('dùng chung toàn quốc');
    const made = await post('admin@test.local');
    expect(made.status).toBe(200);
    const v2 = (await made.json()).data;
    expect(v2).toMatchObject({ code: 'MAU-TO-CHUC', version: 2 });
    expect(
      await strapi.db
        .query('plugin::recognition.audit-event')
        .findOne({ where: { action: 'criteria-set.version', subjectId: v2.documentId } }),
    ).toMatchObject({ before: { version: 1 }, after: { version: 2 } });
    // The lock fields are shown, never edited, in the content manager.
    const conf = await strapi
      .plugin('content-manager')
      .service('content-types')
      .findConfiguration({ uid: SETS });
    expect([
      conf.metadatas.lockedAt.edit.editable,
      conf.metadatas.lockedReason.edit.editable,
    ]).toEqual([false, false]);
    const edited = await strapi
      .documents(SETS)
      .update({ documentId: v2.documentId, data: { title: 'Bộ tiêu chí mẫu, phiên bản 2' } });
    expect(edited.title).toBe('Bộ tiêu chí mẫu, phiên bản 2');
    const copy = await strapi.documents(SETS).findOne({
      documentId: v2.documentId,
      populate: { groups: { populate: { criteria: true } } },
    });
    expect(copy.groups.flatMap((g: { criteria: unknown[] }) => g.criteria)).toHaveLength(5);
  });

  it('lets an editor edit a plan item through the admin API, save the draft, then publish it', async () => {
    const app = getApp();
    const token = await adminToken(app, 'admin@test.local');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const base = `${app.baseUrl}/content-manager/collection-types/${PLAN}`;
    const plan = await app.strapi
      .documents(PLAN)
      .findFirst({ filters: { slug: 'dong-thap-67-kh-ubnd' } });
    const draft = await (await fetch(`${base}/${plan.documentId}`, { headers })).json();
    const data = draft.data;
    const original = data.sections[0].blocks[0].text;
    data.sections[0].blocks[0].text = `${original} (đã sửa)`;
    const saved = await fetch(`${base}/${plan.documentId}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify(data),
    });
    expect(saved.status).toBe(200);

    const published = await app.strapi
      .documents(PLAN)
      .findOne({ documentId: plan.documentId, status: 'published', populate: planPopulate });
    expect(published.sections[0].blocks[0].text).toBe(original);
    const savedDraft = await app.strapi
      .documents(PLAN)
      .findOne({ documentId: plan.documentId, status: 'draft', populate: planPopulate });
    expect(savedDraft.sections[0].blocks[0].text).toBe(`${original} (đã sửa)`);

    const pub = await fetch(`${base}/${plan.documentId}/actions/publish`, {
      method: 'POST',
      headers,
      body: JSON.stringify(data),
    });
    expect(pub.status).toBe(200);
    const after = await app.strapi
      .documents(PLAN)
      .findOne({ documentId: plan.documentId, status: 'published', populate: planPopulate });
    expect(after.sections[0].blocks[0].text).toBe(`${original} (đã sửa)`);
  });

  it('lets an editor add a criterion to a sample set through the admin API', async () => {
    const app = getApp();
    const token = await adminToken(app, 'admin@test.local');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const set = await app.strapi.documents(SETS).findFirst({ filters: { code: 'MAU-XA-PHUONG' } });
    const base = `${app.baseUrl}/content-manager/collection-types/${SETS}/${set.documentId}`;
    const { data } = await (await fetch(base, { headers })).json();
    data.groups[0].criteria.push({
      code: '1.4',
      title: '[Mẫu] Tiêu chí mới do biên tập viên thêm',
      scoring: 'points',
      maxPoints: 5,
      mandatory: false,
      knockOut: false,
      subItems: [],
    });
    const res = await fetch(base, { method: 'PUT', headers, body: JSON.stringify(data) });
    expect(res.status).toBe(200);
    const after = await app.strapi
      .documents(SETS)
      .findOne({ documentId: set.documentId, populate: { groups: { populate: ['criteria'] } } });
    expect(after.groups[0].criteria.map((c: { code: string }) => c.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
    ]);
  });

  it('labels fields in Vietnamese in the content manager', async () => {
    const cm = getApp().strapi.plugin('content-manager');
    const unit = await cm.service('content-types').findConfiguration({ uid: 'api::unit.unit' });
    expect(unit.metadatas.name.edit.label).toBe('Tên đơn vị');
    expect(unit.metadatas.kind.list.label).toBe('Loại đơn vị');
    const block = await cm.service('components').findConfiguration({ uid: 'plan.block' });
    expect(block.metadatas.text.edit.label).toBe('Nội dung');
  });

  it('keeps names free of bidirectional-text controls, so none can display reversed on a certificate', async () => {
    const { strapi } = getApp();
    const hue = await strapi.db
      .query('api::jurisdiction.jurisdiction')
      .findOne({ where: { slug: 'hue' } });
    const unit = await strapi.documents('api::unit.unit').create({
      data: {
        code: 'BIDI-TEST-1',
        kind: 'xa',
        name: '\u202Eiớưl A\u202C  Thử',
        active: true,
        jurisdiction: hue.documentId,
      } as never,
    });
    expect(unit.name).toBe('iớưl A Thử');
    const renamed = await strapi
      .documents('api::unit.unit')
      .update({ documentId: unit.documentId, data: { name: 'Xã \u2067Thử\u2069' } as never });
    expect(renamed.name).toBe('Xã Thử');
    await strapi.db.query('api::unit.unit').delete({ where: { id: unit.id } });
  });
}
