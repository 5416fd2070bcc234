// The recognition decision's template data: legal bases, the attached list of units, signer.
import { kindLabel, unitDisplayName } from '../domain/units';
import { issuerLines, lowerFirst, pad2, policeBody, stripNulls, upper, type JurisdictionRow, type Signature } from './common';

/** The national law every provincial decision rests on (not a province-specific fact). */
export const LOCAL_GOVERNMENT_LAW = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025';

export type DecisionInput = {
  decision: { number: string; date: string | Date; year: number; signerAuthority?: string | null; signerDelegation?: string | null; signerPosition?: string | null; signerName?: string | null };
  jurisdiction: JurisdictionRow;
  recognitions: { status: string; serial: string; unit: { name: string; kind: string } }[];
  plan: { number: string; issueDay?: number | null; issueMonth: number; issueYear: number; legalBases?: { reference: string; description?: string | null }[] | null } | null;
};

export function decisionDataOf({ decision: d, jurisdiction: j, recognitions, plan }: DecisionInput, signature: Signature) {
  const bases = [LOCAL_GOVERNMENT_LAW];
  for (const b of plan?.legalBases ?? []) if (/3554\/QĐ-BCA-V05/.test(b.reference)) bases.push(`Căn cứ ${b.reference} ${lowerFirst(b.description ?? '')}`.trim());
  if (plan) bases.push(`Căn cứ Kế hoạch số ${plan.number} ngày ${plan.issueDay ? pad2(plan.issueDay) + '/' : ''}${pad2(plan.issueMonth)}/${plan.issueYear} của ${j.issuerName}`);
  return {
    issuer: { lines: issuerLines(j) },
    number: d.number,
    place: j.placeName,
    date: (d.date instanceof Date ? d.date.toISOString() : String(d.date)).slice(0, 10),
    authority: upper(issuerLines(j).join(' ')),
    year: d.year,
    bases,
    proposer: `Theo đề nghị của Giám đốc ${policeBody(j)}`,
    issuerName: j.issuerName,
    executors: [`Chánh Văn phòng ${j.issuerName}`, `Giám đốc ${policeBody(j)}`, 'Thủ trưởng các cơ quan, đơn vị liên quan'],
    units: recognitions.map((r) => ({ name: unitDisplayName(r.unit), kindLabel: kindLabel(r.unit.kind), maintained: r.status === 'maintained', serial: r.serial })),
    signer: stripNulls({ authority: d.signerAuthority, delegation: d.signerDelegation, position: d.signerPosition || 'CHỦ TỊCH', name: d.signerName || ' ' }),
    recipients: ['Như Điều 3;', 'Bộ Công an (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc);', 'Lưu: VT.'],
    signature,
  };
}
