// A snapshot back into an empty installation: checked whole first (MAC, every file's hash, no
// file unlisted), then the database, the files and the anchors written, then the restored
// database counted against the manifest. What was written is taken back when a step fails.
import fs from 'node:fs';
import path from 'node:path';
import type { Installation } from './installation';
import { checkSnapshot, type Manifest } from './manifest';
import { factsOfPostgres, restorePostgres } from './postgres';
import { factsOfSqlite, restoreSqlite } from './sqlite';

export type RestoreResult = { manifest: Manifest; files: number; tables: number; rows: number };

/** Where each file of the snapshot goes in this installation. */
function targetOf(inst: Installation, rel: string): string | null {
  if (rel === 'anchors/audit-anchor.json') return inst.anchorFile;
  if (rel.startsWith('anchors/chains/')) return path.join(inst.anchorChainsDir, rel.slice(15));
  if (rel.startsWith('private/')) return path.join(inst.privateDir, rel.slice(8));
  if (rel.startsWith('public/')) return path.join(inst.publicDir, rel.slice(7));
  return null;
}

export async function restoreBackup(
  inst: Installation,
  dir: string,
  say: (line: string) => void = () => undefined,
): Promise<RestoreResult> {
  let t = performance.now();
  /** Seconds since the last step ended, for the operator (and bench:backup) to see each step's share. */
  const took = () => {
    const s = ((performance.now() - t) / 1000).toFixed(1);
    t = performance.now();
    return `${s} s`;
  };
  const checked = await checkSnapshot(dir, inst.auditKey);
  if (!checked.ok)
    throw new Error(
      `Bản sao lưu bị từ chối, không khôi phục gì:\n  - ${checked.problems.join('\n  - ')}`,
    );
  const m = checked.manifest;
  if (m.database.client !== inst.database.client)
    throw new Error(
      `Bản sao lưu là của ${m.database.client}, cài đặt này dùng ${inst.database.client} (DATABASE_CLIENT).`,
    );
  say(
    `Bản kê khớp: ${m.files.length} tệp, SHA-256 từng tệp đúng (sao lưu lúc ${m.createdAt}; kiểm ${took()}).`,
  );

  // Files already present must be these very bytes (an upload folder shared with other apps).
  const plan = m.files
    .map((f) => ({ f, to: targetOf(inst, f.path) }))
    .filter((x): x is { f: (typeof m.files)[number]; to: string } => x.to !== null);
  for (const { f, to } of plan)
    if (fs.existsSync(to) && !fs.readFileSync(to).equals(fs.readFileSync(path.join(dir, f.path))))
      throw new Error(`Đã có ${to} với nội dung khác: khôi phục chỉ vào một cài đặt trống.`);

  const written: string[] = [];
  const db = path.join(dir, m.database.file);
  try {
    if (inst.database.client === 'sqlite') {
      restoreSqlite(db, inst.database.file);
      written.push(inst.database.file);
    } else await restorePostgres(db, inst.database.url);
    const restoredIn = took();
    for (const { f, to } of plan) {
      if (fs.existsSync(to)) continue;
      fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
      fs.copyFileSync(path.join(dir, f.path), to, fs.constants.COPYFILE_EXCL);
      written.push(to);
    }
    const facts =
      inst.database.client === 'sqlite'
        ? factsOfSqlite(inst.database.file)
        : await factsOfPostgres(inst.database.url);
    const differ = Object.keys({ ...m.tables, ...facts.tables }).filter(
      (t) => m.tables[t] !== facts.tables[t],
    );
    if (differ.length)
      throw new Error(
        `Số dòng sau khôi phục khác bản kê ở ${differ.length} bảng (${differ
          .slice(0, 3)
          .map((t) => `${t}: ${facts.tables[t] ?? 0} / ${m.tables[t] ?? 0}`)
          .join(', ')}).`,
      );
    const rows = Object.values(facts.tables).reduce((a, b) => a + b, 0);
    say(
      `Cơ sở dữ liệu: ${Object.keys(facts.tables).length} bảng, ${rows} dòng, khớp bản kê từng bảng (nạp ${restoredIn}, tệp và đếm ${took()}).`,
    );
    say(`Tệp: ${plan.length} tệp (kho riêng, tải lên, mốc nhật ký) đã về chỗ.`);
    return { manifest: m, files: plan.length, tables: Object.keys(facts.tables).length, rows };
  } catch (err) {
    for (const f of written.reverse()) fs.rmSync(f, { force: true });
    throw err;
  }
}
