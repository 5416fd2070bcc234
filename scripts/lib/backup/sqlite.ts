// SQLite: the snapshot is taken with SQLite's online backup API in one step (one read
// transaction: everything committed before it began, nothing after), never by copying the file
// under a running server; counts and the uploads it names are read from the copy itself.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** `uploads`: the URLs of uploads kept as files; `storedUploads`: those kept in the database itself. */
export type DatabaseFacts = {
  tables: Record<string, number>;
  uploads: string[];
  storedUploads: number;
};

/** The table where uploads live when the app keeps them in the database (DIENHINH_FILE_STORE). */
export const UPLOAD_TABLE = 'recognition_upload_blobs';

/** Splits the uploads the database names into files to copy and rows the dump already holds. */
export function splitUploads(urls: string[], storedNames: string[]) {
  const stored = new Set(storedNames.map((n) => `/uploads/${encodeURIComponent(n)}`));
  const uploads = urls.filter((u) => !stored.has(u));
  return { uploads, storedUploads: urls.length - uploads.length };
}

export async function snapshotSqlite(file: string, dest: string): Promise<DatabaseFacts> {
  if (!fs.existsSync(file)) throw new Error(`Không có cơ sở dữ liệu SQLite tại ${file}.`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // Every page in one step: the copy is one consistent read of the database.
    await source.backup(dest, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  return factsOfSqlite(dest);
}

export function factsOfSqlite(file: string): DatabaseFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    const tables: Record<string, number> = {};
    for (const { name } of names)
      tables[name] = Number(
        (
          db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as {
            n: number;
          }
        ).n,
      );
    const urls = names.some((n) => n.name === 'files')
      ? urlsOf(db.prepare('SELECT url, formats FROM files').all() as UploadRow[])
      : [];
    const stored = names.some((n) => n.name === UPLOAD_TABLE)
      ? (db.prepare(`SELECT name FROM ${UPLOAD_TABLE}`).all() as { name: string }[]).map(
          (r) => r.name,
        )
      : [];
    return { tables, ...splitUploads(urls, stored) };
  } finally {
    db.close();
  }
}

/** Restores the snapshot's database file to `file`, which must not exist yet. */
export function restoreSqlite(snapshot: string, file: string): void {
  if (fs.existsSync(file))
    throw new Error(
      `Đã có cơ sở dữ liệu tại ${file}: khôi phục chỉ vào một cài đặt trống (dừng ứng dụng, chuyển tệp này đi rồi chạy lại).`,
    );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.restoring`;
  fs.copyFileSync(snapshot, tmp);
  fs.renameSync(tmp, file);
}

export type UploadRow = {
  url: string | null;
  formats: string | Record<string, { url?: string }> | null;
};

/** Every URL an upload row names: the file and each of its formats (thumbnails). */
export function urlsOf(rows: UploadRow[]): string[] {
  const urls = new Set<string>();
  for (const row of rows) {
    if (row.url) urls.add(row.url);
    const formats = typeof row.formats === 'string' ? JSON.parse(row.formats) : row.formats;
    for (const f of Object.values(formats ?? {}))
      if ((f as { url?: string }).url) urls.add((f as { url: string }).url);
  }
  return [...urls].sort();
}
