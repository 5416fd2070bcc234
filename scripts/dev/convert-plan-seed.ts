// Developer tool, run once per restored plan: turns a restored plan in Markdown (front matter
// plus body) into the structured text the seed loads (data/plans/<slug>.text.json).
// Usage: tsx scripts/dev/convert-plan-seed.ts <plan.md> <slug>
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePlanBody } from '../../cms/src/lib/plan-text';

const [file, slug] = process.argv.slice(2);
if (!file || !slug) {
  console.error('usage: tsx scripts/dev/convert-plan-seed.ts <plan.md> <slug>');
  process.exit(2);
}
const source = fs.readFileSync(file, 'utf8').normalize('NFC');
const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
if (!m) throw new Error('no front matter');
const meta = parseYaml(m[1]) as Record<string, any>;
const [year, month, day] = String(meta.date).split('-');
const out = {
  slug,
  number: meta.number,
  place: meta.place,
  issueYear: Number(year),
  issueMonth: Number(month),
  issueDay: day === '??' ? null : Number(day),
  docType: meta.doc_type,
  title: meta.title,
  issuerLines: meta.issuer_lines,
  signer: meta.signer,
  recipients: (meta.recipients as string[]).map((text) => ({ text })),
  ...parsePlanBody(m[2]),
};
const target = path.join(__dirname, '..', '..', 'data', 'plans', `${slug}.text.json`);
fs.writeFileSync(target, JSON.stringify(out, null, 2) + '\n');
console.log(
  `${target}: ${out.sections.length} sections, ${out.sections.reduce((n, s) => n + s.blocks.length, 0)} blocks`,
);
