// A council member's marks in progress over HTTP: saved on the server as a draft while typed
// (each valid mark kept, each wrong one refused on its own), read back on any device, counted
// for nothing (not the member's total, not the council's completeness, not the secretariat's
// "ready for the vote") until sent; sent marks are not turned back into a draft, and a conflict
// of interest voids a draft as it voids sent marks.
import { expect, it } from 'vitest';
import { dossierBeforeCouncil } from '../helpers/council-dossier';
import { atTime, type TestApp } from '../helpers/strapi';

const YEAR = 2033;

export function councilDraftTests(getApp: () => TestApp) {
  it("keeps a council member's draft on the server, counts it for nothing until sent, and never reopens sent marks as a draft", async () => {
    const { strapi } = getApp();
    await atTime(strapi, `${YEAR}-12-01T03:00:00Z`, async () => {
      const { id, members, sec, full, pointsCriteria, call, ok } = await dossierBeforeCouncil(
        getApp(),
        YEAR,
        'draft',
      );
      const scores = `/api/recognition/registrations/${id}/council-scores`;
      const [first, second] = pointsCriteria;
      const [m0, m1, m2] = members;

      const saved = await call(m0.token, 'PUT', scores, {
        draft: true,
        marks: { [first.code]: full[first.code], [second.code]: { points: 999 } },
      });
      ok(saved);
      expect(saved.body.data.saved).toEqual([first.code]);
      expect(saved.body.data.refused.map((r: { criterion: string }) => r.criterion)).toEqual([
        second.code,
      ]);
      expect(saved.body.data.refused[0].message).toContain('tối đa');

      // Another device: the dossier holds the draft, apart from sent marks.
      const dossier = await call(m0.token, 'GET', `/api/recognition/council/registrations/${id}`);
      ok(dossier);
      expect(dossier.body.data.myMarks).toBeNull();
      expect(dossier.body.data.myDraft).toEqual({ [first.code]: full[first.code] });
      const list = await call(m0.token, 'GET', `/api/recognition/council/registrations`);
      const mine = list.body.data.find((r: { documentId: string }) => r.documentId === id);
      expect(mine).toMatchObject({ myTotal: null, drafting: true });

      // A complete draft still does not count: the others send, the council is not complete.
      ok(await call(m0.token, 'PUT', scores, { draft: true, marks: full }));
      ok(await call(m1.token, 'PUT', scores, { marks: full }));
      const ready = () =>
        strapi.db.query('plugin::recognition.notification').count({
          where: { title: { $contains: 'sẵn sàng biểu quyết' }, registration: id },
        });
      ok(await call(m2.token, 'PUT', scores, { marks: full }));
      expect(await ready()).toBe(0);
      const overview = async () =>
        (
          await call(sec, 'GET', `/recognition/appraisal?jurisdiction=dong-thap&year=${YEAR}`)
        ).body.data.registrations.find((r: { documentId: string }) => r.documentId === id);
      expect((await overview()).yetToScore).toEqual([m0.email]);
      const early = await call(sec, 'POST', `/recognition/registrations/${id}/propose`);
      expect(early.status).toBe(422);
      expect(early.body.error.details.members).toEqual([m0.email]);

      // Sent: it counts, the secretariat hears the dossier is ready, the draft is gone.
      const sent = await call(m0.token, 'PUT', scores, { marks: full });
      ok(sent);
      expect(sent.body.data.councilTotal).toBe(sent.body.data.total);
      expect((await overview()).yetToScore).toEqual([]);
      expect(await ready()).toBeGreaterThan(0);
      const after = await call(m0.token, 'GET', `/api/recognition/council/registrations/${id}`);
      expect(after.body.data.myDraft).toBeNull();
      expect(after.body.data.myMarks).toEqual(full);

      const back = await call(m0.token, 'PUT', scores, { draft: true, marks: full });
      expect(back.status).toBe(409);
      expect(back.body.error.details.code).toBe('council-scores-sent');
      const drafts = await strapi.db
        .query('plugin::recognition.audit-event')
        .count({ where: { subjectId: id, action: 'council-score.draft' } });
      expect(drafts).toBe(2);
      const wrongFlag = await call(m1.token, 'PUT', scores, { draft: 'yes', marks: full });
      expect(wrongFlag.status).toBe(400);
      expect(wrongFlag.body.error.message).toContain('draft');
    });
  });

  it('voids a draft when its member declares a conflict of interest', async () => {
    const { strapi } = getApp();
    await atTime(strapi, `${YEAR + 1}-12-01T03:00:00Z`, async () => {
      const { id, members, full, call, ok } = await dossierBeforeCouncil(
        getApp(),
        YEAR + 1,
        'draftc',
      );
      ok(
        await call(members[0].token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
          draft: true,
          marks: full,
        }),
      );
      ok(
        await call(members[0].token, 'POST', `/api/recognition/registrations/${id}/conflicts`, {
          reason: 'Người thân làm việc tại đơn vị',
        }),
      );
      const rows = await strapi.db
        .query('plugin::recognition.council-score')
        .count({ where: { uniqueKey: `${id}:${members[0].email}` } });
      expect(rows).toBe(0);
    });
  });
}
