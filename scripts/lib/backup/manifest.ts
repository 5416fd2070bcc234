// A snapshot's manifest: what it holds (each file's size and SHA-256, each table's row count) and
// a MAC over all of it with the installation's audit key, so that a snapshot changed anywhere,
// manifest included, is refused before anything of it is restored.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

export const FORMAT = 'dienhinh-backup/1';
export const MANIFEST = 'manifest.json';

export type FileEntry = { path: string; size: number; sha256: string };
export type Manifest = {
  format: typeof FORMAT;
  createdAt: string;
  database: { client: 'sqlite' | 'postgres'; file: string };
  /** Rows of every table in the snapshot, read inside it. */
  tables: Record<string, number>;
  files: FileEntry[];
  /** Uploads the database names that live elsewhere (an S3-compatible store): not in the snapshot. */
  remoteUploads: number;
  keys: { included: boolean; files: string[] };
  tookMs: number;
  mac?: string;
};

const macOf = (m: Manifest, key: string) =>
  createHmac('sha256', key)
    .update(JSON.stringify({ ...m, mac: undefined }))
    .digest('hex');

export function sealManifest(dir: string, m: Manifest, key: string): void {
  const sealed = { ...m, mac: macOf(m, key) };
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(sealed, null, 2)}\n`, {
    mode: 0o600,
  });
}

/** Copies `from` to `to` (a new file), hashing as it goes. */
export async function copyHashed(
  from: string,
  to: string,
): Promise<{ size: number; sha256: string }> {
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  const hash = createHash('sha256');
  let size = 0;
  await pipeline(
    fs.createReadStream(from),
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        hash.update(chunk);
        size += chunk.length;
        yield chunk;
      }
    },
    fs.createWriteStream(to, { flags: 'wx', mode: 0o600 }),
  );
  return { size, sha256: hash.digest('hex') };
}

export async function hashFile(file: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}

/**
 * The manifest of the snapshot in `dir`, once its MAC and every file it lists check, and no file
 * is there that it does not list; otherwise the reasons, in Vietnamese.
 */
export async function checkSnapshot(
  dir: string,
  key: string,
): Promise<{ ok: true; manifest: Manifest } | { ok: false; problems: string[] }> {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) return { ok: false, problems: [`Không có ${MANIFEST} trong ${dir}.`] };
  let m: Manifest;
  try {
    m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return { ok: false, problems: [`${MANIFEST} không đọc được (không phải JSON).`] };
  }
  if (m.format !== FORMAT)
    return { ok: false, problems: [`Định dạng bản sao lưu "${m.format}" không phải ${FORMAT}.`] };
  const expected = Buffer.from(macOf(m, key), 'hex');
  const given = Buffer.from(typeof m.mac === 'string' ? m.mac : '', 'hex');
  const problems: string[] = [];
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    problems.push(
      'Mã xác thực của bản kê (manifest) không khớp: bản sao lưu đã bị sửa, hoặc khóa nhật ký (DIENHINH_AUDIT_KEY) không phải của cài đặt đã sao lưu.',
    );
  const listed = new Set<string>();
  for (const entry of m.files ?? []) {
    listed.add(entry.path);
    const at = path.join(dir, entry.path);
    if (path.relative(dir, at).startsWith('..')) {
      problems.push(`Đường dẫn ngoài bản sao lưu: ${entry.path}.`);
      continue;
    }
    if (!fs.existsSync(at)) {
      problems.push(`Thiếu tệp ${entry.path}.`);
      continue;
    }
    const got = await hashFile(at);
    if (got.sha256 !== entry.sha256 || got.size !== entry.size)
      problems.push(`Tệp ${entry.path} không khớp SHA-256 trong bản kê.`);
  }
  for (const present of walk(dir))
    if (present !== MANIFEST && !listed.has(present))
      problems.push(`Tệp ${present} không có trong bản kê.`);
  return problems.length ? { ok: false, problems } : { ok: true, manifest: m };
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function walk(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full, base);
    return e.isFile() ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}
