// npm run audit:verify [-- --checkpoints <file or URL>]: walks the whole audit log and checks its
// hash chain (app database, no server needed), step after step with a progress bar, each step
// resuming where the last stopped; with --checkpoints, also against checkpoints kept outside (a
// copy of /verify/audit-checkpoints). Exit code 0 when intact, 1 when an event was changed,
// removed or reordered, or a published checkpoint is no longer in the log.
import fs from 'node:fs';
import { loadStrapiApp } from './lib/strapi-app';

/** The checkpoints' JWS from a saved feed (a file) or a live one (a URL). */
async function checkpointsFrom(source: string | undefined): Promise<string[] | undefined> {
  if (!source) return undefined;
  const text = /^https?:\/\//.test(source)
    ? await (await fetch(source)).text()
    : fs.readFileSync(source, 'utf8');
  const feed = JSON.parse(text) as { checkpoints?: { jws: string }[] };
  return (feed.checkpoints ?? []).map((c) => c.jws);
}
import { progressReporter } from './lib/progress';

async function main() {
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const i = process.argv.indexOf('--checkpoints');
  const checkpoints = await checkpointsFrom(i >= 0 ? process.argv[i + 1] : undefined);
  const strapi = await loadStrapiApp();
  const progress = progressReporter('Kiểm tra nhật ký', 5000);
  try {
    const audit = strapi.plugin('recognition').service('audit');
    let result = await audit.verify({ budgetMs: 2000, checkpoints });
    while (!result.done) {
      progress.update(result.count, result.total);
      result = await audit.verify({ from: result.resume, budgetMs: 2000, checkpoints });
    }
    progress.stop();
    if (result.ok) {
      console.log(
        `✓ Nhật ký nguyên vẹn: ${result.count} sự kiện, chuỗi băm khớp từ đầu đến cuối${checkpoints ? `, khớp ${checkpoints.length} điểm kiểm tra đã công bố` : ''}.`,
      );
    } else {
      console.error(
        `✗ Chuỗi nhật ký bị phá vỡ ở sự kiện số ${result.problem.seq}: ${result.problem.problem} (${result.count} sự kiện).`,
      );
      process.exitCode = 1;
    }
  } finally {
    progress.stop();
    await strapi.destroy();
  }
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
