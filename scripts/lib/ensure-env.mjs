// Writes cms/.env with fresh random secrets when it is missing; an existing file is kept.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = path.join(root, 'cms', '.env');
const secret = () => crypto.randomBytes(24).toString('base64');

if (fs.existsSync(file)) {
  console.log('cms/.env: kept (already present)');
} else {
  const lines = [
    '# Written by scripts/lib/ensure-env.mjs with random secrets; edit freely, it is not overwritten.',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    'DATABASE_CLIENT=sqlite',
    'DATABASE_FILENAME=.tmp/data.db',
    '',
  ];
  fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
  console.log('cms/.env: written with random secrets');
}
