// One snapshot of an installation, written to `<dir>.partial` and renamed when whole. The
// anchors are copied first: an anchor only moves after its event commits, so the anchors copied
// never run ahead of the database read after them. Files are copied after the database: a file
// is kept before the record naming it commits, and kept files are never rewritten.
import fs from 'node:fs';
import path from 'node:path';
import type { Installation } from './installation';
import {
  copyHashed,
  FORMAT,
  hashFile,
  sealManifest,
  walk,
  type FileEntry,
  type Manifest,
} from './manifest';
import { snapshotPostgres } from './postgres';
import { snapshotSqlite } from './sqlite';
import { KEYS_FILE, sealKeys } from './keys';

export type TakeOptions = {
  dir: string;
  passphrase?: string;
  withoutKeys?: boolean;
  say?: (line: string) => void;
};

export async function takeBackup(inst: Installation, opts: TakeOptions): Promise<Manifest> {
  const started = performance.now();
  const say = opts.say ?? (() => undefined);
  if (fs.existsSync(opts.dir))
    throw new Error(`Đã có ${opts.dir}: chọn một thư mục mới cho bản sao lưu.`);
  const partial = `${opts.dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true, mode: 0o700 });
  try {
    const files: FileEntry[] = [];
    const copy = async (from: string, rel: string) =>
      files.push({ path: rel, ...(await copyHashed(from, path.join(partial, rel))) });

    // 1. The anchors, before the database.
    if (fs.existsSync(inst.anchorFile)) await copy(inst.anchorFile, 'anchors/audit-anchor.json');
    // Only whole anchors: the server writes each to a temporary name and renames it into place.
    for (const f of walk(inst.anchorChainsDir).filter((f) => f.endsWith('.json')))
      await copy(path.join(inst.anchorChainsDir, f), `anchors/chains/${f}`);
    say(`Mốc nhật ký: ${files.length} tệp.`);

    // 2. The database, as one consistent read.
    const dbFile = inst.database.client === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
    const facts =
      inst.database.client === 'sqlite'
        ? await snapshotSqlite(inst.database.file, path.join(partial, dbFile))
        : await snapshotPostgres(inst.database.url, path.join(partial, dbFile));
    files.push({ path: dbFile, ...(await hashFile(path.join(partial, dbFile))) });
    const rows = Object.values(facts.tables).reduce((a, b) => a + b, 0);
    say(
      `Cơ sở dữ liệu (${inst.database.client}): ${Object.keys(facts.tables).length} bảng, ${rows} dòng.`,
    );

    // 3. The private store (evidence, dossier parts), without the anchors kept inside it.
    const anchorsInside = (f: string) => {
      const full = path.join(inst.privateDir, f);
      return full === inst.anchorFile || full.startsWith(`${inst.anchorChainsDir}${path.sep}`);
    };
    const privateFiles = walk(inst.privateDir).filter(
      (f) => !anchorsInside(f) && !f.endsWith('.tmp'),
    );
    for (const f of privateFiles) await copy(path.join(inst.privateDir, f), `private/${f}`);
    say(`Kho tệp riêng: ${privateFiles.length} tệp.`);

    // 4. Every upload the database names (issued PDFs, seals, signatures).
    const local = facts.uploads.filter((u) => u.startsWith('/'));
    const missing: string[] = [];
    for (const url of local) {
      const from = path.join(inst.publicDir, decodeURIComponent(url));
      if (!from.startsWith(`${inst.publicDir}${path.sep}`) || !fs.existsSync(from))
        missing.push(url);
      else await copy(from, `public${url}`);
    }
    if (missing.length)
      throw new Error(
        `Cơ sở dữ liệu nêu ${missing.length} tệp tải lên không có trên đĩa (${missing.slice(0, 3).join(', ')}).`,
      );
    say(
      `Tệp tải lên (PDF đã ban hành, con dấu, chữ ký): ${local.length} tệp${facts.storedUploads ? `, ${facts.storedUploads} tệp nằm trong cơ sở dữ liệu` : ''}.`,
    );

    // 5. The keys, encrypted, unless the operator keeps them apart.
    let keyFiles: string[] = [];
    if (!opts.withoutKeys && opts.passphrase) {
      const present = [inst.envFile, ...inst.keyFiles].filter((f) => fs.existsSync(f));
      keyFiles = sealKeys(inst.cmsDir, present, opts.passphrase, path.join(partial, KEYS_FILE));
      files.push({ path: KEYS_FILE, ...(await hashFile(path.join(partial, KEYS_FILE))) });
      say(`Khóa (mã hóa bằng DIENHINH_BACKUP_PASSPHRASE): ${keyFiles.length} tệp.`);
    } else say('Khóa: không kèm (giữ riêng cms/.env và các tệp khóa).');

    const manifest: Manifest = {
      format: FORMAT,
      createdAt: new Date().toISOString(),
      database: { client: inst.database.client, file: dbFile },
      tables: facts.tables,
      files,
      remoteUploads: facts.uploads.length - local.length,
      keys: { included: keyFiles.length > 0, files: keyFiles },
      tookMs: Math.round(performance.now() - started),
    };
    sealManifest(partial, manifest, inst.auditKey);
    fs.renameSync(partial, opts.dir);
    return manifest;
  } catch (err) {
    // Nothing half-written stays behind under a name that could pass for a snapshot.
    fs.rmSync(partial, { recursive: true, force: true });
    throw err;
  }
}
