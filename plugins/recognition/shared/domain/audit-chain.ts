// The audit log's hash chains: each event's hash is an HMAC, under a secret key the database does
// not hold, of its content and the previous hash, so that any edit, removal, reordering or forged
// append of events is detected by walking the chain; a head kept outside the database (the
// anchor) also reveals a cut-off tail. Each province has its own chain (and the nation one, for
// events of no province), so that appends of unrelated provinces never wait for each other; the
// events' numbers (seq) are one order over all chains. Events written before chains existed form
// one leading line numbered 1, 2, 3... with no gap; those written before the key existed (plain
// SHA-256) are accepted only as the start of that line: once a keyed event appears, every later
// one must be keyed.
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
  /** The chain the event links into: its province, or NATIONAL_CHAIN (none before chains existed). */
  chain?: string | null;
  before?: unknown;
  after?: unknown;
  prevHash: string;
};

export const GENESIS = '0'.repeat(64);
/** The chain of events that belong to no province (a national export, an account without one). */
export const NATIONAL_CHAIN = '*';
/** The chain an event joins: its province's, or the nation's. */
export const chainOf = (jurisdiction: string | null | undefined): string =>
  jurisdiction || NATIONAL_CHAIN;

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
  const {
    seq,
    at,
    actor,
    actorRole,
    action,
    subjectType,
    subjectId,
    unitCode,
    jurisdiction,
    personId,
    chain,
    before,
    after,
    prevHash,
  } = e;
  // The province, the person and the chain join the hashed content only when present, so that older events keep their hash.
  return canonicalJson({
    seq,
    at,
    actor,
    actorRole,
    action,
    subjectType,
    subjectId,
    unitCode: unitCode ?? null,
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(personId ? { personId } : {}),
    ...(chain ? { chain } : {}),
    before: before ?? null,
    after: after ?? null,
    prevHash,
  });
}

/** The event's hash: HMAC-SHA256 under the audit key, or plain SHA-256 without one (legacy events). */
export function hashEvent(e: AuditContent, key?: string): string {
  return key
    ? createHmac('sha256', key).update(contentOf(e)).digest('hex')
    : createHash('sha256').update(contentOf(e)).digest('hex');
}

export const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The head of a chain as last written (`chain` absent: the line written before chains), kept where an edit of the log's rows cannot reach it. */
export type Anchor = { seq: number; hash: string; at: string; mac: string; chain?: string };

// The chain joins the signed content only when present, so that an anchor written before chains still verifies.
const anchorContent = (a: Omit<Anchor, 'mac'>) =>
  canonicalJson({ seq: a.seq, hash: a.hash, at: a.at, ...(a.chain ? { chain: a.chain } : {}) });
export const signAnchor = (a: Omit<Anchor, 'mac'>, key: string): Anchor => ({
  ...a,
  mac: createHmac('sha256', key).update(anchorContent(a)).digest('hex'),
});
export const anchorValid = (a: Anchor, key: string) => same(signAnchor(a, key).mac, a.mac);

export type ChainProblem = { seq: number; problem: string };
export type ChainVerdict = {
  ok: boolean;
  /** Events checked so far, from the first (a resumed check counts the earlier steps' too). */
  count: number;
  keyed: number;
  legacy: number;
  /** The newest event an anchor names (null: no anchor yet). */
  anchoredSeq: number | null;
  problem?: ChainProblem;
  /** False while a check that stopped at its budget still has events ahead; `resume` continues it. */
  done?: boolean;
  resume?: string;
};
