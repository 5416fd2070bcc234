// The unit's own tờ trình asking to be recognised (or to keep its title), generated from its
// registration for its People's Committee or head to sign and upload as a dossier part: the head
// and the plan as on its registration form, its self-score, what it asks, and what it encloses.
import { num } from './common';
import type { registrationFormDataOf } from './registration-form';

type Form = ReturnType<typeof registrationFormDataOf>;

export type UnitProposalFacts = {
  criteriaSet: string;
  selfTotal: number | null;
  meetsThreshold: boolean;
  /** The unit held the title the year before: it asks to keep it ("công nhận duy trì"). */
  maintains: boolean;
  /** The dossier parts it sends with the tờ trình (the plan's, the tờ trình itself aside). */
  enclosed: string[];
  date: string;
};

export function unitProposalDataOf(form: Form, f: UnitProposalFacts) {
  const commune = form.issuer.lines[0] === 'ỦY BAN NHÂN DÂN';
  return {
    issuer: form.issuer,
    number: commune ? '      /TTr-UBND' : '      /TTr',
    place: form.place,
    date: f.date,
    unitName: form.unitName,
    unitKind: form.unitKind,
    year: form.year,
    recipient: form.recipient,
    basis: `Căn cứ Kế hoạch số ${form.planNumber} ${form.planDate} của ${form.planIssuer} về ${form.planTitle}`,
    result:
      f.selfTotal == null
        ? `Năm ${form.year}, đơn vị tổ chức thực hiện các tiêu chí của ${f.criteriaSet}; chưa tự chấm điểm.`
        : `Năm ${form.year}, đơn vị đã tổ chức thực hiện các tiêu chí của ${f.criteriaSet}; kết quả tự chấm điểm đạt ${num(f.selfTotal)} điểm, ${f.meetsThreshold ? 'đạt' : 'chưa đạt'} ngưỡng công nhận.`,
    ask: f.maintains ? 'công nhận duy trì' : 'công nhận',
    enclosed: f.enclosed,
    signer: form.signer,
    recipients: ['Như trên;', 'Lưu: VT.'],
    signature: null,
  };
}
