// npm run restore -- <dir> [--no-verify]: brings a snapshot back into an empty installation
// (stopped; no database, or an empty PostgreSQL database). The snapshot is refused whole when its
// manifest's MAC or any file's SHA-256 does not match. The keys it carries are opened with
// DIENHINH_BACKUP_PASSPHRASE and written only where missing (cms/.env first, when it is gone).
// Then the audit log is verified on the restored data: every chain, every anchor.
import fs from 'node:fs';
import path from 'node:path';
import { installation, loadEnv } from './lib/backup/installation';
import { KEYS_FILE, openKeys } from './lib/backup/keys';
import { recordBackup } from './lib/backup/last-backup';
import { restoreBackup } from './lib/backup/restore';
import { projectRoot } from '../pipeline/src/paths';
import { loadStrapiApp } from './lib/strapi-app';

async function verifyAudit(): Promise<boolean> {
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  const t = performance.now();
  const strapi = await loadStrapiApp();
  try {
    const audit = strapi.plugin('recognition').service('audit');
    let result = await audit.verify({ budgetMs: 5000 });
    while (!result.done) result = await audit.verify({ from: result.resume, budgetMs: 5000 });
    if (result.ok)
      console.log(
        `✓ Nhật ký nguyên vẹn sau khôi phục: ${result.count} sự kiện, mọi mốc khớp (${((performance.now() - t) / 1000).toFixed(1)} s).`,
      );
    else
      console.error(
        `✗ Nhật ký sau khôi phục hỏng ở sự kiện ${result.problem.seq}: ${result.problem.problem}.`,
      );
    return result.ok;
  } finally {
    await strapi.destroy();
  }
}

async function main() {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!dir) throw new Error('Cần thư mục bản sao lưu: npm run restore -- backups/dienhinh-…');
  const snapshot = path.resolve(dir);
  const cmsDir = path.join(projectRoot(), 'cms');
  const passphrase = process.env.DIENHINH_BACKUP_PASSPHRASE;
  const keys = path.join(snapshot, KEYS_FILE);
  // A machine that lost everything gets its secrets back first: the manifest is checked with them.
  if (!fs.existsSync(path.join(cmsDir, '.env')) && fs.existsSync(keys) && passphrase) {
    const opened = openKeys(cmsDir, keys, passphrase);
    console.log(`  Khóa: đã trả ${opened.written.length} tệp về chỗ (có cms/.env).`);
  }
  loadEnv(cmsDir);
  const result = await restoreBackup(installation(), snapshot, (line) => console.log(`  ${line}`));
  if (fs.existsSync(keys)) {
    if (!passphrase)
      console.log(
        '  Khóa: có trong bản sao lưu nhưng chưa mở (đặt DIENHINH_BACKUP_PASSPHRASE để trả về).',
      );
    else {
      const opened = openKeys(cmsDir, keys, passphrase);
      console.log(
        `  Khóa: ${opened.written.length} tệp trả về chỗ, ${result.manifest.keys.files.length - opened.written.length - opened.differing.length} đã có sẵn.`,
      );
      if (opened.differing.length)
        console.log(
          `  Lưu ý: các tệp khóa này khác bản sao lưu, giữ nguyên: ${opened.differing.join(', ')}.`,
        );
    }
  }
  // The restored data's last backup is the snapshot it came from (doctor, metrics).
  await recordBackup(installation().database, {
    at: result.manifest.createdAt,
    dir: snapshot,
    files: result.manifest.files.length,
    bytes: result.manifest.files.reduce((a, f) => a + f.size, 0),
    tookMs: result.manifest.tookMs,
  });
  console.log(
    `✓ Đã khôi phục từ ${snapshot}: ${result.tables} bảng, ${result.rows} dòng, ${result.files} tệp.`,
  );
  if (!process.argv.includes('--no-verify') && !(await verifyAudit())) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`✗ Khôi phục thất bại: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
