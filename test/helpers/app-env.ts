// The secrets and private places an app under test needs: its own keys, audit key, anchor and
// file store in `dir`, so that no two apps of a run share any of them.
import crypto from 'node:crypto';
import path from 'node:path';

export const secret = () => crypto.randomBytes(16).toString('base64');

export function appSecrets(dir: string): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    DIENHINH_AUDIT_KEY: secret() + secret(),
    DIENHINH_AUDIT_ANCHOR: path.join(dir, 'audit-anchor.json'),
    DIENHINH_PRIVATE_DIR: path.join(dir, 'private'),
  };
}
