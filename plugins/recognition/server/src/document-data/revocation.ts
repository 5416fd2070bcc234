// The revocation decision's template data: the unit, the recognising decision and certificate
// revoked, the reason; bases, executors and recipients worded as the jurisdiction's decisions are.
import { kindLabel, unitDisplayName } from '../domain/units';
import { issuerLines, policeBody, stripNulls, upper, type JurisdictionRow, type Signature } from './common';
import { decisionBases, executorsOf, recipientsOf, type DecisionInput, type DecisionWording } from './decision';

export type RevocationInput = {
  decision: { number: string; date: string; signerAuthority?: string | null; signerDelegation?: string | null; signerPosition: string; signerName: string; recipients?: string[] | null };
  jurisdiction: JurisdictionRow & DecisionWording;
  recognition: { year: number; status: string; serial: string; decisionNumber: string; decisionDate: string | Date; unit: { name: string; kind: string } };
  plan: DecisionInput['plan'];
  reason: string;
};

export function revocationDataOf({ decision: d, jurisdiction: j, recognition: r, plan, reason }: RevocationInput, signature: Signature) {
  const revokedDate = String(r.decisionDate instanceof Date ? r.decisionDate.toISOString() : r.decisionDate).slice(0, 10);
  return {
    issuer: { lines: issuerLines(j) },
    number: d.number,
    place: j.placeName,
    date: d.date,
    authority: upper(issuerLines(j).join(' ')),
    year: r.year,
    bases: [...decisionBases(j, plan), `Căn cứ Quyết định số ${r.decisionNumber} ngày ${revokedDate.split('-').reverse().join('/')} của ${j.issuerName}`],
    proposer: `Theo đề nghị của Giám đốc ${policeBody(j)}`,
    issuerName: j.issuerName,
    executors: executorsOf(j),
    unit: { name: unitDisplayName(r.unit), kindLabel: kindLabel(r.unit.kind) },
    revoked: { number: r.decisionNumber, date: revokedDate, serial: r.serial, maintained: r.status === 'maintained' },
    reason,
    signer: stripNulls({ authority: d.signerAuthority, delegation: d.signerDelegation, position: d.signerPosition, name: d.signerName }),
    recipients: d.recipients?.length ? d.recipients : recipientsOf(j),
    signature,
  };
}
