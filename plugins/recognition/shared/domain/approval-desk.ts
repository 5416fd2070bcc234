// What the approver needs beside "Công nhận", from the council's own records: each member's mark
// on every criterion with their notes, who stood aside and why, and the criteria the unit gave no
// evidence for. The queue shows this on one screen so that a legal act is not decided half blind.
import { conflictedMembers, type MemberScore } from './council';
import {
  criteriaOf,
  markComplete,
  scoreAssessment,
  type CriteriaSetDef,
  type Marks,
} from './scoring';
import { compareScores } from './score-comparison';

export type MarkValue = number | boolean | null;

export type MemberColumn = {
  member: string;
  name: string | null;
  total: number;
  complete: boolean;
  marks: Record<string, MarkValue>;
  notes: Record<string, string>;
};

export type Desk = {
  criteria: { code: string; title: string; self: MarkValue }[];
  members: MemberColumn[];
  conflicts: { member: string; name: string | null; reason: string }[];
  missingEvidence: string[];
};

/** Each criterion's mark as a value: its points (sub-items summed) or pass/fail; null when unmarked. */
export const markValues = (set: CriteriaSetDef, marks: Marks): Record<string, MarkValue> =>
  Object.fromEntries(compareScores(set, {}, marks, 0).map((d) => [d.criterion, d.council]));

export function approvalDesk(input: {
  set: CriteriaSetDef;
  selfMarks: Marks;
  scores: MemberScore[];
  conflicts: { email: string; reason: string }[] | null;
  /** The council's members (e-mail, name), in the council's order; scores by others are shown after them. */
  council: { email: string; name: string }[];
  evidence: Record<string, unknown[]> | null;
}): Desk {
  const criteria = criteriaOf(input.set);
  const conflicted = conflictedMembers(input.conflicts);
  const nameOf = new Map(input.council.map((m) => [m.email.toLowerCase(), m.name]));
  const order = (email: string) => {
    const i = input.council.findIndex((m) => m.email.toLowerCase() === email);
    return i < 0 ? input.council.length : i;
  };
  const self = markValues(input.set, input.selfMarks);
  return {
    criteria: criteria.map((c) => ({ code: c.code, title: c.title, self: self[c.code] ?? null })),
    members: input.scores
      .filter((s) => !conflicted.includes(s.member))
      .sort((a, b) => order(a.member) - order(b.member))
      .map((s) => ({
        member: s.member,
        name: nameOf.get(s.member) ?? null,
        total: scoreAssessment(input.set, s.marks).total,
        complete: criteria.every((c) => markComplete(c, s.marks[c.code])),
        marks: markValues(input.set, s.marks),
        notes: Object.fromEntries(
          Object.entries(s.marks).flatMap(([code, m]) =>
            m.note?.trim() ? [[code, m.note.trim()]] : [],
          ),
        ),
      })),
    conflicts: (input.conflicts ?? []).map((c) => ({
      member: c.email,
      name: nameOf.get(c.email.toLowerCase()) ?? null,
      reason: c.reason,
    })),
    missingEvidence: criteria.filter((c) => !input.evidence?.[c.code]?.length).map((c) => c.code),
  };
}
