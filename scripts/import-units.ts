// npm run import:units -- <file.csv|file.xlsx> --jurisdiction <slug> [--dry-run]
// Imports units into the app's database (SQLite by default, no server needed): every row is
// checked first; on any error nothing is imported and each bad row is listed.
import fs from 'node:fs';
import path from 'node:path';
import { formatRowError } from '../plugins/recognition/shared/domain/unit-import';
import { progressReporter } from './lib/progress';
import { loadStrapiApp } from './lib/strapi-app';

const usage =
  'Cách dùng: npm run import:units -- <tệp.csv|tệp.xlsx> --jurisdiction <mã tỉnh, ví dụ hue> [--dry-run]';

function args(argv: string[]) {
  const out: { file?: string; jurisdiction?: string; dryRun: boolean } = { dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jurisdiction') out.jurisdiction = argv[++i];
    else if (a.startsWith('--jurisdiction=')) out.jurisdiction = a.split('=')[1];
    else if (a === '--dry-run') out.dryRun = true;
    else if (!a.startsWith('--') && !out.file) out.file = a;
    else throw new Error(`Tham số không hợp lệ: ${a}\n${usage}`);
  }
  return out;
}

async function main() {
  const { file, jurisdiction, dryRun } = args(process.argv.slice(2));
  if (!file || !jurisdiction) throw new Error(usage);
  const full = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(full)) throw new Error(`Không có tệp ${full}`);

  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const strapi = await loadStrapiApp();
  const progress = progressReporter('Nhập đơn vị');
  try {
    const report = await strapi
      .plugin('recognition')
      .service('unit-import')
      .importUnits({
        buffer: fs.readFileSync(full),
        filename: full,
        jurisdiction,
        dryRun,
        onProgress: progress.update,
      });
    progress.stop();
    if (!report.ok) {
      console.error(`✗ Không nhập gì: ${report.errors.length} lỗi trong ${report.total} dòng.`);
      for (const e of report.errors) console.error(`  - ${formatRowError(e)}`);
      process.exitCode = 1;
    } else {
      console.log(
        `${dryRun ? 'Kiểm tra xong (chưa ghi gì)' : '✓ Đã nhập'}: ${report.total} dòng — thêm mới ${report.created}, cập nhật ${report.updated}, không đổi ${report.unchanged}.`,
      );
    }
  } finally {
    await strapi.destroy();
  }
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
