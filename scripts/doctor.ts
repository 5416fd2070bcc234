// npm run doctor: checks this installation's configuration as it runs (reading cms/.env and the
// environment as the app does) and says, in Vietnamese, what to fix: the signing keys (the demo
// key named), the timestamp authority, SMTP with STARTTLS, the public URL answering, the private
// store writable, the age of the last backup. Exit code 1 when anything is broken.
import { installation, loadEnv } from './lib/backup/installation';
import {
  lastBackup,
  fileStore,
  publicUrl,
  signingKeys,
  smtp,
  timestampAuthority,
  type Finding,
} from './lib/doctor/checks';

async function main() {
  loadEnv();
  const inst = installation();
  const env = process.env;
  const findings: Finding[] = [
    ...signingKeys(inst, env),
    await timestampAuthority(env),
    await smtp(env),
    await publicUrl(env),
    await fileStore(inst),
    await lastBackup(inst),
  ];
  const mark = { ok: '✓', warn: '⚠', fault: '✗' } as const;
  for (const f of findings) console.log(`${mark[f.level]} ${f.topic}: ${f.text}`);
  const faults = findings.filter((f) => f.level === 'fault').length;
  const warns = findings.filter((f) => f.level === 'warn').length;
  console.log(
    faults ? `\n${faults} lỗi, ${warns} cảnh báo.` : `\nKhông có lỗi; ${warns} cảnh báo.`,
  );
  if (faults) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
