// npm run certificates -- --jurisdiction <slug> --year <year>
// Issues every certificate of that year's decisions: rendered in batches, signed, stored with
// its hash. Resumable: certificates already issued are skipped, so each is issued exactly once.
import { progressReporter } from './lib/progress';
import { loadStrapiApp } from './lib/strapi-app';

const usage = 'Cách dùng: npm run certificates -- --jurisdiction <mã tỉnh, ví dụ hue> --year <năm>';

function arg(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

async function main() {
  const jurisdiction = arg('jurisdiction');
  const year = Number(arg('year'));
  if (!jurisdiction || !Number.isInteger(year)) throw new Error(usage);
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const strapi = await loadStrapiApp();
  const progress = progressReporter('Cấp giấy chứng nhận', 2000);
  const t = Date.now();
  try {
    const result = await strapi
      .plugin('recognition')
      .service('jobs')
      .issueCertificates(jurisdiction, year, progress.update);
    progress.stop();
    const s = (Date.now() - t) / 1000;
    console.log(
      `✓ ${result.total} giấy chứng nhận năm ${year} (${jurisdiction}): cấp mới ${result.issued}, đã có từ trước ${result.skipped} (${s.toFixed(1)} s).`,
    );
  } finally {
    await strapi.destroy();
  }
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
