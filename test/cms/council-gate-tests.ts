// The council's verdict over HTTP, as an insider would meet it: a member has scored only when
// every criterion is marked, so a partial council can neither vote nor carry a proposal (422
// naming the members and criteria left); once the council has voted its marks are locked, and
// only the secretariat's reopen-scoring act (audited) unlocks them, voiding the vote.
import { expect, it } from 'vitest';
import { dossierBeforeCouncil } from '../helpers/council-dossier';
import { atTime, type TestApp } from '../helpers/strapi';

const YEAR = 2032;

export function councilGateTests(getApp: () => TestApp) {
  it('refuses a partial council (422 naming members and criteria), locks marks at the vote, and reopens them only by an audited act', async () => {
    const { strapi } = getApp();
    await atTime(strapi, `${YEAR}-12-01T03:00:00Z`, async () => {
      const { id, members, sec, approver, full, pointsCriteria, dt, call, ok } =
        await dossierBeforeCouncil(getApp(), YEAR, 'gate');

      // Two members mark one criterion each, the third gives full marks.
      const [first, second] = pointsCriteria;
      ok(
        await call(members[0].token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
          marks: { [first.code]: full[first.code] },
        }),
      );
      ok(
        await call(members[1].token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
          marks: { [second.code]: full[second.code] },
        }),
      );
      ok(
        await call(members[2].token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
          marks: full,
        }),
      );
      const council = await strapi.db
        .query('plugin::recognition.council')
        .findOne({ where: { year: YEAR, jurisdiction: { id: dt.id } } });
      const meeting = {
        council: council.documentId,
        startedAt: `${YEAR}-11-30T08:00:00+07:00`,
        endedAt: `${YEAR}-11-30T10:00:00+07:00`,
        place: 'Đồng Tháp',
        attendance: members.map((m) => ({ email: m.email, present: true })),
        votes: [{ registration: id, for: 3, against: 0, abstain: 0 }],
        conclusion: 'Thống nhất đề nghị công nhận',
      };
      const partialVote = await call(sec, 'POST', '/recognition/meetings', meeting);
      expect(partialVote.status).toBe(422);
      expect(partialVote.body.error.details.code).toBe('council-incomplete');
      const partial = await call(sec, 'POST', `/recognition/registrations/${id}/propose`);
      expect(partial.status).toBe(422);
      expect(partial.body.error.details.code).toBe('council-incomplete');
      expect(partial.body.error.details.members).toEqual([members[0].email, members[1].email]);
      expect(partial.body.error.details.gaps[0].criteria).toContain(second.code);
      expect(partial.body.error.details.gaps[1].criteria).toContain(first.code);
      expect(partial.body.error.message).toContain(`${members[0].email} chưa chấm`);
      // The secretariat's list does not offer the dossier for the vote while marks are missing.
      const overview = await call(
        sec,
        'GET',
        `/recognition/appraisal?jurisdiction=dong-thap&year=${YEAR}`,
      );
      ok(overview);
      expect(
        overview.body.data.forVote.map((r: { documentId: string }) => r.documentId),
      ).not.toContain(id);
      const row = (o: typeof overview) =>
        o.body.data.registrations.find((r: { documentId: string }) => r.documentId === id);
      expect(row(overview).yetToScore).toEqual([members[0].email, members[1].email]);
      // Nor "Đề nghị" before every member has scored and the council has voted.
      expect(row(overview).allowedEvents).not.toContain('propose');
      expect(row(overview).allowedEvents).toContain('not_propose');

      // Complete, vote: the marks lock. The last member's full marks tell the secretariat the dossier is ready for the vote, once.
      const ready = () =>
        strapi.db.query('plugin::recognition.notification').findMany({
          where: { title: { $contains: 'sẵn sàng biểu quyết' } },
          populate: { adminUser: { select: ['email'] } },
        });
      const readyBefore = (await ready()).length;
      ok(
        await call(members[0].token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
          marks: full,
        }),
      );
      expect((await ready()).length).toBe(readyBefore);
      ok(
        await call(members[1].token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
          marks: full,
        }),
      );
      const told = (await ready()).slice(readyBefore);
      expect(told.length).toBeGreaterThan(0);
      expect(told.every((n: { adminUser?: { email: string } }) => !!n.adminUser)).toBe(true);
      ok(
        await call(members[1].token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
          marks: full,
        }),
      );
      expect((await ready()).length).toBe(readyBefore + told.length);
      const scored = await call(
        sec,
        'GET',
        `/recognition/appraisal?jurisdiction=dong-thap&year=${YEAR}`,
      );
      expect(scored.body.data.forVote.map((r: { documentId: string }) => r.documentId)).toContain(
        id,
      );
      expect(row(scored).allowedEvents).not.toContain('propose');
      ok(await call(sec, 'POST', '/recognition/meetings', meeting));
      // Voted: off the meeting form (no second vote by mistake), and "Đề nghị" offered.
      const voted = await call(
        sec,
        'GET',
        `/recognition/appraisal?jurisdiction=dong-thap&year=${YEAR}`,
      );
      expect(
        voted.body.data.forVote.map((r: { documentId: string }) => r.documentId),
      ).not.toContain(id);
      expect(row(voted).allowedEvents).toContain('propose');
      const late = await call(
        members[0].token,
        'PUT',
        `/api/recognition/registrations/${id}/council-scores`,
        { marks: { [first.code]: { points: 0, note: 'Chấm lại sau cuộc họp' } } },
      );
      expect(late.status).toBe(409);
      expect(late.body.error.details.code).toBe('marks-locked');
      const lateConflict = await call(
        members[1].token,
        'POST',
        `/api/recognition/registrations/${id}/conflicts`,
        { reason: 'Người thân công tác tại đơn vị' },
      );
      expect(lateConflict.status).toBe(409);
      expect(lateConflict.body.error.details.code).toBe('marks-locked');
      expect(
        (
          await call(approver, 'POST', `/recognition/registrations/${id}/reopen-scoring`, {
            reason: 'Cần chấm lại tiêu chí',
          })
        ).status,
      ).toBe(403);
      expect(
        (await call(sec, 'POST', `/recognition/registrations/${id}/reopen-scoring`, {})).status,
      ).toBe(400);

      // Reopened: audited, the vote voided, the marks open again, and a new vote needed.
      ok(
        await call(sec, 'POST', `/recognition/registrations/${id}/reopen-scoring`, {
          reason: 'Thành viên đề nghị chấm lại tiêu chí',
        }),
      );
      const event = await strapi.db
        .query('plugin::recognition.audit-event')
        .findOne({ where: { subjectId: id, action: 'reopen_scoring' } });
      expect(event?.after).toMatchObject({ reason: 'Thành viên đề nghị chấm lại tiêu chí' });
      ok(
        await call(members[0].token, 'PUT', `/api/recognition/registrations/${id}/council-scores`, {
          marks: { [first.code]: { ...full[first.code] } },
        }),
      );
      const unvoted = await call(sec, 'POST', `/recognition/registrations/${id}/propose`);
      expect(unvoted.status).toBe(409);
      expect(unvoted.body.error.details.code).toBe('vote-required');
      ok(await call(sec, 'POST', '/recognition/meetings', meeting));
      ok(await call(sec, 'POST', `/recognition/registrations/${id}/propose`));

      // The approval queue shows the verdict the gate used: its total, complete.
      const queue = await call(
        approver,
        'GET',
        `/recognition/approval-queue?jurisdiction=dong-thap&year=${YEAR}`,
      );
      ok(queue);
      const queued = queue.body.data.find((r: { documentId: string }) => r.documentId === id);
      expect(queued.verdict).toMatchObject({ complete: true, gaps: [], failures: [] });
      expect(queued.verdict.total).toBe(queued.councilTotal);
      expect((await strapi.plugin('recognition').service('audit').verify()).ok).toBe(true);
    });
  });
}
