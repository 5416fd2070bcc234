// Workflow records belong to the workflow: every admin role (a super admin's included), through
// the Content Manager's API, is refused every create, change and delete of every one of them,
// and the database is unchanged afterwards.
import { expect, it } from 'vitest';
import { workflowRecords } from '../../plugins/recognition/server/src/guards/workflow-guard';
import { adminToken, type TestApp } from '../helpers/strapi';

const PASSWORD = 'Test@12345';

export function workflowGuardTests(getApp: () => TestApp) {
  it('refuses every admin role every Content Manager write to every workflow record, and changes nothing', async () => {
    const { strapi, baseUrl } = getApp();
    const authorRole = await strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'strapi-author' } });
    if (
      !(await strapi.db.query('admin::user').findOne({ where: { email: 'tacgia@test.local' } }))
    ) {
      await strapi.service('admin::user').create({
        email: 'tacgia@test.local',
        firstname: 'Tác',
        lastname: 'Giả',
        password: PASSWORD,
        isActive: true,
        registrationToken: null,
        roles: [authorRole.id],
      });
    }
    const accounts = [
      'admin@test.local',
      'bientap@dienhinh.local',
      'thuky@dienhinh.local',
      'pheduyet@dienhinh.local',
      'tacgia@test.local',
    ];
    const snapshot = async () => {
      const out: Record<string, unknown> = {};
      for (const uid of workflowRecords)
        out[uid] = await strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } });
      return JSON.stringify(out);
    };
    const before = await snapshot();
    const wrong: string[] = [];
    let requests = 0;
    for (const email of accounts) {
      const token = await adminToken(getApp(), email, PASSWORD);
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      for (const uid of workflowRecords) {
        const base = `${baseUrl}/content-manager/collection-types/${uid}`;
        const row = await strapi.db.query(uid).findOne({ orderBy: { id: 'asc' } });
        const attempts: [string, string, unknown][] = [
          ['POST', base, { state: 'rejected', key: 'x', year: 2026 }],
        ];
        if (row) {
          attempts.push([
            'PUT',
            `${base}/${row.documentId}`,
            { state: 'rejected', selfTotal: 3, serial: 'GIA-MAO', action: 'sửa' },
          ]);
          attempts.push(['DELETE', `${base}/${row.documentId}`, undefined]);
        }
        for (const [method, url, body] of attempts) {
          requests++;
          const res = await fetch(url, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          // A super admin passes Strapi's permissions and is stopped by the plugin's guard (403); the
          // other roles hold no right on these types at all (403 as well).
          const text = await res.text();
          if (res.status !== 403)
            wrong.push(`${email} ${method} ${uid}: ${res.status} ${text.slice(0, 200)}`);
          // Every refusal reads in Vietnamese.
          else if (!/quyền|quy trình|Nhật ký/.test(JSON.parse(text).error?.message ?? ''))
            wrong.push(`${email} ${method} ${uid}: English refusal ${text.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(accounts.length * workflowRecords.length * 2);
    expect(await snapshot()).toBe(before);
    const approver = await adminToken(getApp(), 'pheduyet@dienhinh.local', PASSWORD);
    const verdict = await (
      await fetch(`${baseUrl}/recognition/audit/verify`, {
        headers: { authorization: `Bearer ${approver}` },
      })
    ).json();
    expect(verdict.data.ok).toBe(true);
  });

  it('refuses a super admin’s Content Manager edit of a registration, and says why to any caller of the document service', async () => {
    const { strapi, baseUrl } = getApp();
    const reg = await strapi.db
      .query('plugin::recognition.registration')
      .findOne({ orderBy: { id: 'asc' } });
    const token = await adminToken(getApp(), 'admin@test.local', PASSWORD);
    const res = await fetch(
      `${baseUrl}/content-manager/collection-types/plugin::recognition.registration/${reg.documentId}`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ state: 'rejected', selfTotal: 3 }),
      },
    );
    expect(res.status).toBe(403);
    await expect(
      strapi
        .documents('plugin::recognition.registration')
        .update({ documentId: reg.documentId, data: { state: 'rejected' } as never }),
    ).rejects.toThrow('chỉ được ghi qua các bước của quy trình công nhận');
    await expect(
      strapi
        .documents('plugin::recognition.recognition')
        .create({ data: { serial: 'GIA-MAO-0001', year: 2026 } as never }),
    ).rejects.toThrow('quy trình công nhận');
    const after = await strapi.db
      .query('plugin::recognition.registration')
      .findOne({ where: { id: reg.id } });
    expect({ state: after.state, selfTotal: after.selfTotal }).toEqual({
      state: reg.state,
      selfTotal: reg.selfTotal,
    });
  });
}
