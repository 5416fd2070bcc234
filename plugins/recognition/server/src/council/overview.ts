// The secretariat's year at a glance: the council, its meetings, a page of the dossiers with
// their totals, scorers and standing vote, and what the next meeting needs whatever the page.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  conflictedMembers,
  membersYetToScore,
  readyToPropose,
} from '../../../shared/domain/council';
import { requestsOpen, submittedStates } from '../../../shared/domain/states';
import type { Actor } from '../../../shared/domain/workflow';
import { pageOf, paginationOf, type PageAsk } from '../pagination';
import { clockService } from '../config';
import { parseRows } from '../rows';
import { allowedFor, registrationListRow } from '../workflow';
import {
  COUNCIL,
  COUNCIL_SCORE,
  MEETING,
  MEMBERSHIP,
  PERSON,
  REGISTRATION,
} from '../constants/uids';

/** A council-member account the secretariat may choose from. */
const account = z.object({ id: z.number(), email: z.string(), username: z.string() });

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

export function councilOverview(strapi: Core.Strapi) {
  const now = () => clockService(strapi).now();
  /**
   * The secretariat's year: the council, its meetings, a page of the dossiers, and what the
   * next meeting needs whatever the page: every dossier ready for the vote, and how many still
   * wait for a member's score (the first of them named).
   */
  async function overview(actor: Actor, jurisdiction: string, year: number, page: PageAsk) {
    const council = await strapi.db
      .query(COUNCIL)
      .findOne({ where: { jurisdiction: { slug: jurisdiction }, year } });
    const meetings = council
      ? await strapi.db
          .query(MEETING)
          .findMany({ where: { council: { id: council.id } }, orderBy: { startedAt: 'asc' } })
      : [];
    const regs = parseRows(
      registrationListRow.extend({ id: z.number() }),
      await strapi.db.query(REGISTRATION).findMany({
        where: {
          year,
          state: { $in: [...submittedStates] },
          unit: { jurisdiction: { slug: jurisdiction } },
        },
        populate: { unit: { select: ['name', 'code', 'kind'] } },
        orderBy: { id: 'asc' },
      }),
    );
    const scores = regs.length
      ? await strapi.db.query(COUNCIL_SCORE).findMany({
          where: {
            registration: { id: { $in: regs.map((r) => r.id) } },
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
    const memberships = parseRows(
      z.object({ user: account.nullish() }),
      await strapi.db.query(MEMBERSHIP).findMany({
        where: { role: 'council_member', jurisdiction: { slug: jurisdiction } },
        populate: { user: { select: ['id', 'email', 'username'] } },
      }),
    );
    const users = memberships.flatMap((m) => (m.user ? [m.user] : []));
    const people = users.length
      ? parseRows(
          z.object({ fullName: z.string(), user: z.object({ id: z.number() }).nullish() }),
          await strapi.db.query(PERSON).findMany({
            where: { user: { id: { $in: users.map((u) => u.id) } } },
            select: ['fullName'],
            populate: { user: { select: ['id'] } },
          }),
        )
      : [];
    const nameOf = new Map(people.map((p) => [p.user?.id, p.fullName]));
    const candidates = users
      .map((u) => ({ email: u.email.toLowerCase(), name: nameOf.get(u.id) ?? u.username }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
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
        regs.map((r) => {
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
  }
  return overview;
}
