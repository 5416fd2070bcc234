// npm run audit:verify: walks the whole audit log and checks its hash chain (app database,
// no server needed), step after step with a progress bar, each step resuming where the last
// stopped. Exit code 0 when intact, 1 when an event was changed, removed or reordered.
import { loadStrapiApp } from './lib/strapi-app';
import { progressReporter } from './lib/progress';

async function main() {
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const strapi = await loadStrapiApp();
  const progress = progressReporter('Kiểm tra nhật ký', 5000);
  try {
    const audit = strapi.plugin('recognition').service('audit');
    let result = await audit.verify({ budgetMs: 2000 });
    while (!result.done) {
      progress.update(result.count, result.total);
      result = await audit.verify({ from: result.resume, budgetMs: 2000 });
    }
    progress.stop();
    if (result.ok) {
      console.log(`✓ Nhật ký nguyên vẹn: ${result.count} sự kiện, chuỗi băm khớp từ đầu đến cuối.`);
    } else {
      console.error(`✗ Chuỗi nhật ký bị phá vỡ ở sự kiện số ${result.problem.seq}: ${result.problem.problem} (${result.count} sự kiện).`);
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
