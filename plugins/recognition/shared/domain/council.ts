// The appraisal council's rules: a meeting's quorum, whether a vote carries, whether every
// member who may score has scored, and the council's marks and total once conflicts are
// taken out (a member who declares a conflict has their earlier scores voided).
import {
  criteriaOf,
  fromHundredths,
  scoreAssessment,
  thresholdFailures,
  toHundredths,
  unmarkedCriteria,
  type CriteriaSetDef,
  type Mark,
  type Marks,
} from './scoring';
import { err, ok, type Result } from './errors';

export type Vote = { for: number; against: number; abstain: number };
export type MemberScore = { member: string; marks: Marks };

/** A meeting may decide when more than half of the council's members are present. */
export function checkQuorum(present: number, members: number): Result<true> {
  if (present * 2 <= members)
    return err(
      'quorum-not-met',
      `Cuộc họp cần quá nửa thành viên hội đồng có mặt (có mặt ${present}/${members}).`,
      { present, members },
    );
  return ok(true);
}

/**
 * The vote on one dossier accounts for every member present: for, against and not voting add
 * up to the members present (the minutes record each member's position).
 */
export function checkVoteCount(vote: Vote, present: number, unit: string): Result<true> {
  const cast = vote.for + vote.against + vote.abstain;
  if (cast !== present)
    return err(
      'vote-invalid',
      `Biểu quyết về ${unit}: tán thành, không tán thành và không biểu quyết cộng lại là ${cast}, phải bằng số thành viên có mặt (${present}).`,
      { cast, present },
    );
  return ok(true);
}

/** A proposal needs a vote in which more members were for than against. */
export function voteCarries(vote: Vote | null | undefined): boolean {
  return !!vote && vote.for > vote.against;
}

/**
 * Whether a dossier may be proposed now, as the proposal step itself judges it (workflow.ts,
 * checkProposal): where a council appraises, only once every member without a conflict has
 * scored it whole and its vote carried. Lists offer "Đề nghị" only then.
 */
export const readyToPropose = (
  councilRequired: boolean,
  yetToScore: readonly string[],
  vote: Vote | null | undefined,
): boolean => !councilRequired || (yetToScore.length === 0 && voteCarries(vote));

/** The members who declared a conflict of interest on a registration. */
export const conflictedMembers = (conflicts: { email: string }[] | null | undefined): string[] =>
  (conflicts ?? []).map((c) => c.email);

/** Members who must still score before the council may vote on a dossier (conflicted members excluded). */
export function membersYetToScore(
  members: string[],
  conflicted: string[],
  scorers: string[],
): string[] {
  const done = new Set(scorers);
  const out = new Set(conflicted);
  return members.filter((m) => !out.has(m) && !done.has(m));
}

/** A member who may score and has not marked every criterion: who, and which criteria are left. */
export type MemberGap = { member: string; criteria: string[] };

/**
 * A council's scoring is complete when every member without a conflict has marked every
 * criterion of the set; one criterion marked is not "has scored". Empty when complete.
 */
export function scoringGaps(
  set: CriteriaSetDef,
  members: string[],
  conflicted: string[],
  scores: MemberScore[],
): MemberGap[] {
  const out = new Set(conflicted);
  const marksOf = new Map(scores.map((s) => [s.member, s.marks]));
  return members
    .filter((m) => !out.has(m))
    .map((member) => ({ member, criteria: unmarkedCriteria(set, marksOf.get(member)) }))
    .filter((g) => g.criteria.length > 0);
}

/** The gaps in words: each member with the criteria they have not marked. */
export const gapsInWords = (gaps: MemberGap[]) =>
  gaps
    .map(
      (g) =>
        `${g.member} chưa chấm ${g.criteria.length > 5 ? `${g.criteria.length} tiêu chí (${g.criteria.slice(0, 5).join(', ')}, ...)` : `tiêu chí ${g.criteria.join(', ')}`}`,
    )
    .join('; ');

export type CouncilVerdict = {
  /** Every member without a conflict has marked every criterion. */
  complete: boolean;
  gaps: MemberGap[];
  /** The council total shown and judged (null before anyone counts). */
  total: number | null;
  /** The threshold's failures on that total and on the council's knock-out and mandatory marks. */
  failures: string[];
};

/**
 * The one verdict of a council on a dossier, used by the proposal gate and shown wherever the
 * council's result is shown: completeness, the total (the mean of the counting members' totals),
 * and the threshold judged on that very total.
 */
export function councilVerdict(
  set: CriteriaSetDef,
  members: string[],
  conflicted: string[],
  scores: MemberScore[],
): CouncilVerdict {
  const counting = countingScores(scores, conflicted).filter((s) => members.includes(s.member));
  const gaps = scoringGaps(set, members, conflicted, scores);
  const total = councilTotal(set, counting);
  const failures =
    total === null
      ? ['hội đồng chưa chấm điểm']
      : thresholdFailures(set, councilMarks(set, counting), total);
  return { complete: gaps.length === 0 && total !== null, gaps, total, failures };
}

/** Scores that count: those of members who have not declared a conflict. */
export function countingScores(scores: MemberScore[], conflicted: string[]): MemberScore[] {
  const out = new Set(conflicted);
  return scores.filter((s) => !out.has(s.member));
}

const round = (n: number) => fromHundredths(toHundredths(n));

/** The council's mark per criterion: the mean of points, and pass only if every member passed it. */
export function councilMarks(set: CriteriaSetDef, scores: MemberScore[]): Marks {
  const out: Marks = {};
  for (const c of criteriaOf(set)) {
    const given = scores.map((s) => s.marks[c.code]).filter((m): m is Mark => !!m);
    if (!given.length) continue;
    if (c.scoring === 'pass_fail') out[c.code] = { passed: given.every((m) => m.passed === true) };
    else
      out[c.code] = {
        points: round(
          given.reduce(
            (s, m) => s + (m.points ?? Object.values(m.subItems ?? {}).reduce((a, b) => a + b, 0)),
            0,
          ) / given.length,
        ),
      };
  }
  return out;
}

/**
 * The council total: the mean of the counting members' totals, or null when nobody counts. Worked
 * in whole hundredths and rounded down, so that a mean of 79.995 is 79.99 wherever it is shown or
 * judged (rounding up would carry a unit over a threshold it did not reach).
 */
export function councilTotal(set: CriteriaSetDef, scores: MemberScore[]): number | null {
  if (!scores.length) return null;
  const sumH = scores.reduce((s, m) => s + toHundredths(scoreAssessment(set, m.marks).total), 0);
  return fromHundredths(Math.floor(sumH / scores.length));
}
