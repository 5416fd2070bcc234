// What publishing a plan's draft changes against the version in force, in sentences the editor
// reads in the confirmation: each scalar rule with its old and new value, each deadline moved,
// added or removed, how many text blocks changed (the first few named), and which other parts
// (targets, eligibility, dossier parts, signer, recipients, legal bases) differ. Pure.
import { canonicalJson } from './audit-chain';
import { fieldLabels } from './field-labels';

type Entry = {
  kind: string;
  label?: string;
  day: number;
  month: number;
  year?: number | null;
  appliesTo?: string;
};
type Block = { number?: string | null; text: string };
type Section = { number: string; heading: string; blocks?: Block[] };
export type PlanShape = Record<string, unknown> & { calendar?: Entry[]; sections?: Section[] };

const SCALARS = [
  'number',
  'title',
  'docType',
  'place',
  'firstYear',
  'targetTotal',
  'targetClause',
  'communeMinimum',
  'communeMinimumClause',
  'dossierClause',
  'usesCouncil',
  'selection',
  'selectionClause',
  'deadlineReading',
  'maintenanceConsecutive',
  'targetsCountMaintained',
  'maintenanceClause',
  'issuesCertificates',
  'justificationGap',
  'contactEmail',
  'reminderDays',
] as const;
const PARTS = [
  'targets',
  'eligibility',
  'dossierParts',
  'signer',
  'recipients',
  'legalBases',
  'preamble',
  'reportDuties',
] as const;
const NAMED_BLOCKS = 5;

const label = (field: string) => fieldLabels['api::plan.plan']?.[field] ?? field;
const value = (v: unknown) =>
  v === null || v === undefined || v === ''
    ? '(trống)'
    : typeof v === 'boolean'
      ? v
        ? 'có'
        : 'không'
      : String(v);
const day = (e: Entry) =>
  `${String(e.day).padStart(2, '0')}/${String(e.month).padStart(2, '0')}${e.year ? `/${e.year}` : ''}`;
/** Component values without their database ids, compared key-order-free. */
const plain = (v: unknown): string =>
  canonicalJson(
    JSON.parse(
      JSON.stringify(v ?? null, (k, x) => (k === 'id' || k === '__component' ? undefined : x)),
    ),
  );

function calendarChanges(before: Entry[], after: Entry[]): string[] {
  const key = (e: Entry) => `${e.kind}:${e.appliesTo ?? 'all'}:${e.year ?? ''}`;
  const old = new Map(before.map((e) => [key(e), e]));
  const out: string[] = [];
  for (const e of after) {
    const was = old.get(key(e));
    old.delete(key(e));
    if (!was) out.push(`Thêm thời hạn "${e.label ?? e.kind}": ${day(e)}`);
    else if (day(was) !== day(e))
      out.push(`Thời hạn "${e.label ?? e.kind}": ${day(was)} → ${day(e)}`);
  }
  for (const e of old.values()) out.push(`Bỏ thời hạn "${e.label ?? e.kind}" (${day(e)})`);
  return out;
}

function textChanges(before: Section[], after: Section[]): string[] {
  const blocks = (sections: Section[]) =>
    new Map(
      sections.flatMap((s) =>
        (s.blocks ?? []).map(
          (b, i) =>
            [
              `${s.number}/${b.number ?? i + 1}`,
              {
                where: `mục ${s.number}${b.number ? `, ${b.number}` : `, đoạn ${i + 1}`}`,
                text: b.text,
              },
            ] as const,
        ),
      ),
    );
  const old = blocks(before);
  const now = blocks(after);
  const changed = [...now]
    .filter(([k, b]) => old.has(k) && old.get(k)!.text !== b.text)
    .map(([, b]) => b.where);
  const added = [...now.keys()].filter((k) => !old.has(k)).length;
  const removed = [...old.keys()].filter((k) => !now.has(k)).length;
  const headings = after
    .filter((s) => before.some((o) => o.number === s.number && o.heading !== s.heading))
    .map((s) => `Tên mục ${s.number}: "${s.heading}"`);
  const out = [...headings];
  if (changed.length)
    out.push(
      `Sửa ${changed.length} đoạn văn bản: ${changed.slice(0, NAMED_BLOCKS).join('; ')}${changed.length > NAMED_BLOCKS ? '; …' : ''}`,
    );
  if (added) out.push(`Thêm ${added} đoạn văn bản`);
  if (removed) out.push(`Bỏ ${removed} đoạn văn bản`);
  return out;
}

/** The draft's changes against the plan in force (null: nothing published yet), in Vietnamese. */
export function planChanges(published: PlanShape | null, draft: PlanShape): string[] {
  if (!published) return ['Bản đầu tiên của kế hoạch: chưa có bản nào đang ban hành.'];
  const out: string[] = [];
  for (const f of SCALARS)
    if (value(published[f]) !== value(draft[f]))
      out.push(`${label(f)}: ${value(published[f])} → ${value(draft[f])}`);
  out.push(...calendarChanges(published.calendar ?? [], draft.calendar ?? []));
  for (const f of PARTS)
    if (plain(published[f]) !== plain(draft[f])) out.push(`${label(f)}: đã sửa`);
  out.push(...textChanges(published.sections ?? [], draft.sections ?? []));
  return out;
}
