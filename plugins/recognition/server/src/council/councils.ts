// The secretariat's side of appraisal: setting up a jurisdiction's council for a year and
// recording its meetings (attendance, per-unit votes, conclusion).
import type { Core } from '@strapi/strapi';
import {
  checkQuorum,
  checkVoteCount,
  conflictedMembers,
  gapsInWords,
  membersYetToScore,
  readyToPropose,
  scoringGaps,
} from '../../../shared/domain/council';
import { requestsOpen, submittedStates } from '../../../shared/domain/states';
import { refusal, type Actor } from '../../../shared/domain/workflow';
import { DomainFailure, unwrap } from '../errors';
import { pageOf, paginationOf, type PageAsk } from '../pagination';
import { clockService } from '../config';
import { auditService } from '../audit';
import { allowedFor, registrationRepository } from '../workflow';
import { checkActorScope } from '../../../shared/domain/scope';
import {
  COUNCIL,
  COUNCIL_SCORE,
  JURISDICTION,
  MEETING,
  MEMBERSHIP,
  PERSON,
  REGISTRATION,
} from '../constants/uids';

export type CouncilInput = {
  jurisdiction: string;
  year: number;
  name: string;
  members: { email: string; name: string }[];
  chairEmail: string;
  secretaryEmail: string;
};
export type MeetingInput = {
  council: string;
  startedAt: string;
  endedAt: string;
  place: string;
  attendance: { email: string; present: boolean }[];
  votes: { registration: string; for: number; against: number; abstain: number }[];
  conclusion: string;
};

/** Waiting dossiers named on the page; the rest are counted. */
const WAITING_NAMED = 50;

/**
 * A page of the year's dossiers, with the ones the next meeting votes on (under appraisal, every
 * member has scored, no vote standing: a recorded meeting takes them off the form) and the ones
 * still waiting for scores. `appraising` is what the machine allows on each (proposing included),
 * before the row hides "Đề nghị" until the dossier is ready for it.
 */
function pagedForMeeting<
  R extends { documentId: string; unit: unknown; yetToScore: string[]; vote: unknown },
>(page: PageAsk, all: { row: R; appraising: boolean }[]) {
  const proposable = all.filter((r) => r.appraising).map((r) => r.row);
  const waiting = proposable.filter((r) => r.yetToScore.length > 0);
  const { items, total } = pageOf(
    page,
    all.map((r) => r.row),
  );
  return {
    registrations: items,
    pagination: paginationOf(page, total),
    forVote: proposable
      .filter((r) => r.yetToScore.length === 0 && !r.vote)
      .map((r) => ({ documentId: r.documentId, unit: r.unit })),
    waiting: {
      count: waiting.length,
      first: waiting
        .slice(0, WAITING_NAMED)
        .map((r) => ({ documentId: r.documentId, unit: r.unit, yetToScore: r.yetToScore })),
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => clockService(strapi).now();
  return {
    /**
     * The secretariat's view of a jurisdiction's year: the council, its meetings, and every
     * registration from submission on with its totals, council scores and last vote.
     */
    /**
     * The secretariat's year: the council, its meetings, a page of the dossiers, and what the
     * next meeting needs whatever the page: every dossier ready for the vote, and how many still
     * wait for a member's score (the first of them named).
     */
    async overview(actor: Actor, jurisdiction: string, year: number, page: PageAsk) {
      const council = await strapi.db
        .query(COUNCIL)
        .findOne({ where: { jurisdiction: { slug: jurisdiction }, year } });
      const meetings = council
        ? await strapi.db
            .query(MEETING)
            .findMany({ where: { council: { id: council.id } }, orderBy: { startedAt: 'asc' } })
        : [];
      const regs = await strapi.db.query(REGISTRATION).findMany({
        where: {
          year,
          state: { $in: [...submittedStates] },
          unit: { jurisdiction: { slug: jurisdiction } },
        },
        populate: { unit: { select: ['name', 'code', 'kind'] } },
        orderBy: { id: 'asc' },
      });
      const scores = regs.length
        ? await strapi.db.query(COUNCIL_SCORE).findMany({
            where: {
              registration: { id: { $in: regs.map((r: { id: number }) => r.id) } },
              complete: true,
              draft: false,
            },
            select: ['memberEmail'],
            populate: { registration: { select: ['id'] } },
          })
        : [];
      // Each dossier's members who marked every criterion (flagged when saved) and last vote, grouped once (a province's year has thousands of dossiers).
      const scorersOf = new Map<number, string[]>();
      for (const sc of scores as { memberEmail: string; registration?: { id: number } }[])
        if (sc.registration)
          scorersOf.set(sc.registration.id, [
            ...(scorersOf.get(sc.registration.id) ?? []),
            String(sc.memberEmail).toLowerCase(),
          ]);
      type MeetingVote = {
        registration: string;
        for: number;
        against: number;
        abstain: number;
        meeting: string;
      };
      const votesOf = new Map<string, MeetingVote[]>();
      for (const m of meetings as { documentId: string; votes: MeetingVote[] | null }[])
        for (const v of m.votes ?? [])
          votesOf.set(v.registration, [
            ...(votesOf.get(v.registration) ?? []),
            { ...v, meeting: m.documentId },
          ]);
      // A vote voided by reopening scoring no longer counts.
      const lastVote = (r: { documentId: string; voidedVotes?: string[] | null }) =>
        (votesOf.get(r.documentId) ?? [])
          .filter((v) => !(r.voidedVotes ?? []).includes(v.meeting))
          .at(-1);
      const memberEmails = ((council?.members ?? []) as { email: string }[]).map((m) =>
        m.email.toLowerCase(),
      );
      // The province's council-member accounts, for the secretariat to choose the council from.
      const memberships = await strapi.db.query(MEMBERSHIP).findMany({
        where: { role: 'council_member', jurisdiction: { slug: jurisdiction } },
        populate: { user: { select: ['id', 'email', 'username'] } },
      });
      const users = memberships.map((m: any) => m.user).filter(Boolean);
      const people = users.length
        ? await strapi.db.query(PERSON).findMany({
            where: { user: { id: { $in: users.map((u: any) => u.id) } } },
            select: ['fullName'],
            populate: { user: { select: ['id'] } },
          })
        : [];
      const nameOf = new Map(people.map((p: any) => [p.user?.id, p.fullName]));
      const candidates = users
        .map((u: any) => ({
          email: String(u.email).toLowerCase(),
          name: (nameOf.get(u.id) as string | undefined) ?? u.username,
        }))
        .sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi'));
      return {
        candidates,
        council: council
          ? {
              documentId: council.documentId,
              name: council.name,
              members: council.members as { email: string; name: string }[],
              chairEmail: council.chairEmail,
              secretaryEmail: council.secretaryEmail,
            }
          : null,
        meetings: meetings.map(
          (m: { documentId: string; startedAt: string; place: string; votes: unknown[] }) => ({
            documentId: m.documentId,
            startedAt: m.startedAt,
            place: m.place,
            votes: (m.votes ?? []).length,
          }),
        ),
        ...pagedForMeeting(
          page,
          regs.map((r: any) => {
            const vote = lastVote(r) ?? null;
            const scorers = scorersOf.get(r.id) ?? [];
            const yetToScore = council
              ? membersYetToScore(memberEmails, conflictedMembers(r.conflicts), scorers)
              : [];
            const allowed = allowedFor(actor, r, now());
            const ready = readyToPropose(!!r.rules?.usesCouncil || !!council, yetToScore, vote);
            return {
              appraising: allowed.includes('propose'),
              row: {
                documentId: r.documentId,
                unit: r.unit ? { name: r.unit.name, code: r.unit.code, kind: r.unit.kind } : null,
                state: r.state,
                allowedEvents: allowed.filter((e) => e !== 'propose' || ready),
                canRequest: requestsOpen(r.state),
                stateReason: r.stateReason ?? null,
                selfTotal: r.selfTotal == null ? null : Number(r.selfTotal),
                councilTotal: r.councilTotal == null ? null : Number(r.councilTotal),
                councilScores: scorers.length,
                conflicts: (r.conflicts ?? []).length,
                // Members without a conflict who have not marked every criterion: the council votes on a dossier only when none are left.
                yetToScore,
                vote: vote ? { for: vote.for, against: vote.against, abstain: vote.abstain } : null,
              },
            };
          }),
        ),
      };
    },

    async setUp(actor: Actor, input: CouncilInput) {
      return strapi.db.transaction(async () => {
        const jurisdiction = await strapi.db
          .query(JURISDICTION)
          .findOne({ where: { slug: input.jurisdiction } });
        if (!jurisdiction)
          throw new DomainFailure(
            'not-found',
            `Không có tỉnh / thành phố "${input.jurisdiction}".`,
          );
        const emails = input.members.map((m) => m.email.toLowerCase());
        for (const [role, email] of [
          ['Chủ tịch hội đồng', input.chairEmail],
          ['Thư ký hội đồng', input.secretaryEmail],
        ] as const) {
          if (!emails.includes(email.toLowerCase()))
            throw new DomainFailure(
              'invalid-input',
              `${role} (${email}) phải là một thành viên của hội đồng.`,
            );
        }
        const uniqueKey = `${jurisdiction.documentId}:${input.year}`;
        const data = {
          jurisdiction: jurisdiction.id,
          year: input.year,
          name: input.name,
          members: input.members.map((m) => ({ email: m.email.toLowerCase(), name: m.name })),
          chairEmail: input.chairEmail.toLowerCase(),
          secretaryEmail: input.secretaryEmail.toLowerCase(),
          uniqueKey,
        };
        const existing = await strapi.db.query(COUNCIL).findOne({ where: { uniqueKey } });
        const saved = existing
          ? await strapi.db.query(COUNCIL).update({ where: { id: existing.id }, data })
          : await strapi.db.query(COUNCIL).create({ data });
        await auditService(strapi).appendBy(
          actor,
          {
            action: existing ? 'council.update' : 'council.create',
            subjectType: 'council',
            subjectId: saved.documentId,
            jurisdiction: jurisdiction.slug ?? null,
            before: existing ? { members: existing.members } : null,
            after: {
              members: data.members,
              chair: data.chairEmail,
              secretary: data.secretaryEmail,
            },
          },
          now(),
        );
        return { documentId: saved.documentId, members: data.members.length };
      });
    },

    /** Carries a council into another year: the same members, chair and secretary, the name's year changed; audited as set-up. */
    async copy(actor: Actor, input: { jurisdiction: string; fromYear: number; toYear: number }) {
      unwrap(checkActorScope(actor, input.jurisdiction, 'Hội đồng thẩm định'));
      const from = await strapi.db
        .query(COUNCIL)
        .findOne({ where: { year: input.fromYear, jurisdiction: { slug: input.jurisdiction } } });
      if (!from)
        throw new DomainFailure(
          'not-found',
          `Chưa có hội đồng thẩm định năm ${input.fromYear} của "${input.jurisdiction}" để sao chép.`,
        );
      if (
        await strapi.db
          .query(COUNCIL)
          .findOne({ where: { year: input.toYear, jurisdiction: { slug: input.jurisdiction } } })
      ) {
        throw new DomainFailure(
          'invalid-input',
          `Đã có hội đồng thẩm định năm ${input.toYear}; sửa hội đồng đó thay vì sao chép.`,
        );
      }
      return this.setUp(actor, {
        jurisdiction: input.jurisdiction,
        year: input.toYear,
        name: String(from.name).replace(String(input.fromYear), String(input.toYear)),
        members: from.members,
        chairEmail: from.chairEmail,
        secretaryEmail: from.secretaryEmail,
      });
    },

    async recordMeeting(actor: Actor, input: MeetingInput) {
      return strapi.db.transaction(async () => {
        const council = await strapi.db
          .query(COUNCIL)
          .findOne({ where: { documentId: input.council }, populate: ['jurisdiction'] });
        if (!council) throw new DomainFailure('not-found', 'Không tìm thấy hội đồng thẩm định.');
        unwrap(checkActorScope(actor, council.jurisdiction?.slug, 'Hội đồng thẩm định'));
        const members = (council.members as { email: string }[]).map((m) => m.email.toLowerCase());
        const present = input.attendance.filter((a) => a.present).length;
        for (const a of input.attendance) {
          if (!members.includes(a.email.toLowerCase()))
            throw new DomainFailure('vote-invalid', `"${a.email}" không phải thành viên hội đồng.`);
        }
        unwrap(checkQuorum(present, members.length));
        if (new Date(input.endedAt) <= new Date(input.startedAt))
          throw new DomainFailure('invalid-input', 'Giờ kết thúc phải sau giờ bắt đầu.');
        for (const v of input.votes) {
          const reg = await strapi.db.query(REGISTRATION).findOne({
            where: { documentId: v.registration },
            populate: { unit: { populate: ['jurisdiction'] } },
          });
          if (
            !reg ||
            reg.unit?.jurisdiction?.id !== council.jurisdiction.id ||
            reg.year !== council.year
          ) {
            throw new DomainFailure(
              'vote-invalid',
              `Hồ sơ ${v.registration} không thuộc hội đồng này (tỉnh / thành phố và năm).`,
            );
          }
          unwrap(checkVoteCount(v, present, reg.unit.name));
          // A vote prepares a proposal: it is taken on dossiers the machine would let the secretariat propose.
          if (refusal(reg.state, 'propose', actor))
            throw new DomainFailure(
              'invalid-transition',
              `Hồ sơ của ${reg.unit.name} không ở trạng thái đang thẩm định.`,
            );
          // The council votes on a dossier only once every member without a conflict has scored it.
          const full = await registrationRepository(strapi).load(reg.documentId);
          const gaps = scoringGaps(
            full.criteriaSet,
            members,
            conflictedMembers(reg.conflicts),
            await registrationRepository(strapi).scoresOf(reg.documentId),
          );
          if (gaps.length)
            throw new DomainFailure(
              'council-incomplete',
              `Chưa biểu quyết được hồ sơ của ${reg.unit.name}: ${gapsInWords(gaps)}.`,
              { members: gaps.map((g) => g.member), gaps },
            );
        }
        const meeting = await strapi.db.query(MEETING).create({
          data: {
            council: council.id,
            startedAt: input.startedAt,
            endedAt: input.endedAt,
            place: input.place,
            attendance: input.attendance,
            votes: input.votes,
            conclusion: input.conclusion,
          },
        });
        await auditService(strapi).appendBy(
          actor,
          {
            action: 'meeting.record',
            subjectType: 'meeting',
            subjectId: meeting.documentId,
            jurisdiction: council.jurisdiction?.slug ?? null,
            before: null,
            after: { votes: input.votes, present, conclusion: input.conclusion },
          },
          now(),
        );
        return { documentId: meeting.documentId, present };
      });
    },
  };
};
