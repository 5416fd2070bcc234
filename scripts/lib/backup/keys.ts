// The keys a snapshot may carry (the installation's secrets file, its attestation and signing key
// files), encrypted with the operator's passphrase (DIENHINH_BACKUP_PASSPHRASE): scrypt, then
// AES-256-GCM, whose tag refuses a bundle changed or opened with another passphrase.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const KEYS_FILE = 'keys.enc';

type Bundle = { files: { path: string; mode: number; base64: string }[] };

/** Where a file is recorded: relative to the app folder when inside it, else absolute. */
const recorded = (cmsDir: string, file: string) => {
  const rel = path.relative(cmsDir, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
};

export function sealKeys(
  cmsDir: string,
  files: string[],
  passphrase: string,
  to: string,
): string[] {
  const bundle: Bundle = {
    files: files.map((f) => ({
      path: recorded(cmsDir, f),
      mode: fs.statSync(f).mode & 0o777,
      base64: fs.readFileSync(f).toString('base64'),
    })),
  };
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(bundle)), cipher.final()]);
  const out = {
    kdf: 'scrypt-N32768-r8-p1',
    cipher: 'aes-256-gcm',
    salt,
    iv,
    tag: cipher.getAuthTag(),
    data,
  };
  fs.writeFileSync(
    to,
    JSON.stringify(
      Object.fromEntries(
        Object.entries(out).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('base64') : v]),
      ),
    ),
    { mode: 0o600 },
  );
  return bundle.files.map((f) => f.path);
}

/**
 * Writes the bundle's files back where they were, each only where nothing is yet; a file present
 * with other bytes is left as it is and named in the answer.
 */
export function openKeys(
  cmsDir: string,
  from: string,
  passphrase: string,
): { written: string[]; differing: string[] } {
  const sealed = JSON.parse(fs.readFileSync(from, 'utf8')) as Record<string, string>;
  const b = (k: string) => Buffer.from(sealed[k], 'base64');
  const key = scryptSync(passphrase, b('salt'), 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
  const decipher = createDecipheriv('aes-256-gcm', key, b('iv'));
  decipher.setAuthTag(b('tag'));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(b('data')), decipher.final()]);
  } catch {
    throw new Error(
      'Không mở được các khóa trong bản sao lưu: sai mật khẩu (DIENHINH_BACKUP_PASSPHRASE) hoặc tệp keys.enc đã bị sửa.',
    );
  }
  const bundle = JSON.parse(plain.toString('utf8')) as Bundle;
  const written: string[] = [];
  const differing: string[] = [];
  for (const f of bundle.files) {
    const at = path.isAbsolute(f.path) ? f.path : path.join(cmsDir, f.path);
    const bytes = Buffer.from(f.base64, 'base64');
    if (fs.existsSync(at)) {
      if (!fs.readFileSync(at).equals(bytes)) differing.push(f.path);
      continue;
    }
    fs.mkdirSync(path.dirname(at), { recursive: true, mode: 0o700 });
    fs.writeFileSync(at, bytes, { mode: f.mode || 0o600 });
    written.push(f.path);
  }
  return { written, differing };
}
