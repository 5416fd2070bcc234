// npm run audit:verify: walks the whole audit log and checks its hash chain (app database,
// no server needed). Exit code 0 when intact, 1 when an event was changed, removed or reordered.
import { loadStrapiApp } from './lib/strapi-app';

async function main() {
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const strapi = await loadStrapiApp();
  try {
    const result = await strapi.plugin('recognition').service('audit').verify();
    if (result.ok) {
      console.log(`✓ Nhật ký nguyên vẹn: ${result.count} sự kiện, chuỗi băm khớp từ đầu đến cuối.`);
    } else {
      console.error(`✗ Chuỗi nhật ký bị phá vỡ ở sự kiện số ${result.problem.seq}: ${result.problem.problem} (${result.count} sự kiện).`);
      process.exitCode = 1;
    }
  } finally {
    await strapi.destroy();
  }
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
