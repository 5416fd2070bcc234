// The audit log's hash chain: each event's hash is an HMAC, under a secret key the database does
// not hold, of its content and the previous hash, so that any edit, removal, reordering or forged
// append of events is detected by walking the chain; a head kept outside the database (the
// anchor) also reveals a cut-off tail. Events written before the key existed (plain SHA-256) are
// accepted only as a leading run: once a keyed event appears, every later one must be keyed.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type AuditContent = {
  seq: number;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  unitCode?: string | null;
  /** The province the event belongs to (events written before it was recorded have none). */
  jurisdiction?: string | null;
  /** The person behind the acting account (stable when an e-mail changes). */
  personId?: string | null;
  before?: unknown;
  after?: unknown;
  prevHash: string;
};

export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function contentOf(e: AuditContent): string {
  const { seq, at, actor, actorRole, action, subjectType, subjectId, unitCode, jurisdiction, personId, before, after, prevHash } = e;
  // The province joins the hashed content only when present, so that older events keep their hash.
  return canonicalJson({ seq, at, actor, actorRole, action, subjectType, subjectId, unitCode: unitCode ?? null, ...(jurisdiction ? { jurisdiction } : {}), ...(personId ? { personId } : {}), before: before ?? null, after: after ?? null, prevHash });
}

/** The event's hash: HMAC-SHA256 under the audit key, or plain SHA-256 without one (legacy events). */
export function hashEvent(e: AuditContent, key?: string): string {
  return key ? createHmac('sha256', key).update(contentOf(e)).digest('hex') : createHash('sha256').update(contentOf(e)).digest('hex');
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The head of the chain as last written, kept where an edit of the log's rows cannot reach it. */
export type Anchor = { seq: number; hash: string; at: string; mac: string };

const anchorContent = (a: Omit<Anchor, 'mac'>) => canonicalJson({ seq: a.seq, hash: a.hash, at: a.at });
export const signAnchor = (a: Omit<Anchor, 'mac'>, key: string): Anchor => ({ ...a, mac: createHmac('sha256', key).update(anchorContent(a)).digest('hex') });
export const anchorValid = (a: Anchor, key: string) => same(signAnchor(a, key).mac, a.mac);

export type ChainProblem = { seq: number; problem: string };
export type ChainVerdict = {
  ok: boolean;
  /** Events checked so far, from the first (a resumed check counts the earlier steps' too). */
  count: number;
  keyed: number;
  legacy: number;
  anchoredSeq: number | null;
  problem?: ChainProblem;
  /** False while a check that stopped at its budget still has events ahead; `resume` continues it. */
  done?: boolean;
  resume?: string;
};

/** Where a check stopped: the last event verified, and its hash, which the next one must name. */
export type ChainCursor = { seq: number; hash: string; keyed: number; legacy: number };

/**
 * Walks the chain a page at a time, so that a log of any length is checked in bounded memory and
 * a check can stop and resume from its cursor. feed() returns false at the first break.
 */
export function chainWalker(opts: { key?: string; from?: ChainCursor }) {
  let prev = opts.from?.hash ?? GENESIS;
  let seq = opts.from?.seq ?? 0;
  let keyed = opts.from?.keyed ?? 0;
  let legacy = opts.from?.legacy ?? 0;
  let problem: ChainProblem | undefined;
  const verdict = (anchor: Anchor | null | undefined): ChainVerdict => ({ ok: !problem, count: seq, keyed, legacy, anchoredSeq: anchor?.seq ?? null, ...(problem ? { problem } : {}) });
  return {
    feed(events: (AuditContent & { hash: string })[]): boolean {
      for (const e of events) {
        const expected = seq + 1;
        if (e.seq !== expected) problem = { seq: expected, problem: `thiếu hoặc đảo thứ tự sự kiện: cần số ${expected}, gặp ${e.seq}` };
        else if (e.prevHash !== prev) problem = { seq: e.seq, problem: 'mã băm trước không khớp sự kiện liền trước' };
        else if (opts.key && same(hashEvent(e, opts.key), e.hash)) keyed++;
        else if (!keyed && same(hashEvent(e), e.hash)) legacy++;
        else if (keyed && same(hashEvent(e), e.hash)) problem = { seq: e.seq, problem: 'sự kiện không có mã xác thực sau các sự kiện đã có mã xác thực (ghi thêm giả mạo)' };
        else problem = { seq: e.seq, problem: 'nội dung sự kiện đã bị thay đổi hoặc sự kiện không do hệ thống ghi (mã xác thực không khớp)' };
        if (problem) return false;
        prev = e.hash;
        seq = e.seq;
      }
      return true;
    },
    cursor: (): ChainCursor => ({ seq, hash: prev, keyed, legacy }),
    /** A step's verdict before the end: nothing wrong so far. */
    partial: verdict,
    /** The verdict at the end of the log, checked against the anchor (and the hash stored at the anchor's event). */
    finish(anchor: Anchor | null | undefined, hashAtAnchor: string | undefined): ChainVerdict {
      if (!problem && anchor) {
        if (!opts.key || !anchorValid(anchor, opts.key)) problem = { seq: anchor.seq, problem: 'mốc neo đầu chuỗi đã bị sửa (mã xác thực của mốc không khớp)' };
        else if (anchor.seq > seq) problem = { seq: seq + 1, problem: `nhật ký bị cắt: mốc neo ghi đến sự kiện số ${anchor.seq}, nhật ký chỉ còn đến số ${seq}` };
        else if (anchor.seq > 0 && !same(hashAtAnchor ?? '', anchor.hash)) problem = { seq: anchor.seq, problem: 'sự kiện ở mốc neo không khớp mốc neo (nhật ký bị viết lại)' };
      }
      return verdict(anchor);
    },
  };
}

/** Walks events in seq order and reports the first break, if any. */
export function verifyChain(events: (AuditContent & { hash: string })[], opts: { key?: string; anchor?: Anchor | null } = {}): ChainVerdict {
  const walker = chainWalker({ key: opts.key });
  if (!walker.feed(events)) return walker.partial(opts.anchor);
  return walker.finish(opts.anchor, opts.anchor ? events[opts.anchor.seq - 1]?.hash : undefined);
}

/** A cursor handed to the client to resume with, sealed under the audit key so that it cannot skip events it did not check. */
export function sealCursor(c: ChainCursor, key: string): string {
  const body = Buffer.from(canonicalJson(c)).toString('base64url');
  return `${body}.${createHmac('sha256', key).update(`cursor:${body}`).digest('base64url')}`;
}

export function openCursor(token: string, key: string): ChainCursor | null {
  const [body, mac] = token.split('.');
  if (!body || !mac || !same(createHmac('sha256', key).update(`cursor:${body}`).digest('base64url'), mac)) return null;
  try {
    const c = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    return Number.isInteger(c.seq) && c.seq >= 0 && typeof c.hash === 'string' && Number.isInteger(c.keyed) && Number.isInteger(c.legacy) ? c : null;
  } catch {
    return null;
  }
}
