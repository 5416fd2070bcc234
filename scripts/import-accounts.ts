// npm run import:accounts -- <file.csv|file.xlsx> --jurisdiction <slug> [--dry-run]
// Makes unit officers' and council members' accounts of one province from a list (columns
// full_name, email, role, unit_code), all or nothing, and e-mails each new person an invitation
// to set their password (SMTP_* settings). Runs on the app's database, no server needed.
import fs from 'node:fs';
import path from 'node:path';
import { formatRowError } from '../plugins/recognition/shared/domain/unit-import';
import { loadStrapiApp } from './lib/strapi-app';

const usage =
  'Cách dùng: npm run import:accounts -- <tệp.csv|tệp.xlsx> --jurisdiction <mã tỉnh, ví dụ hue> [--dry-run]';

async function main() {
  const argv = process.argv.slice(2);
  const at = argv.findIndex((a) => a === '--jurisdiction');
  const jurisdiction =
    at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--jurisdiction='))?.split('=')[1];
  const dryRun = argv.includes('--dry-run');
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--jurisdiction');
  if (!file || !jurisdiction) throw new Error(usage);
  const full = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(full)) throw new Error(`Không có tệp ${full}`);
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const strapi = await loadStrapiApp();
  try {
    const report = await strapi
      .plugin('recognition')
      .service('account-import')
      .importAccounts({ buffer: fs.readFileSync(full), filename: full, jurisdiction, dryRun });
    if (!report.ok) {
      console.error(
        `✗ Không tạo tài khoản nào: ${report.errors.length} lỗi trong ${report.total} dòng.`,
      );
      for (const e of report.errors) console.error(`  - ${formatRowError(e)}`);
      process.exitCode = 1;
    } else {
      console.log(
        `${dryRun ? 'Kiểm tra xong (chưa ghi gì)' : '✓ Đã nhập'}: ${report.total} dòng — tài khoản mới ${report.created}, đã có ${report.unchanged}, đã gửi thư mời ${report.invited}.`,
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
