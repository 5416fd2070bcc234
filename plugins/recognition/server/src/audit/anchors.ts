// The audit anchors: the head of each province's chain, signed with the audit key, so that a
// cut-off tail is detected (a chain walked without its anchor is a failure too). Where they are
// kept follows DIENHINH_FILE_STORE (config/shared-store.ts): on `disk`, beside this node's anchor
// file (DIENHINH_AUDIT_ANCHOR), which a row edit cannot reach, written after each commit; in the
// `database` every node shares (the default on PostgreSQL), one row per chain moved in the event's
// own transaction, so that no node's anchor lags another's writes. There an insider with the
// database but not the key cannot move an anchor; one who holds the key too is caught by the
// signed checkpoints published outside (audit-checkpoints.ts). The anchor file itself keeps the
// head of the line written before chains.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { anchorValid, signAnchor, type Anchor } from '../../../shared/domain/audit-chain';
import { ensureTable, sharedStoreKind } from '../config';
import { rawInTransaction } from '../utils';

export const ANCHOR_TABLE = 'recognition_audit_anchors';
/** The row of the line written before chains (its anchor names no chain). */
const LINE = '';

export type AnchorStore = {
  kind: 'disk' | 'database';
  anchorFile: string;
  /** Before the first append: the table made, and this node's anchor files taken into it once. */
  prepare(): Promise<void>;
  readAnchors(): Promise<Anchor[]>;
  /** Moves a chain's anchor forward (never back), from inside the event's transaction. */
  move(chain: string, seq: number, hash: string, onCommit: (f: () => void) => void): Promise<void>;
};

function fileAnchors(anchorFile: string, key: string) {
  // A chain's anchor lives beside the anchor file, named by the chain in hex (any slug, safely).
  const chainsDir = `${anchorFile.replace(/\.json$/, '')}.chains`;
  const anchorPath = (chain: string) =>
    path.join(chainsDir, `${Buffer.from(chain).toString('hex')}.json`);
  function readAnchor(file: string): Anchor | null {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Anchor;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return { seq: 0, hash: '', at: '', mac: 'unreadable' };
    }
  }
  return {
    read(): Anchor[] {
      let files: string[] = [];
      try {
        files = fs.readdirSync(chainsDir).filter((f) => f.endsWith('.json'));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      const line = readAnchor(anchorFile);
      return [
        ...(line ? [line] : []),
        ...files.map((f) => readAnchor(path.join(chainsDir, f))!).filter(Boolean),
      ];
    },
    /** Several commits may finish in any order: an anchor never moves back. */
    write(chain: string, seq: number, hash: string) {
      const file = anchorPath(chain);
      const current = readAnchor(file);
      if (current && anchorValid(current, key) && current.seq >= seq) return;
      fs.mkdirSync(chainsDir, { recursive: true, mode: 0o700 });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(
        tmp,
        JSON.stringify(signAnchor({ seq, hash, at: new Date().toISOString(), chain }, key)),
        { mode: 0o600 },
      );
      fs.renameSync(tmp, file);
    },
  };
}

// The row moves only forward: a later number replaces an earlier one, never the reverse.
const UPSERT = `INSERT INTO ${ANCHOR_TABLE} (chain, seq, body) VALUES (?, ?, ?)
  ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, body = excluded.body
  WHERE ${ANCHOR_TABLE}.seq < excluded.seq`;

export function anchorStore(strapi: Core.Strapi, key: string): AnchorStore {
  const anchorFile = path.resolve(
    process.env.DIENHINH_AUDIT_ANCHOR ||
      path.join(strapi.dirs.app.root, 'private', 'audit-anchor.json'),
  );
  const files = fileAnchors(anchorFile, key);
  if (sharedStoreKind(strapi) === 'disk')
    return {
      kind: 'disk',
      anchorFile,
      prepare: async () => undefined,
      readAnchors: async () => files.read(),
      // Only a committed event moves the anchor; a rolled-back one never existed.
      move: async (chain, seq, hash, onCommit) => onCommit(() => files.write(chain, seq, hash)),
    };
  const knex = () => strapi.db.connection;
  return {
    kind: 'database',
    anchorFile,
    async prepare() {
      await ensureTable(strapi, ANCHOR_TABLE, (t) => {
        t.string('chain', 64).primary();
        t.bigInteger('seq').notNullable();
        t.text('body').notNullable();
      });
      // An installation that kept its anchors on disk keeps them: this node's valid ones move in.
      for (const a of files.read().filter((a) => anchorValid(a, key)))
        await knex().raw(UPSERT, [a.chain ?? LINE, a.seq, JSON.stringify(a)]);
    },
    async readAnchors() {
      const rows = (await knex()(ANCHOR_TABLE).select('body')) as { body: string }[];
      return rows.map((r) => {
        try {
          return JSON.parse(r.body) as Anchor;
        } catch {
          return { seq: 0, hash: '', at: '', mac: 'unreadable' };
        }
      });
    },
    async move(chain, seq, hash) {
      const body = signAnchor({ seq, hash, at: new Date().toISOString(), chain }, key);
      await rawInTransaction(strapi, UPSERT, [chain, seq, JSON.stringify(body)]);
    },
  };
}
