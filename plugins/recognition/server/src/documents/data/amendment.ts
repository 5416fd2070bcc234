// The data of a decision amending an issued decision: the decision amended and the changes; the
// rest as every decision referring to an earlier one.
import { isoDay } from '../../../../shared/domain/calendar-date';
import type { JurisdictionRow, Signature } from './common';
import {
  laterDecisionHead,
  type DecisionInput,
  type DecisionWording,
  type LaterDecision,
} from './decision';

export type AmendmentInput = {
  decision: LaterDecision;
  jurisdiction: JurisdictionRow & DecisionWording;
  amended: { number: string; date: string | Date; year: number };
  plan: DecisionInput['plan'];
  changes: string[];
};

export function amendmentDataOf(
  { decision: d, jurisdiction: j, amended, plan, changes }: AmendmentInput,
  signature: Signature,
) {
  const earlier = { number: amended.number, date: isoDay(amended.date) };
  return {
    ...laterDecisionHead(d, j, plan, earlier, signature),
    year: amended.year,
    amended: earlier,
    changes,
  };
}
