// The six-month or annual report of a jurisdiction's year: targets, states, every unit.
import { stateLabel } from '../domain/states';
import { unitDisplayName } from '../domain/units';
import { num, policeBody, upper, type JurisdictionRow } from './common';

export type ReportInput = {
  jurisdiction: JurisdictionRow;
  year: number;
  period: 'six-month' | 'annual';
  /** ISO day of the report. */
  date: string;
  overview: { plan: { number: string } | null; targets: { label: string; minimum: number; achieved: number; met: boolean }[]; registrationsByState: Record<string, number> };
  registrations: { state: string; selfTotal: unknown; councilTotal: unknown; unit: { name: string; kind: string } }[];
};

export function reportDataOf({ jurisdiction: j, year, period, date, overview, registrations }: ReportInput) {
  return {
    issuer: { lines: [upper(policeBody(j))] },
    number: '      /BC',
    place: j.placeName,
    date,
    period,
    year,
    recipient: j.issuerName,
    planNumber: overview.plan?.number ?? '(chưa có)',
    targets: overview.targets.map((t) => ({ label: t.label, minimum: t.minimum, achieved: t.achieved, met: t.met })),
    states: Object.entries(overview.registrationsByState).map(([s, count]) => ({ label: stateLabel(s), count })),
    units: registrations.map((r) => ({ name: unitDisplayName(r.unit), state: stateLabel(r.state), selfTotal: num(r.selfTotal), councilTotal: num(r.councilTotal) })),
    signer: { position: 'GIÁM ĐỐC', name: ' ' },
    recipients: [`${j.issuerName};`, 'Bộ Công an (Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc);', 'Lưu: VT.'],
    signature: null,
  };
}
