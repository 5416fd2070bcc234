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
export type ChainVerdict = { ok: boolean; count: number; keyed: number; legacy: number; anchoredSeq: number | null; problem?: ChainProblem };

/** Walks events in seq order and reports the first break, if any. */
export function verifyChain(events: (AuditContent & { hash: string })[], opts: { key?: string; anchor?: Anchor | null } = {}): ChainVerdict {
  let prev = GENESIS;
  let expectedSeq = 1;
  let keyed = 0;
  let legacy = 0;
  const verdict = (problem?: ChainProblem): ChainVerdict => ({ ok: !problem, count: events.length, keyed, legacy, anchoredSeq: opts.anchor?.seq ?? null, ...(problem ? { problem } : {}) });
  for (const e of events) {
    if (e.seq !== expectedSeq) return verdict({ seq: expectedSeq, problem: `thiếu hoặc đảo thứ tự sự kiện: cần số ${expectedSeq}, gặp ${e.seq}` });
    if (e.prevHash !== prev) return verdict({ seq: e.seq, problem: 'mã băm trước không khớp sự kiện liền trước' });
    if (opts.key && same(hashEvent(e, opts.key), e.hash)) keyed++;
    else if (!keyed && same(hashEvent(e), e.hash)) legacy++;
    else if (keyed && same(hashEvent(e), e.hash)) return verdict({ seq: e.seq, problem: 'sự kiện không có mã xác thực sau các sự kiện đã có mã xác thực (ghi thêm giả mạo)' });
    else return verdict({ seq: e.seq, problem: 'nội dung sự kiện đã bị thay đổi hoặc sự kiện không do hệ thống ghi (mã xác thực không khớp)' });
    prev = e.hash;
    expectedSeq++;
  }
  const anchor = opts.anchor;
  if (anchor) {
    if (!opts.key || !anchorValid(anchor, opts.key)) return verdict({ seq: anchor.seq, problem: 'mốc neo đầu chuỗi đã bị sửa (mã xác thực của mốc không khớp)' });
    if (anchor.seq > events.length) return verdict({ seq: events.length + 1, problem: `nhật ký bị cắt: mốc neo ghi đến sự kiện số ${anchor.seq}, nhật ký chỉ còn đến số ${events.length}` });
    if (anchor.seq > 0 && !same(events[anchor.seq - 1].hash, anchor.hash)) return verdict({ seq: anchor.seq, problem: 'sự kiện ở mốc neo không khớp mốc neo (nhật ký bị viết lại)' });
  }
  return verdict();
}
