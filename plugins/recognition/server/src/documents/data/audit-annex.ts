// The audit log's annex for a jurisdiction's year: each event with its time in Vietnam, who,
// what (in words where the workflow names it), on what, and the first characters of its MAC.
import { actionLabel, roleLabels, type Role } from '../../../../shared/domain/states';
import { vietnamIso } from '../../../../shared/domain/vietnam-time';
import { issuerLines, type JurisdictionRow, type Signature } from './common';

export type AnnexEvent = {
  seq: number;
  at: string | Date;
  actor: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  unitCode?: string | null;
  hash: string;
};
export type AnnexVerdict = {
  ok: boolean;
  count: number;
  keyed?: number;
  anchoredSeq?: number | null;
  problem?: { seq: number; problem: string };
};

export const verdictText = (v: AnnexVerdict) =>
  v.ok
    ? `nguyên vẹn: ${v.count} sự kiện${v.keyed !== undefined ? `, ${v.keyed} có mã xác thực` : ''}${v.anchoredSeq ? `, khớp mốc neo đến sự kiện số ${v.anchoredSeq}` : ''}.`
    : `BỊ PHÁ VỠ ở sự kiện số ${v.problem?.seq}: ${v.problem?.problem}.`;

const at = (d: string | Date) => {
  const iso = vietnamIso(new Date(d));
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
};
const role = (r: string) =>
  r
    .split(',')
    .map((x) => roleLabels[x as Role] ?? x)
    .join(', ');
const action = (a: string) => actionLabel(a);

export function auditAnnexDataOf(
  input: {
    jurisdiction: JurisdictionRow;
    year: number;
    date: string;
    events: AnnexEvent[];
    verdict: AnnexVerdict;
    exporter: string;
  },
  signature: Signature,
) {
  const j = input.jurisdiction;
  return {
    issuer: { lines: issuerLines(j) },
    number: `      /PL-NK-${input.year}`,
    place: j.placeName,
    date: input.date,
    year: input.year,
    jurisdictionName: j.name,
    verdict: { ok: input.verdict.ok, count: input.verdict.count, text: verdictText(input.verdict) },
    events: input.events.map((e) => ({
      seq: e.seq,
      at: at(e.at),
      actor: `${e.actor} (${role(e.actorRole)})`.slice(0, 300),
      action: action(e.action).slice(0, 80),
      subject: `${e.subjectType}${e.unitCode ? ` ${e.unitCode}` : ''}`.slice(0, 200),
      hash: e.hash.slice(0, 16),
    })),
    signer: { position: 'NGƯỜI XUẤT PHỤ LỤC', name: input.exporter.slice(0, 100) },
    recipients: ['Lưu: hồ sơ kiểm tra nhật ký.'],
    signature,
  };
}
