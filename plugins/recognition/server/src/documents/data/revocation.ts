// The revocation decision's template data: the unit, the recognising decision and certificate
// revoked, the reason; the rest as every decision referring to an earlier one.
import { kindLabel, unitDisplayName } from '../../../../shared/domain/units';
import { isoDay } from '../../../../shared/domain/calendar-date';
import type { JurisdictionRow, Signature } from './common';
import {
  laterDecisionHead,
  type DecisionInput,
  type DecisionWording,
  type LaterDecision,
} from './decision';

export type RevocationInput = {
  decision: LaterDecision;
  jurisdiction: JurisdictionRow & DecisionWording;
  recognition: {
    year: number;
    status: string;
    serial: string;
    decisionNumber: string;
    decisionDate: string | Date;
    unit: { name: string; kind: string };
  };
  plan: DecisionInput['plan'];
  reason: string;
};

export function revocationDataOf(
  { decision: d, jurisdiction: j, recognition: r, plan, reason }: RevocationInput,
  signature: Signature,
) {
  const revoked = { number: r.decisionNumber, date: isoDay(r.decisionDate) };
  return {
    ...laterDecisionHead(d, j, plan, revoked, signature),
    year: r.year,
    unit: { name: unitDisplayName(r.unit), kindLabel: kindLabel(r.unit.kind) },
    revoked: { ...revoked, serial: r.serial, maintained: r.status === 'maintained' },
    reason,
  };
}
