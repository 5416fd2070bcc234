// A plan's text speaks of its own rules: deadlines, targets and dossier parts. Written as
// references ({han:registration}, {chitieu:tong}, {hoso:report}), the text renders the rule's
// current value, so changing a deadline changes the sentence in the PDF. Dates still written
// out by hand are found and compared with the calendar, for the editor to be warned.
import { fieldValueLabels } from './field-values';

type Deadline = {
  kind: string;
  label?: string | null;
  day: number;
  month: number;
  year?: number | null;
  appliesTo?: string | null;
};
type Target = { label?: string | null; minimum: number };
type DossierPart = { code: string; label: string };
export type PlanRuleText = {
  calendar?: Deadline[] | null;
  targets?: Target[] | null;
  targetTotal?: number | null;
  dossierParts?: DossierPart[] | null;
  firstYear?: number | null;
};
export type PlanTextRow = PlanRuleText & {
  preamble?: string | null;
  sections?:
    | { number: string; heading: string; blocks?: { number?: string | null; text: string }[] }[]
    | null;
};

export type Reference = { token: string; meaning: string; value: string };

const pad2 = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: Deadline) => `${pad2(d.day)}/${pad2(d.month)}${d.year ? `/${d.year}` : ''}`;
const deadlineKind = (k: string) => fieldValueLabels['plan.deadline'].kind[k] ?? k;
const appliesToLabel = (a: string) => fieldValueLabels['plan.deadline'].appliesTo[a] ?? a;

/** Every reference the plan's rules offer, with what it means and what it renders as now. */
export function planReferences(plan: PlanRuleText): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<string>();
  for (const d of plan.calendar ?? []) {
    // The first entry of a kind answers {han:kind}; an entry for one family also answers {han:kind:family}.
    for (const token of [
      `{han:${d.kind}}`,
      ...(d.appliesTo && d.appliesTo !== 'all' ? [`{han:${d.kind}:${d.appliesTo}}`] : []),
    ]) {
      if (seen.has(token)) continue;
      seen.add(token);
      const who = token.split(':').length === 3 ? ` (${appliesToLabel(d.appliesTo!)})` : '';
      out.push({
        token,
        meaning: `Thời hạn: ${d.label || deadlineKind(d.kind)}${who}`,
        value: dateOf(d),
      });
    }
  }
  if (plan.targetTotal != null)
    out.push({
      token: '{chitieu:tong}',
      meaning: 'Chỉ tiêu tổng số đơn vị mỗi năm',
      value: String(plan.targetTotal),
    });
  (plan.targets ?? []).forEach((t, i) =>
    out.push({
      token: `{chitieu:${i + 1}}`,
      meaning: `Chỉ tiêu ${i + 1}: ${t.label ?? ''}`.trim(),
      value: String(t.minimum),
    }),
  );
  for (const p of plan.dossierParts ?? []) {
    const token = `{hoso:${p.code}}`;
    if (seen.has(token)) continue;
    seen.add(token);
    out.push({ token, meaning: `Thành phần hồ sơ: ${p.label}`, value: p.label });
  }
  return out;
}

const referencePattern = /\{(han|chitieu|hoso):[a-z0-9_:]+\}/g;

/** The text with every reference replaced by its value; references the rules do not offer are listed. */
export function resolvePlanText(
  text: string,
  plan: PlanRuleText,
  refs = planReferences(plan),
): { text: string; unknown: string[] } {
  const values = new Map(refs.map((r) => [r.token, r.value]));
  const unknown: string[] = [];
  const out = text.replace(referencePattern, (token) => {
    const v = values.get(token);
    if (v === undefined) unknown.push(token);
    return v ?? token;
  });
  return { text: out, unknown };
}

/**
 * Dates written out in the text: "dd/mm", "dd/mm/yyyy", "ngày d tháng m" (with or without "năm yyyy"). A date with a year
 * before the plan's first year cites another document (a decree, an earlier plan) and is left
 * alone; the others are deadlines and should come from the calendar.
 */
export function literalDates(
  text: string,
  firstYear?: number | null,
): { raw: string; day: number; month: number; year: number | null }[] {
  const found: { raw: string; day: number; month: number; year: number | null; at: number }[] = [];
  const withoutRefs = text.replace(referencePattern, (m) => ' '.repeat(m.length));
  for (const m of withoutRefs.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g))
    found.push({ raw: m[0], day: +m[1], month: +m[2], year: m[3] ? +m[3] : null, at: m.index! });
  for (const m of withoutRefs.matchAll(/ngày (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?/g))
    found.push({ raw: m[0], day: +m[1], month: +m[2], year: m[3] ? +m[3] : null, at: m.index! });
  return found
    .filter((d) => d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12)
    .filter((d) => !(d.year && firstYear && d.year < firstYear))
    .sort((a, b) => a.at - b.at)
    .map(({ raw, day, month, year }) => ({ raw, day, month, year }));
}

export type TextFinding = { where: string; text: string };

/** What publishing must refuse (unknown references) and what it warns about (dates not in the calendar). */
export function checkPlanText(plan: PlanTextRow): {
  unknownRefs: TextFinding[];
  unmatchedDates: TextFinding[];
} {
  const refs = planReferences(plan);
  const unknownRefs: TextFinding[] = [];
  const unmatchedDates: TextFinding[] = [];
  const inCalendar = (d: { day: number; month: number; year: number | null }) =>
    (plan.calendar ?? []).some(
      (c) =>
        c.day === d.day &&
        c.month === d.month &&
        (d.year == null || c.year == null || c.year === d.year),
    );
  const look = (where: string, text: string | null | undefined) => {
    if (!text) return;
    for (const token of resolvePlanText(text, plan, refs).unknown)
      unknownRefs.push({ where, text: token });
    for (const d of literalDates(text, plan.firstYear))
      if (!inCalendar(d)) unmatchedDates.push({ where, text: d.raw });
  };
  look('Phần mở đầu', plan.preamble);
  for (const s of plan.sections ?? [])
    (s.blocks ?? []).forEach((b, i) => look(`Phần ${s.number}, đoạn ${b.number || i + 1}`, b.text));
  return { unknownRefs, unmatchedDates };
}
