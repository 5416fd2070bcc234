// The recognition decision's template data: legal bases, the attached list of units, signer,
// executors and recipients. The wording comes from the jurisdiction (its own bases, executors
// and recipients, one per line) and the plan (the bases it marks as cited in decisions); the
// texts below are the defaults where the jurisdiction has written none.
import { lines } from '../../../../shared/domain/decision-issue';
import { kindLabel, unitDisplayName } from '../../../../shared/domain/units';
import {
  issuerLines,
  lowerFirst,
  pad2,
  policeBody,
  stripNulls,
  upper,
  type JurisdictionRow,
  type Signature,
} from './common';

/** The national law every provincial decision rests on (not a province-specific fact). */
export const LOCAL_GOVERNMENT_LAW =
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025';

/** The wording a jurisdiction may write for its decisions (one entry per line). */
export type DecisionWording = {
  decisionBases?: string | null;
  decisionExecutors?: string | null;
  decisionRecipients?: string | null;
  decisionSuffix?: string | null;
};

export type DecisionInput = {
  decision: {
    number?: string | null;
    date?: string | Date | null;
    year: number;
    signerAuthority?: string | null;
    signerDelegation?: string | null;
    signerPosition?: string | null;
    signerName?: string | null;
    recipients?: string[] | null;
  };
  jurisdiction: JurisdictionRow & DecisionWording;
  recognitions: { status: string; serial: string; unit: { name: string; kind: string } }[];
  plan: {
    number: string;
    issueDay?: number | null;
    issueMonth: number;
    issueYear: number;
    legalBases?:
      | { reference: string; description?: string | null; inDecision?: boolean | null }[]
      | null;
  } | null;
  /** The day a draft is shown with (a draft has no date of its own yet). */
  today: string;
};

/** "Căn cứ" lines: the jurisdiction's own, or the local-government law; the plan's cited bases; the plan. */
export function decisionBases(
  j: JurisdictionRow & DecisionWording,
  plan: DecisionInput['plan'],
): string[] {
  const own = lines(j.decisionBases);
  const bases = own.length ? own : [LOCAL_GOVERNMENT_LAW];
  for (const b of plan?.legalBases ?? [])
    if (b.inDecision) bases.push(`Căn cứ ${b.reference} ${lowerFirst(b.description ?? '')}`.trim());
  if (plan)
    bases.push(
      `Căn cứ Kế hoạch số ${plan.number} ngày ${plan.issueDay ? pad2(plan.issueDay) + '/' : ''}${pad2(plan.issueMonth)}/${plan.issueYear} của ${j.issuerName}`,
    );
  return bases;
}

export const defaultExecutors = (j: JurisdictionRow) => [
  `Chánh Văn phòng ${j.issuerName}`,
  `Giám đốc ${policeBody(j)}`,
  'Thủ trưởng các cơ quan, đơn vị liên quan',
];
export const defaultRecipients = [
  'Như Điều 3;',
  'Bộ Công an (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc);',
  'Lưu: VT.',
];
/** The recipients offered when a decision is issued: the jurisdiction's, or the defaults. */
export const recipientsOf = (j: DecisionWording) =>
  lines(j.decisionRecipients).length ? lines(j.decisionRecipients) : defaultRecipients;
/** The executors of "Điều 3": the jurisdiction's, or the defaults. */
export const executorsOf = (j: JurisdictionRow & DecisionWording) =>
  lines(j.decisionExecutors).length ? lines(j.decisionExecutors) : defaultExecutors(j);
/** A draft's number leaves the register number blank, as a paper draft does: "     /QĐ-UBND". */
export const draftNumber = (j: DecisionWording) =>
  `\u00a0\u00a0\u00a0\u00a0\u00a0/${j.decisionSuffix || 'QĐ-UBND'}`;

export function decisionDataOf(
  { decision: d, jurisdiction: j, recognitions, plan, today }: DecisionInput,
  signature: Signature,
) {
  return {
    issuer: { lines: issuerLines(j) },
    number: d.number || draftNumber(j),
    place: j.placeName,
    date: d.date
      ? (d.date instanceof Date ? d.date.toISOString() : String(d.date)).slice(0, 10)
      : today,
    authority: upper(issuerLines(j).join(' ')),
    year: d.year,
    bases: decisionBases(j, plan),
    proposer: `Theo đề nghị của Giám đốc ${policeBody(j)}`,
    issuerName: j.issuerName,
    executors: executorsOf(j),
    units: recognitions.map((r) => ({
      name: unitDisplayName(r.unit),
      kindLabel: kindLabel(r.unit.kind),
      maintained: r.status === 'maintained',
      serial: r.serial,
    })),
    signer: stripNulls({
      authority: d.signerAuthority,
      delegation: d.signerDelegation,
      position: d.signerPosition || 'CHỦ TỊCH',
      name: d.signerName || ' ',
    }),
    recipients: d.recipients?.length ? d.recipients : recipientsOf(j),
    signature,
  };
}

/** A decision issued at once that refers to an earlier one (revocation, amendment): what is printed. */
export type LaterDecision = {
  number: string;
  date: string;
  signerAuthority?: string | null;
  signerDelegation?: string | null;
  signerPosition: string;
  signerName: string;
  recipients?: string[] | null;
};

/**
 * The parts every decision referring to an earlier one shares: the issuer, number and date, the
 * bases (the jurisdiction's and the plan's, then the earlier decision), executors, signer, recipients.
 */
export function laterDecisionHead(
  d: LaterDecision,
  j: JurisdictionRow & DecisionWording,
  plan: DecisionInput['plan'],
  earlier: { number: string; date: string },
  signature: Signature,
) {
  return {
    issuer: { lines: issuerLines(j) },
    number: d.number,
    place: j.placeName,
    date: d.date,
    authority: upper(issuerLines(j).join(' ')),
    bases: [
      ...decisionBases(j, plan),
      `Căn cứ Quyết định số ${earlier.number} ngày ${earlier.date.split('-').reverse().join('/')} của ${j.issuerName}`,
    ],
    proposer: `Theo đề nghị của Giám đốc ${policeBody(j)}`,
    issuerName: j.issuerName,
    executors: executorsOf(j),
    signer: stripNulls({
      authority: d.signerAuthority,
      delegation: d.signerDelegation,
      position: d.signerPosition,
      name: d.signerName,
    }),
    recipients: d.recipients?.length ? d.recipients : recipientsOf(j),
    signature,
  };
}

/** An ISO day of a date column (a string or a Date). */
