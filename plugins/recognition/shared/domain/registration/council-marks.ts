// What a council member's marks decide: sent marks justified where they stray from the unit's
// own, the member's total, the council's total recounted with them, and whether they completed
// the council's marks (the dossier is then ready for the vote).
import { councilVerdict } from '../council';
import { err, ok, type Result } from '../errors';
import { scoreAssessment, unmarkedCriteria } from '../scoring';
import { parseMarks } from '../mark-validation';
import { unjustifiedDeltas } from '../score-comparison';
import type { Appraisal, OwnScore } from './decide';
import type { RegistrationEvent } from './events';
import type { RegistrationRecord } from './record';

export function councilScore(
  r: RegistrationRecord,
  c: { input: unknown; appraisal: Appraisal; own: OwnScore | null },
  member: string,
): Result<RegistrationEvent[]> {
  const sent = parseMarks(c.input, r.criteriaSet);
  if (!sent.ok) return sent;
  const marks = { ...(c.own?.marks ?? {}), ...sent.value };
  const gap = r.rules.justificationGap;
  const unjustified = unjustifiedDeltas(r.criteriaSet, r.selfMarks ?? {}, marks, gap);
  if (unjustified.length)
    return err(
      'justification-required',
      `Điểm thẩm định lệch quá ${gap} điểm so với điểm tự chấm ở tiêu chí ${unjustified.join(', ')}: cần ghi lý do (trường "note").`,
      { criteria: unjustified, gap },
    );
  const total = scoreAssessment(r.criteriaSet, marks).total;
  // Whether this member has marked every criterion: the secretariat's list reads it without the marks.
  const complete = unmarkedCriteria(r.criteriaSet, marks).length === 0;
  const verdict = councilVerdict(
    r.criteriaSet,
    c.appraisal.members ?? [],
    (r.conflicts ?? []).map((x) => x.email),
    [...c.appraisal.scores.filter((s) => s.member !== member), { member, marks }],
  );
  // This member's marks completed the council's: the dossier is ready for the vote.
  const wasCounted = !!c.own?.complete && !c.own.draft;
  const readyForVote = complete && !wasCounted && verdict.complete;
  return ok([
    {
      type: 'council_score',
      member,
      marks,
      total,
      complete,
      councilTotal: verdict.total,
      readyForVote,
    },
  ]);
}
