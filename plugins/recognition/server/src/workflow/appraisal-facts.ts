// The council's side of a registration, as the workflow decides on it: the year's council and its
// members, the marks they sent, the vote that stands and the meetings that voted, a member's own
// row, and who already did a step (by person, from the keyed audit log).
import type { Core } from '@strapi/strapi';
import type { MemberScore, Vote } from '../../../shared/domain/council';
import type { Appraisal, OwnScore } from '../../../shared/domain/registration';
import type { Marks } from '../../../shared/domain/scoring';
import type { PriorDuty } from '../../../shared/domain/workflow';
import { AUDIT_EVENT, COUNCIL, COUNCIL_SCORE, MEETING } from '../constants/uids';

type MeetingRow = { documentId: string; votes: (Vote & { registration: string })[] | null };
type ScoreRow = {
  id: number;
  memberEmail: string;
  marks: Marks | null;
  total: unknown;
  draft: boolean | null;
  complete: boolean | null;
};

export const scoreKey = (registration: string, member: string) => `${registration}:${member}`;

export const appraisalFacts = (strapi: Core.Strapi) => {
  /**
   * Council scores of a registration, found by their key ("<registration>:<member>"): those sent
   * for the council. A member's draft is theirs alone until sent and weighs on nothing.
   */
  async function scoresOf(
    documentId: string,
  ): Promise<(MemberScore & { id: number; total: number })[]> {
    const rows: ScoreRow[] = await strapi.db
      .query(COUNCIL_SCORE)
      .findMany({ where: { uniqueKey: { $startsWith: `${documentId}:` }, draft: false } });
    return rows.map((r) => ({
      id: r.id,
      member: String(r.memberEmail).toLowerCase(),
      marks: r.marks ?? {},
      total: Number(r.total),
    }));
  }

  /** A member's own row of marks on a dossier, sent or still a draft. */
  async function ownScoreOf(documentId: string, member: string): Promise<OwnScore | null> {
    const row: ScoreRow | null = await strapi.db
      .query(COUNCIL_SCORE)
      .findOne({ where: { uniqueKey: scoreKey(documentId, member) } });
    return row ? { marks: row.marks ?? {}, draft: !!row.draft, complete: !!row.complete } : null;
  }

  async function councilOf(jurisdictionDocumentId: string, year: number) {
    const council = await strapi.db
      .query(COUNCIL)
      .findOne({ where: { jurisdiction: { documentId: jurisdictionDocumentId }, year } });
    if (!council) return null;
    return {
      ...council,
      memberEmails: ((council.members ?? []) as { email: string }[]).map((m) =>
        m.email.toLowerCase(),
      ),
    } as {
      id: number;
      documentId: string;
      members: { email: string; name: string }[] | null;
      memberEmails: string[];
    };
  }

  /** The votes on a dossier, meeting by meeting in order, leaving out the votes voided by reopening scoring. */
  async function votesOn(councilId: number, registration: string, voided: string[] = []) {
    const meetings: MeetingRow[] = await strapi.db
      .query(MEETING)
      .findMany({ where: { council: { id: councilId } }, orderBy: { id: 'asc' } });
    return meetings
      .filter((m) => !voided.includes(m.documentId))
      .flatMap((m) => (m.votes ?? []).map((v) => ({ ...v, meeting: m.documentId })))
      .filter((v) => v.registration === registration);
  }

  /** The council's last vote on a dossier that was not voided. */
  async function lastVote(
    councilId: number,
    registrationDocumentId: string,
    voided: string[] = [],
  ): Promise<(Vote & { meeting: string }) | null> {
    return (await votesOn(councilId, registrationDocumentId, voided)).at(-1) ?? null;
  }

  /** Everything the council's side of a decision needs, loaded once. */
  async function appraisalOf(reg: {
    documentId: string;
    year: number;
    voidedVotes: string[] | null;
    unit: { jurisdiction: { documentId: string } };
  }): Promise<Appraisal> {
    const council = await councilOf(reg.unit.jurisdiction.documentId, reg.year);
    const scores = await scoresOf(reg.documentId);
    if (!council) return { members: null, scores, vote: null, votedMeetings: [] };
    const all = await votesOn(council.id, reg.documentId);
    const standing = all.filter((v) => !(reg.voidedVotes ?? []).includes(v.meeting));
    return {
      members: council.memberEmails,
      scores,
      vote: standing.at(-1) ?? null,
      votedMeetings: [...new Set(all.map((v) => v.meeting))],
    };
  }

  /**
   * Who already did a step on this registration, by person, from the audit log (which is keyed, so
   * nobody can write themselves out of it): scorers, the secretariat who proposed it, and whoever
   * recorded a council vote on it.
   */
  async function priorDutiesOf(reg: {
    documentId: string;
    unit: { jurisdiction?: { slug: string } | null };
  }): Promise<PriorDuty[]> {
    const own: { action: string; personId: string }[] = await strapi.db
      .query(AUDIT_EVENT)
      .findMany({
        where: {
          subjectId: reg.documentId,
          action: { $in: ['council_score', 'propose'] },
          personId: { $notNull: true },
        },
        select: ['action', 'personId'],
      });
    const meetings: { after: { votes?: { registration: string }[] } | null; personId: string }[] =
      await strapi.db.query(AUDIT_EVENT).findMany({
        where: {
          action: 'meeting.record',
          jurisdiction: reg.unit.jurisdiction?.slug ?? '',
          personId: { $notNull: true },
        },
        select: ['after', 'personId'],
      });
    const voted = meetings.filter((m) =>
      (m.after?.votes ?? []).some((v) => v.registration === reg.documentId),
    );
    return [
      ...own.map((e) => ({
        personId: e.personId,
        duty: e.action === 'propose' ? ('proposed' as const) : ('scored' as const),
      })),
      ...voted.map((m) => ({ personId: m.personId, duty: 'voted' as const })),
    ];
  }

  return { scoresOf, ownScoreOf, councilOf, lastVote, appraisalOf, priorDutiesOf };
};
