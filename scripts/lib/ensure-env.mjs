// Writes cms/.env with fresh random secrets when it is missing; an existing file is kept, and
// only gains the secrets that later versions need (the audit log's key, the demo key password,
// the backup passphrase).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = path.join(root, 'cms', '.env');
const secret = () => crypto.randomBytes(24).toString('base64');

// Secrets added after the first release: appended to an existing file that lacks them.
const later = () => [
  "# The audit log's HMAC key: without it nobody can append an event that verifies. Keep it secret and backed up.",
  `DIENHINH_AUDIT_KEY=${crypto.randomBytes(32).toString('hex')}`,
  '# The password of the self-signed demo signing key (cms/.tmp/demo-signing.p12), not used in production.',
  `DIENHINH_DEMO_KEY_PASSWORD=${crypto.randomBytes(18).toString('base64url')}`,
  '# Encrypts the keys that npm run backup puts into a snapshot. Keep a copy apart from the backups: a restore on a new machine needs it.',
  `DIENHINH_BACKUP_PASSPHRASE=${crypto.randomBytes(24).toString('base64url')}`,
];

if (fs.existsSync(file)) {
  const text = fs.readFileSync(file, 'utf8');
  const missing = later().filter((line, i, all) => {
    const name = /^([A-Z_]+)=/.exec(line)?.[1] ?? /^([A-Z_]+)=/.exec(all[i + 1] ?? '')?.[1];
    return name && !new RegExp(`^${name}=`, 'm').test(text);
  });
  if (missing.length) {
    fs.appendFileSync(file, `${text.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`);
    console.log(
      `cms/.env: kept, added ${missing
        .filter((l) => !l.startsWith('#'))
        .map((l) => l.split('=')[0])
        .join(', ')}`,
    );
  } else console.log('cms/.env: kept (already present)');
} else {
  const lines = [
    '# Written by scripts/lib/ensure-env.mjs with random secrets; edit freely, it is not overwritten.',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    ...later(),
    'DATABASE_CLIENT=sqlite',
    'DATABASE_FILENAME=.tmp/data.db',
    '',
  ];
  fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
  console.log('cms/.env: written with random secrets');
}
