// The seed plans: their text (data/plans/<slug>.text.json, converted from the restored plans)
// merged with their rules (data/plans/<slug>.rules.json, from the plans' facts).
import fs from 'node:fs';
import path from 'node:path';

export function planSeedNames(dataDir: string): string[] {
  return fs
    .readdirSync(path.join(dataDir, 'plans'))
    .filter((f) => f.endsWith('.text.json'))
    .map((f) => f.replace(/\.text\.json$/, ''))
    .sort();
}

export function readPlanSeed(dataDir: string, name: string) {
  const read = (suffix: string) =>
    JSON.parse(fs.readFileSync(path.join(dataDir, 'plans', `${name}.${suffix}.json`), 'utf8'));
  const { issuerLines: _issuerLines, ...text } = read('text');
  const rules = read('rules');
  return { ...text, ...rules } as Record<string, unknown> & { jurisdiction: string; slug: string };
}
