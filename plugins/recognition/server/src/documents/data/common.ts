// What every document's data mapper shares: the issuing body's lines, Vietnamese number and
// time formats, and small text helpers. Pure: rows in, template data out.
import { vietnamIso } from '../../../../shared/domain/vietnam-time';

export type JurisdictionRow = {
  documentId: string;
  slug: string;
  name: string;
  issuerLine1: string;
  issuerLine2?: string | null;
  issuerName: string;
  placeName: string;
  policeBodyName?: string | null;
};
/** The seal and hand-signature images and the signing time, when the document is signed. */
export type Signature = { time: string; seal: string; hand: string; sample?: boolean } | null;

export const pad2 = (n: number) => String(n).padStart(2, '0');
export const issuerLines = (j: JurisdictionRow) =>
  [j.issuerLine1, j.issuerLine2].filter((l): l is string => !!l);
export const upper = (s: string) => s.toLocaleUpperCase('vi-VN');
export const lowerFirst = (s: string) => (s ? s[0].toLocaleLowerCase('vi-VN') + s.slice(1) : s);
/** "12,5" for 12.5: a decimal comma, at most two decimals, empty for no value. */
export const num = (n: unknown) =>
  n == null ? '' : String(Math.round(Number(n) * 100) / 100).replace('.', ',');
/** "08 giờ 30" in Vietnam time. */
export const vnClock = (iso: string) => {
  const v = vietnamIso(new Date(iso));
  return `${v.slice(11, 13)} giờ ${v.slice(14, 16)}`;
};
export const policeBody = (j: JurisdictionRow) => j.policeBodyName ?? 'Công an';

export function stripNulls<T extends Record<string, unknown>>(o: T | null | undefined): T {
  return Object.fromEntries(
    Object.entries(o ?? {}).filter(([k, v]) => v != null && v !== '' && k !== 'id'),
  ) as T;
}

/** A criteria set as a document names it: its title and version ("Bộ tiêu chí … (phiên bản 2)"), never its database code. */
export const criteriaSetWords = (set: { title: string; version: number }) =>
  `${set.title.trim()} (phiên bản ${set.version})`;
