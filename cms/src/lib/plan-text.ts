// A plan's text as structured content and back: Markdown-like source (preamble paragraphs,
// "## I. HEADING" sections, "1." items, "5.1." sub-items, "- " bullets, plain paragraphs)
// to sections of ordered blocks, and those blocks to reading-order plain text.

export type PlanBlock = {
  kind: 'item' | 'subitem' | 'paragraph' | 'bullet';
  number?: string | null;
  text: string;
};
export type PlanSection = { number: string; heading: string; blocks: PlanBlock[] };
export type PlanText = { preamble: string; sections: PlanSection[] };

const sectionRe = /^##\s+([IVXLC]+)\.\s+(.+)$/;
const subitemRe = /^(\d+\.\d+)\.\s+([\s\S]+)$/;
const itemRe = /^(\d+)\.\s+([\s\S]+)$/;
const bulletRe = /^-\s+([\s\S]+)$/;

export function parsePlanBody(body: string): PlanText {
  const paragraphs = body
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const preamble: string[] = [];
  const sections: PlanSection[] = [];
  for (const p of paragraphs) {
    const s = sectionRe.exec(p);
    if (s) {
      sections.push({ number: s[1], heading: s[2].trim(), blocks: [] });
      continue;
    }
    const current = sections.at(-1);
    if (!current) {
      preamble.push(p);
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = subitemRe.exec(p))) current.blocks.push({ kind: 'subitem', number: m[1], text: m[2] });
    else if ((m = itemRe.exec(p))) current.blocks.push({ kind: 'item', number: m[1], text: m[2] });
    else if ((m = bulletRe.exec(p))) current.blocks.push({ kind: 'bullet', text: m[1] });
    else current.blocks.push({ kind: 'paragraph', text: p });
  }
  return { preamble: preamble.join('\n\n'), sections };
}

/** The text a reader sees, one paragraph a line, in order ("1. …", "5.1. …", "- …"). */
export function planTextLines(plan: PlanText): string[] {
  const lines = plan.preamble ? plan.preamble.split(/\n\s*\n/) : [];
  for (const section of plan.sections) {
    lines.push(`${section.number}. ${section.heading}`);
    for (const b of section.blocks) {
      if (b.kind === 'bullet') lines.push(`- ${b.text}`);
      else if (b.number) lines.push(`${b.number}. ${b.text}`);
      else lines.push(b.text);
    }
  }
  return lines;
}
