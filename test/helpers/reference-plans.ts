// The restored plans the product was specified from, as shipped in data/plans/reference, read
// as the word sequence of their body (front matter and Markdown markers removed).
import fs from 'node:fs';
import path from 'node:path';
import {
  resolvePlanText,
  type PlanRuleText,
} from '../../plugins/recognition/shared/domain/plan-text';

export const referenceDir = path.resolve(__dirname, '..', '..', 'data', 'plans', 'reference');

export const referencePlans = {
  'dong-thap-67-kh-ubnd': 'dong-thap-67-KH-UBND.md',
  'hue-487-kh-ubnd': 'hue-487-KH-UBND.md',
} as const;

export function referenceBody(slug: keyof typeof referencePlans): string {
  const source = fs
    .readFileSync(path.join(referenceDir, referencePlans[slug]), 'utf8')
    .normalize('NFC');
  return source.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Words in reading order, with the "##" heading marker dropped. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/^##\s+/gm, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** A plan's text as it prints: its references to its own rules ({han:…}) replaced by their values. */
export function withReferencesResolved<
  T extends { preamble?: string | null; sections: { blocks: { text: string }[] }[] },
>(plan: T & PlanRuleText): T {
  const text = (t: string) => resolvePlanText(t, plan).text;
  return {
    ...plan,
    preamble: text(plan.preamble ?? ''),
    sections: plan.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({ ...b, text: text(b.text) })),
    })),
  };
}
