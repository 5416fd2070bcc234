// Walking the audit log to verify it: a cursor (where a check stopped, sealed under the key so a
// client cannot skip events), a walker that checks a page at a time and chain after chain in
// bounded memory, and the verdict against the anchors and the checkpoints kept outside.
import { createHmac } from 'node:crypto';
import {
  anchorValid,
  canonicalJson,
  GENESIS,
  hashEvent,
  same,
  type Anchor,
  type AuditContent,
  type ChainProblem,
  type ChainVerdict,
} from './audit-chain';

/**
 * Where a check stopped: the chain it was walking (null: the line written before chains), that
 * chain's first event (chains are walked in the order they began), the last event verified and
 * its hash, which the next one of the chain must name, and the counts so far.
 */
export type ChainCursor = {
  chain: string | null;
  first: number;
  seq: number;
  hash: string;
  keyed: number;
  legacy: number;
  count: number;
};

export const startCursor = (): ChainCursor => ({
  chain: null,
  first: 0,
  seq: 0,
  hash: GENESIS,
  keyed: 0,
  legacy: 0,
  count: 0,
});

/** An anchor and what the log holds at its event (null: no such event). */
export type AnchorCheck = { anchor: Anchor; found: { hash: string; chain: string | null } | null };
/**
 * A chain head published outside the installation (a signed checkpoint another party keeps),
 * already checked against its signature: the log must still hold that event, with that hash.
 */
export type CheckpointCheck = {
  chain: string;
  seq: number;
  hash: string;
  at: string;
  found: { hash: string; chain: string | null } | null;
};

/**
 * Walks the log a page at a time, one chain after another (the caller reads each chain's events
 * in order and calls enter() before the next chain), so that a log of any length is checked in
 * bounded memory and a check can stop and resume from its cursor. feed() returns false at the
 * first break.
 */
export function chainWalker(opts: { key?: string; from?: ChainCursor }) {
  let cur: ChainCursor = { ...(opts.from ?? startCursor()) };
  let problem: ChainProblem | undefined;
  let anchoredSeq: number | null = null;
  // The province chains walked in this step: each must have its anchor (deleting a chain's last
  // event together with its anchor file once read as a shorter chain).
  const walked = new Set<string>();
  const verdict = (): ChainVerdict => ({
    ok: !problem,
    count: cur.count,
    keyed: cur.keyed,
    legacy: cur.legacy,
    anchoredSeq,
    ...(problem ? { problem } : {}),
  });
  const judge = (e: AuditContent & { hash: string }): ChainProblem | undefined => {
    const line = cur.chain === null;
    const at = (problem: string) => ({ seq: e.seq, problem });
    if ((e.chain ?? null) !== cur.chain)
      return at(`sự kiện ghi chuỗi "${e.chain ?? ''}" nằm trong chuỗi "${cur.chain ?? ''}"`);
    if (line && e.seq !== cur.seq + 1)
      return {
        seq: cur.seq + 1,
        problem: `thiếu hoặc đảo thứ tự sự kiện: cần số ${cur.seq + 1}, gặp ${e.seq}`,
      };
    if (!line && e.seq <= cur.seq) return at(`đảo thứ tự sự kiện: số ${e.seq} sau số ${cur.seq}`);
    if (e.prevHash !== cur.hash) return at('mã băm trước không khớp sự kiện liền trước');
    if (opts.key && same(hashEvent(e, opts.key), e.hash)) {
      cur.keyed++;
      return undefined;
    }
    const plain = same(hashEvent(e), e.hash);
    // Unkeyed events are accepted only at the start of the line written before chains (before the key existed).
    if (plain && line && !cur.keyed) {
      cur.legacy++;
      return undefined;
    }
    if (plain)
      return at(
        'sự kiện không có mã xác thực sau các sự kiện đã có mã xác thực (ghi thêm giả mạo)',
      );
    return at(
      'nội dung sự kiện đã bị thay đổi hoặc sự kiện không do hệ thống ghi (mã xác thực không khớp)',
    );
  };
  return {
    feed(events: (AuditContent & { hash: string })[]): boolean {
      for (const e of events) {
        problem = judge(e);
        if (problem) return false;
        cur = { ...cur, seq: e.seq, hash: e.hash, count: cur.count + 1 };
        if (cur.chain !== null) walked.add(cur.chain);
      }
      return true;
    },
    /** Moves on to the next chain, whose first event is `first`: it links from the start again. */
    enter(chain: string, first: number) {
      cur = { ...cur, chain, first, seq: 0, hash: GENESIS };
    },
    cursor: (): ChainCursor => ({ ...cur }),
    /** A step's verdict before the end: nothing wrong so far. */
    partial: verdict,
    /**
     * The verdict at the end of the log, checked against every anchor: signed with the key, and
     * naming an event still in the log, of its chain, with its hash. The anchors reveal a cut-off
     * tail of any chain, a whole chain removed included.
     */
    finish(anchors: AnchorCheck[], checkpoints: CheckpointCheck[] = []): ChainVerdict {
      for (const c of [...checkpoints].sort((a, b) => a.seq - b.seq)) {
        if (problem) break;
        if (!c.found)
          problem = {
            seq: c.seq,
            problem: `nhật ký bị cắt: điểm kiểm tra đã công bố ngày ${c.at.slice(0, 10)} ghi chuỗi "${c.chain}" đến sự kiện số ${c.seq}, nhật ký không còn sự kiện đó`,
          };
        else if (!same(c.found.hash, c.hash) || (c.found.chain ?? null) !== c.chain)
          problem = {
            seq: c.seq,
            problem: `sự kiện số ${c.seq} không khớp điểm kiểm tra đã công bố của chuỗi "${c.chain}" (nhật ký bị viết lại)`,
          };
      }
      for (const { anchor, found } of [...anchors].sort((a, b) => a.anchor.seq - b.anchor.seq)) {
        if (problem) break;
        if (!opts.key || !anchorValid(anchor, opts.key))
          problem = {
            seq: anchor.seq,
            problem: 'mốc neo đầu chuỗi đã bị sửa (mã xác thực của mốc không khớp)',
          };
        else if (anchor.seq > 0 && !found)
          problem = {
            seq: anchor.seq,
            problem: `nhật ký bị cắt: mốc neo${anchor.chain ? ` của chuỗi "${anchor.chain}"` : ''} ghi đến sự kiện số ${anchor.seq}, nhật ký không còn sự kiện đó`,
          };
        else if (
          anchor.seq > 0 &&
          (!same(found!.hash, anchor.hash) || (found!.chain ?? null) !== (anchor.chain ?? null))
        )
          problem = {
            seq: anchor.seq,
            problem: 'sự kiện ở mốc neo không khớp mốc neo (nhật ký bị viết lại)',
          };
        else anchoredSeq = Math.max(anchoredSeq ?? 0, anchor.seq);
      }
      const anchored = new Set(anchors.map((a) => a.anchor.chain).filter(Boolean));
      const unanchored = [...walked].find((c) => !anchored.has(c));
      if (!problem && unanchored)
        problem = {
          seq: cur.seq,
          problem: `thiếu mốc neo của chuỗi "${unanchored}": mốc bị xóa cùng phần cuối nhật ký, hoặc nhật ký không do máy chủ này ghi`,
        };
      return verdict();
    },
  };
}

/**
 * Checks events held in memory as the service checks the log: the line written before chains
 * (events without a chain) first, then each chain in the order it began; reports the first break.
 */
export function verifyChain(
  events: (AuditContent & { hash: string })[],
  opts: { key?: string; anchors?: Anchor[] } = {},
): ChainVerdict {
  const walker = chainWalker({ key: opts.key });
  const chains = new Map<string | null, (AuditContent & { hash: string })[]>([[null, []]]);
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const c = e.chain ?? null;
    if (!chains.has(c)) chains.set(c, []);
    chains.get(c)!.push(e);
  }
  for (const [chain, list] of chains) {
    if (chain !== null) walker.enter(chain, list[0].seq);
    if (!walker.feed(list)) return walker.partial();
  }
  const bySeq = new Map(events.map((e) => [e.seq, e]));
  return walker.finish(
    (opts.anchors ?? []).map((anchor) => ({
      anchor,
      found: bySeq.has(anchor.seq)
        ? { hash: bySeq.get(anchor.seq)!.hash, chain: bySeq.get(anchor.seq)!.chain ?? null }
        : null,
    })),
  );
}

/** A cursor handed to the client to resume with, sealed under the audit key so that it cannot skip events it did not check. */
export function sealCursor(c: ChainCursor, key: string): string {
  const body = Buffer.from(canonicalJson(c)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(`cursor:${body}`).digest('base64url')}`;
}

export function openCursor(token: string, key: string): ChainCursor | null {
  const [body, mac] = token.split('.');
  if (
    !body ||
    !mac ||
    !same(createHmac('sha256', key).update(`cursor:${body}`).digest('base64url'), mac)
  )
    return null;
  try {
    const c = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const counts = [c.first, c.seq, c.keyed, c.legacy, c.count].every(
      (x) => Number.isInteger(x) && x >= 0,
    );
    return counts && typeof c.hash === 'string' && (c.chain === null || typeof c.chain === 'string')
      ? c
      : null;
  } catch {
    return null;
  }
}
