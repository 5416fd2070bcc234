// The decider of a province's appraisal council for a year: setting it up (members, a chair and a
// secretary among them) and recording a meeting (attendance of members only, a quorum, an end
// after the start, and a vote only on this council's dossiers that are under appraisal and fully
// scored, with a count that adds up to those present). Pure: the service loads the council and
// the dossiers voted on, saves what the events say and appends them to the audit log.
import {
  checkQuorum,
  checkVoteCount,
  gapsInWords,
  scoringGaps,
  type MemberScore,
} from '../council';
import { err, ok, type Result } from '../errors';
import type { CriteriaSetDef } from '../scoring';
import type { State } from '../states';
import { refusal, type Actor } from '../workflow';

export type Member = { email: string; name: string };
export type CouncilEvent =
  | {
      type: 'council.create' | 'council.update';
      members: Member[];
      chair: string;
      secretary: string;
    }
  | {
      type: 'meeting.record';
      startedAt: string;
      endedAt: string;
      place: string;
      attendance: { email: string; present: boolean }[];
      votes: { registration: string; for: number; against: number; abstain: number }[];
      present: number;
      conclusion: string;
    };

export type SetUpCouncil = {
  type: 'set_up';
  members: Member[];
  chairEmail: string;
  secretaryEmail: string;
  /** Whether the year already has a council (then this changes it). */
  exists: boolean;
};
/** A dossier voted on, with what the vote is judged against; null when no such dossier exists. */
export type VotedDossier = {
  documentId: string;
  unitName: string;
  jurisdiction: string;
  year: number;
  state: State;
  criteriaSet: CriteriaSetDef;
  conflicted: string[];
  scores: MemberScore[];
} | null;
export type RecordMeeting = {
  type: 'record_meeting';
  council: { jurisdiction: string; year: number; members: string[] };
  startedAt: string;
  endedAt: string;
  place: string;
  attendance: { email: string; present: boolean }[];
  votes: { registration: string; for: number; against: number; abstain: number }[];
  /** The dossiers named by the votes, in the same order. */
  dossiers: VotedDossier[];
  conclusion: string;
};
export type CouncilCommand = SetUpCouncil | RecordMeeting;

export function decideCouncil(c: CouncilCommand, actor: Actor): Result<CouncilEvent[]> {
  return c.type === 'set_up' ? setUp(c) : recordMeeting(c, actor);
}

function setUp(c: SetUpCouncil): Result<CouncilEvent[]> {
  const members = c.members.map((m) => ({ email: m.email.toLowerCase(), name: m.name }));
  const emails = members.map((m) => m.email);
  for (const [role, email] of [
    ['Chủ tịch hội đồng', c.chairEmail],
    ['Thư ký hội đồng', c.secretaryEmail],
  ] as const)
    if (!emails.includes(email.toLowerCase()))
      return err('invalid-input', `${role} (${email}) phải là một thành viên của hội đồng.`);
  return ok([
    {
      type: c.exists ? 'council.update' : 'council.create',
      members,
      chair: c.chairEmail.toLowerCase(),
      secretary: c.secretaryEmail.toLowerCase(),
    },
  ]);
}

function recordMeeting(c: RecordMeeting, actor: Actor): Result<CouncilEvent[]> {
  const { members } = c.council;
  const present = c.attendance.filter((a) => a.present).length;
  const stranger = c.attendance.find((a) => !members.includes(a.email.toLowerCase()));
  if (stranger) return err('vote-invalid', `"${stranger.email}" không phải thành viên hội đồng.`);
  const quorum = checkQuorum(present, members.length);
  if (!quorum.ok) return quorum;
  if (new Date(c.endedAt) <= new Date(c.startedAt))
    return err('invalid-input', 'Giờ kết thúc phải sau giờ bắt đầu.');
  for (const [i, v] of c.votes.entries()) {
    const d = c.dossiers[i];
    if (!d || d.jurisdiction !== c.council.jurisdiction || d.year !== c.council.year)
      return err(
        'vote-invalid',
        `Hồ sơ ${v.registration} không thuộc hội đồng này (tỉnh / thành phố và năm).`,
      );
    const count = checkVoteCount(v, present, d.unitName);
    if (!count.ok) return count;
    // A vote prepares a proposal: it is taken on dossiers the machine would let the secretariat propose.
    if (refusal(d.state, 'propose', actor))
      return err(
        'invalid-transition',
        `Hồ sơ của ${d.unitName} không ở trạng thái đang thẩm định.`,
      );
    // The council votes on a dossier only once every member without a conflict has scored it.
    const gaps = scoringGaps(d.criteriaSet, members, d.conflicted, d.scores);
    if (gaps.length)
      return err(
        'council-incomplete',
        `Chưa biểu quyết được hồ sơ của ${d.unitName}: ${gapsInWords(gaps)}.`,
        { members: gaps.map((g) => g.member), gaps },
      );
  }
  return ok([
    {
      type: 'meeting.record',
      startedAt: c.startedAt,
      endedAt: c.endedAt,
      place: c.place,
      attendance: c.attendance,
      votes: c.votes,
      present,
      conclusion: c.conclusion,
    },
  ]);
}
