// npm run backup [-- --out <dir>] [--without-keys]: one consistent snapshot of this installation
// (database, private store, issued PDFs and other uploads, audit anchors, and the keys encrypted
// with DIENHINH_BACKUP_PASSPHRASE unless --without-keys) with a manifest of counts and SHA-256,
// sealed with the audit key. Runs beside a running server; what was committed before it began
// is in it. Default folder: backups/dienhinh-<date-time>/.
import path from 'node:path';
import { projectRoot } from '../pipeline/src/paths';
import { installation, loadEnv } from './lib/backup/installation';
import { recordBackup } from './lib/backup/last-backup';
import { takeBackup } from './lib/backup/take';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  loadEnv();
  const inst = installation();
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\..*$/, '')
    .replace('T', '-');
  const dir = path.resolve(arg('out') ?? path.join(projectRoot(), 'backups', `dienhinh-${stamp}`));
  const m = await takeBackup(inst, {
    dir,
    passphrase: process.env.DIENHINH_BACKUP_PASSPHRASE,
    withoutKeys: process.argv.includes('--without-keys'),
    say: (line) => console.log(`  ${line}`),
  });
  const bytes = m.files.reduce((a, f) => a + f.size, 0);
  // Recorded after the snapshot, in the live database: what doctor and the metrics read.
  await recordBackup(inst.database, {
    at: m.createdAt,
    dir,
    files: m.files.length,
    bytes,
    tookMs: m.tookMs,
  });
  console.log(
    `✓ Đã sao lưu vào ${dir}: ${m.files.length} tệp, ${(bytes / 1e6).toFixed(1)} MB, trong ${(m.tookMs / 1000).toFixed(1)} s.`,
  );
  if (!m.keys.included)
    console.log(
      '  Lưu ý: bản sao lưu không kèm khóa; hãy giữ cms/.env và các tệp khóa ở nơi an toàn khác.',
    );
}

main().catch((err) => {
  console.error(`✗ Sao lưu thất bại: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
