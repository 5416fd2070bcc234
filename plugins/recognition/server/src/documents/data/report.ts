// A periodic report of a jurisdiction's year (six-month, annual, implementation of the plan):
// targets, states, every unit, as they stood at the report's cut-off.
import { stateLabel } from '../../../../shared/domain/states';
import type { ReportPeriod } from '../../../../shared/domain/report-period';
import { unitDisplayName } from '../../../../shared/domain/units';
import { num, policeBody, stripNulls, upper, type JurisdictionRow } from './common';

type Signer = {
  authority?: string | null;
  delegation?: string | null;
  position: string;
  name: string;
};

export type ReportInput = {
  /** With the signer of its reports, when the jurisdiction has set one. */
  jurisdiction: JurisdictionRow & { reportSigner?: Signer | null };
  year: number;
  period: ReportPeriod;
  /** ISO day of the report, and the last day it counts. */
  date: string;
  cutOff: string;
  plan: { number: string } | null;
  targets: { label: string; minimum: number; achieved: number; met: boolean }[];
  byState: Record<string, number>;
  rows: {
    state: string;
    selfTotal: unknown;
    councilTotal: unknown;
    unit: { name: string; kind: string };
  }[];
};

export function reportDataOf({
  jurisdiction: j,
  year,
  period,
  date,
  cutOff,
  plan,
  targets,
  byState,
  rows,
}: ReportInput) {
  return {
    issuer: { lines: [upper(policeBody(j))] },
    number: '      /BC',
    place: j.placeName,
    date,
    period,
    year,
    cutOff,
    recipient: j.issuerName,
    planNumber: plan?.number ?? '(chưa có)',
    targets: targets.map((t) => ({
      label: t.label,
      minimum: t.minimum,
      achieved: t.achieved,
      met: t.met,
    })),
    states: Object.entries(byState).map(([s, count]) => ({ label: stateLabel(s), count })),
    units: rows.map((r) => ({
      name: unitDisplayName(r.unit),
      state: stateLabel(r.state),
      selfTotal: num(r.selfTotal),
      councilTotal: num(r.councilTotal),
    })),
    signer: policeSignerOf(j.reportSigner),
    recipients: [
      `${j.issuerName};`,
      'Bộ Công an (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc);',
      'Lưu: VT.',
    ],
    signature: null,
  };
}

/** The signer of the police's papers: the province's signer of reports, else its director's line. */
export const policeSignerOf = (s: Signer | null | undefined) =>
  s?.position
    ? stripNulls({
        authority: s.authority,
        delegation: s.delegation,
        position: s.position,
        name: s.name || ' ',
      })
    : { position: 'GIÁM ĐỐC', name: ' ' };
