// npm run render -- <kind> <id-or-slug> --out <file.pdf>   renders a document from the database
// npm run render -- --list                                 lists every renderable document
// Works on the app's database (SQLite by default) without a server. Decisions and certificates
// come signed; the others unsigned. Add --draft to render a plan's unpublished draft.
import fs from 'node:fs';
import path from 'node:path';
import { loadStrapiApp } from './lib/strapi-app';

const kinds = ['plan', 'decision', 'certificate', 'minutes', 'dossier-report', 'report'];
const usage = `Cách dùng:\n  npm run render -- <loại> <mã> --out <tệp.pdf> [--draft]\n  npm run render -- --list\nLoại: ${kinds.join(', ')}`;

async function main() {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const draft = args.includes('--draft');
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && i !== outAt + 1);
  if (!list && (positional.length !== 2 || !out)) throw new Error(usage);
  if (!list && !kinds.includes(positional[0]))
    throw new Error(`Không có loại văn bản "${positional[0]}".\n${usage}`);
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const strapi = await loadStrapiApp();
  try {
    const documents = strapi.plugin('recognition').service('documents');
    if (list) {
      for (const d of await documents.list()) console.log(`${d.kind} ${d.ref} ${d.title}`);
      return;
    }
    const [kind, ref] = positional;
    const t = Date.now();
    const { pdf, title } = await documents.render(kind, ref, { draft });
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), out!);
    fs.writeFileSync(file, pdf);
    console.log(`✓ ${title}: ${file} (${Math.round(pdf.length / 1024)} KB, ${Date.now() - t} ms)`);
  } catch (err) {
    const e = err as { code?: string; message: string };
    throw new Error(e.code ? `${e.message} (${e.code})` : e.message);
  } finally {
    await strapi.destroy();
  }
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
