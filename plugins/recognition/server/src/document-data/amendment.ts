// The data of a decision amending an issued decision: the decision amended and the changes, with
// bases, executors and recipients worded as the jurisdiction's decisions are.
import { issuerLines, pad2, policeBody, stripNulls, upper, type JurisdictionRow, type Signature } from './common';
import { decisionBases, executorsOf, recipientsOf, type DecisionInput, type DecisionWording } from './decision';

export type AmendmentInput = {
  decision: { number: string; date: string; signerAuthority?: string | null; signerDelegation?: string | null; signerPosition: string; signerName: string; recipients?: string[] | null };
  jurisdiction: JurisdictionRow & DecisionWording;
  amended: { number: string; date: string | Date; year: number };
  plan: DecisionInput['plan'];
  changes: string[];
};

export function amendmentDataOf({ decision: d, jurisdiction: j, amended, plan, changes }: AmendmentInput, signature: Signature) {
  const amendedDate = String(amended.date instanceof Date ? amended.date.toISOString() : amended.date).slice(0, 10);
  const [y, m, day] = amendedDate.split('-');
  return {
    issuer: { lines: issuerLines(j) },
    number: d.number,
    place: j.placeName,
    date: d.date,
    authority: upper(issuerLines(j).join(' ')),
    year: amended.year,
    bases: [...decisionBases(j, plan), `Căn cứ Quyết định số ${amended.number} ngày ${pad2(Number(day))}/${pad2(Number(m))}/${y} của ${j.issuerName}`],
    proposer: `Theo đề nghị của Giám đốc ${policeBody(j)}`,
    issuerName: j.issuerName,
    executors: executorsOf(j),
    amended: { number: amended.number, date: amendedDate },
    changes,
    signer: stripNulls({ authority: d.signerAuthority, delegation: d.signerDelegation, position: d.signerPosition, name: d.signerName }),
    recipients: d.recipients?.length ? d.recipients : recipientsOf(j),
    signature,
  };
}
