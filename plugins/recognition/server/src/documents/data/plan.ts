// The plan's template data from its row (sections with their blocks, signer, recipients), the
// text's references to the plan's rules rendered as the rules say now.
import {
  planReferences,
  resolvePlanText,
  type PlanRuleText,
} from '../../../../shared/domain/plan-text';
import { issuerLines, pad2, stripNulls, type JurisdictionRow } from './common';

type Block = { kind: string; number?: string | null; text: string };
export type PlanRow = PlanRuleText & {
  jurisdiction: JurisdictionRow;
  number: string;
  place: string;
  issueYear: number;
  issueMonth: number;
  issueDay?: number | null;
  docType: string;
  title: string;
  preamble?: string | null;
  sections: { number: string; heading: string; blocks: Block[] }[];
  signer?: Record<string, unknown> | null;
  recipients?: { text: string }[] | null;
};

export function planDataOf(plan: PlanRow) {
  const refs = planReferences(plan);
  const text = (t: string) => resolvePlanText(t, plan, refs).text;
  return {
    issuer: { lines: issuerLines(plan.jurisdiction) },
    number: plan.number,
    place: plan.place,
    // An original whose day is left blank keeps it blank ("ngày ... tháng").
    date: `${plan.issueYear}-${pad2(plan.issueMonth)}-${plan.issueDay ? pad2(plan.issueDay) : '??'}`,
    docType: plan.docType,
    title: plan.title,
    preamble: text(plan.preamble ?? ''),
    sections: plan.sections.map((s) => ({
      number: s.number,
      heading: s.heading,
      blocks: s.blocks.map((b) => ({ kind: b.kind, number: b.number ?? null, text: text(b.text) })),
    })),
    signer: stripNulls(plan.signer),
    recipients: (plan.recipients ?? []).map((r) => r.text),
    signature: null,
  };
}
