// The appraisal council's rules: a meeting's quorum, whether a vote carries, whether every
// member who may score has scored, and the council's marks and total once conflicts are
// taken out (a member who declares a conflict has their earlier scores voided).
import { criteriaOf, scoreAssessment, type CriteriaSetDef, type Mark, type Marks } from './scoring';
import { err, ok, type Result } from './errors';

export type Vote = { for: number; against: number; abstain: number };
export type MemberScore = { member: string; marks: Marks };

/** A meeting may decide when more than half of the council's members are present. */
export function checkQuorum(present: number, members: number): Result<true> {
  if (present * 2 <= members) return err('quorum-not-met', `Cuộc họp cần quá nửa thành viên hội đồng có mặt (có mặt ${present}/${members}).`, { present, members });
  return ok(true);
}

/**
 * The vote on one dossier accounts for every member present: for, against and not voting add
 * up to the members present (the minutes record each member's position).
 */
export function checkVoteCount(vote: Vote, present: number, unit: string): Result<true> {
  const cast = vote.for + vote.against + vote.abstain;
  if (cast !== present)
    return err('vote-invalid', `Biểu quyết về ${unit}: tán thành, không tán thành và không biểu quyết cộng lại là ${cast}, phải bằng số thành viên có mặt (${present}).`, { cast, present });
  return ok(true);
}

/** A proposal needs a vote in which more members were for than against. */
export function voteCarries(vote: Vote | null | undefined): boolean {
  return !!vote && vote.for > vote.against;
}

/** The members who declared a conflict of interest on a registration. */
export const conflictedMembers = (conflicts: { email: string }[] | null | undefined): string[] => (conflicts ?? []).map((c) => c.email);

/** Members who must still score before the council may vote on a dossier (conflicted members excluded). */
export function membersYetToScore(members: string[], conflicted: string[], scorers: string[]): string[] {
  const done = new Set(scorers);
  const out = new Set(conflicted);
  return members.filter((m) => !out.has(m) && !done.has(m));
}

/** Scores that count: those of members who have not declared a conflict. */
export function countingScores(scores: MemberScore[], conflicted: string[]): MemberScore[] {
  const out = new Set(conflicted);
  return scores.filter((s) => !out.has(s.member));
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The council's mark per criterion: the mean of points, and pass only if every member passed it. */
export function councilMarks(set: CriteriaSetDef, scores: MemberScore[]): Marks {
  const out: Marks = {};
  for (const c of criteriaOf(set)) {
    const given = scores.map((s) => s.marks[c.code]).filter((m): m is Mark => !!m);
    if (!given.length) continue;
    if (c.scoring === 'pass_fail') out[c.code] = { passed: given.every((m) => m.passed === true) };
    else out[c.code] = { points: round(given.reduce((s, m) => s + (m.points ?? Object.values(m.subItems ?? {}).reduce((a, b) => a + b, 0)), 0) / given.length) };
  }
  return out;
}

/** The council total: the mean of the counting members' totals, or null when nobody counts. */
export function councilTotal(set: CriteriaSetDef, scores: MemberScore[]): number | null {
  if (!scores.length) return null;
  return round(scores.reduce((s, m) => s + scoreAssessment(set, m.marks).total, 0) / scores.length);
}
