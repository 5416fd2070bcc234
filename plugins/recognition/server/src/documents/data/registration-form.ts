// A unit's registration form for a year: who registers, under which plan, on which result of
// the year before, and its commitment; signed by the unit's head like the dossier report.
import { classificationLabels, type Classification } from '../../../../shared/domain/eligibility';
import { isCommune, kindLabel, unitDisplayName } from '../../../../shared/domain/units';
import { criteriaSetWords, lowerFirst, policeBody, upper, type JurisdictionRow } from './common';

export type RegistrationFormInput = {
  year: number;
  unit: { name: string; kind: string };
  /** The plan it registers under, as issued: its number, date (the day may be unknown) and title. */
  plan: {
    number: string;
    title: string;
    issueYear: number;
    issueMonth: number;
    issueDay?: number | null;
  };
  criteriaSet: { code: string; title: string; version: number };
  previous: { anttSafe: boolean; classification?: string | null } | null;
  jurisdiction: JurisdictionRow;
  /** The day of registration, ISO. */
  date: string;
};

const two = (n: number) => String(n).padStart(2, '0');
/** "ngày DD/MM/YYYY", or "tháng MM/YYYY" for a plan whose day is not known. */
export const planDateWords = (p: RegistrationFormInput['plan']) =>
  p.issueDay
    ? `ngày ${two(p.issueDay)}/${two(p.issueMonth)}/${p.issueYear}`
    : `tháng ${two(p.issueMonth)}/${p.issueYear}`;

export function registrationFormDataOf(r: RegistrationFormInput) {
  const { unit, jurisdiction: j } = r;
  const commune = isCommune(unit.kind);
  const p = r.previous;
  const classification = p?.classification
    ? (classificationLabels[p.classification as Classification] ?? p.classification)
    : null;
  return {
    issuer: {
      lines: commune ? ['ỦY BAN NHÂN DÂN', upper(unitDisplayName(unit))] : [upper(unit.name)],
    },
    number: '      /ĐK',
    place: commune ? unit.name : j.placeName,
    date: r.date,
    unitName: commune ? `Ủy ban nhân dân ${lowerFirst(unitDisplayName(unit))}` : unit.name,
    unitKind: lowerFirst(kindLabel(unit.kind)),
    year: r.year,
    recipient: j.policeBodyName ?? j.issuerName,
    planNumber: r.plan.number,
    planDate: planDateWords(r.plan),
    planTitle: lowerFirst(r.plan.title),
    planIssuer: j.issuerName,
    previousYear: r.year - 1,
    previousResult: p
      ? `${p.anttSafe ? 'đạt' : 'chưa đạt'} tiêu chuẩn “An toàn về an ninh, trật tự”; phong trào ${classification ? `xếp loại ${classification}` : 'chưa xếp loại'}`
      : 'chưa có trong hệ thống',
    criteriaSet: criteriaSetWords(r.criteriaSet),
    signer: commune
      ? { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: ' ' }
      : { position: 'THỦ TRƯỞNG ĐƠN VỊ', name: ' ' },
    recipients: [`${policeBody(j)};`, 'Lưu: VT.'],
    signature: null,
  };
}
