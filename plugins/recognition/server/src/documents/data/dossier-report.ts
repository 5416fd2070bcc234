// A unit's dossier report: its self-score table against the criteria set and the verdict.
import {
  criteriaOf,
  scoreAssessment,
  type CriteriaSetDef,
  type Marks,
} from '../../../../shared/domain/scoring';
import { isCommune, unitDisplayName } from '../../../../shared/domain/units';
import {
  criteriaSetWords,
  lowerFirst,
  num,
  policeBody,
  upper,
  type JurisdictionRow,
} from './common';

export type DossierInput = {
  year: number;
  unit: { name: string; kind: string };
  criteriaSet: CriteriaSetDef & { code: string; title: string; version: number };
  selfMarks: Marks | null;
  evidence: Record<string, unknown[]> | null;
  jurisdiction: JurisdictionRow;
  /** The day of submission (or today, before it), ISO. */
  date: string;
};

export function dossierReportDataOf(r: DossierInput) {
  const { unit, criteriaSet: set, jurisdiction: j } = r;
  const marks = r.selfMarks ?? {};
  const score = scoreAssessment(set, marks);
  const commune = isCommune(unit.kind);
  return {
    issuer: {
      lines: commune ? ['ỦY BAN NHÂN DÂN', upper(unitDisplayName(unit))] : [upper(unit.name)],
    },
    number: '      /BC',
    place: commune ? unit.name : j.placeName,
    date: r.date,
    unitName: commune ? `Ủy ban nhân dân ${lowerFirst(unitDisplayName(unit))}` : unit.name,
    year: r.year,
    recipient: j.policeBodyName ?? j.issuerName,
    // The set by its title, as the plan names it (a code such as MAU-XA-PHUONG is the database's, not the reader's).
    criteriaSet: criteriaSetWords(set),
    rows: criteriaOf(set).map((c) => {
      const m = marks[c.code];
      const points =
        m?.points ??
        (m?.subItems ? Object.values(m.subItems).reduce((a, b) => a + b, 0) : undefined);
      return {
        code: c.code,
        title: c.title,
        max:
          c.scoring === 'pass_fail'
            ? 'Đạt/Không'
            : num(
                c.subItems?.length
                  ? c.subItems.reduce((a, s) => a + Number(s.maxPoints ?? 0), 0)
                  : c.maxPoints,
              ),
        score:
          c.scoring === 'pass_fail'
            ? m?.passed === undefined
              ? ''
              : m.passed
                ? 'Đạt'
                : 'Không đạt'
            : num(points),
        evidence: (r.evidence?.[c.code] ?? []).length,
      };
    }),
    total: score.total,
    maxTotal: score.max,
    verdict: score.meetsThreshold
      ? 'đạt ngưỡng công nhận'
      : `chưa đạt ngưỡng công nhận (${score.reasons.join('; ')})`,
    signer: commune
      ? { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: ' ' }
      : { position: 'THỦ TRƯỞNG ĐƠN VỊ', name: ' ' },
    recipients: [`${policeBody(j)};`, 'Lưu: VT.'],
    signature: null,
  };
}
