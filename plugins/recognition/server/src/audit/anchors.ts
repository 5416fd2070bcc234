// The audit anchors on this node's disk: the head of each province's chain, signed with the audit
// key after each commit, beside the anchor file (DIENHINH_AUDIT_ANCHOR), which a row edit in the
// database cannot reach; the file itself keeps the head of the line written before chains.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { anchorValid, signAnchor, type Anchor } from '../../../shared/domain/audit-chain';

export function anchorStore(strapi: Core.Strapi, key: string) {
  const anchorFile = path.resolve(
    process.env.DIENHINH_AUDIT_ANCHOR ||
      path.join(strapi.dirs.app.root, 'private', 'audit-anchor.json'),
  );

  // A chain's anchor lives beside the anchor file, named by the chain in hex (any slug, safely).
  const chainsDir = `${anchorFile.replace(/\.json$/, '')}.chains`;
  const anchorPath = (chain: string | null) =>
    chain === null
      ? anchorFile
      : path.join(chainsDir, `${Buffer.from(chain).toString('hex')}.json`);

  function readAnchor(file: string): Anchor | null {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Anchor;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return { seq: 0, hash: '', at: '', mac: 'unreadable' };
    }
  }

  /** Every anchor: the line written before chains (if any) and each chain's. */
  function readAnchors(): Anchor[] {
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
  }

  /** Moves a chain's anchor forward (never back): several commits may finish in any order. */
  function writeAnchor(chain: string, seq: number, hash: string) {
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
  }

  return { anchorFile, readAnchors, writeAnchor };
}
