// The audit log's hash chain: each event's hash covers its content and the previous hash, so
// that any edit, removal or reordering of past events is detected by walking the chain.
import { createHash } from 'node:crypto';

export type AuditContent = {
  seq: number;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  unitCode?: string | null;
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

export function hashEvent(e: AuditContent): string {
  const { seq, at, actor, actorRole, action, subjectType, subjectId, unitCode, before, after, prevHash } = e;
  return createHash('sha256')
    .update(canonicalJson({ seq, at, actor, actorRole, action, subjectType, subjectId, unitCode: unitCode ?? null, before: before ?? null, after: after ?? null, prevHash }))
    .digest('hex');
}

export type ChainProblem = { seq: number; problem: string };

/** Walks events in seq order and reports the first break, if any. */
export function verifyChain(events: (AuditContent & { hash: string })[]): { ok: true; count: number } | { ok: false; count: number; problem: ChainProblem } {
  let prev = GENESIS;
  let expectedSeq = 1;
  for (const e of events) {
    if (e.seq !== expectedSeq) return { ok: false, count: events.length, problem: { seq: e.seq, problem: `thiếu hoặc đảo thứ tự sự kiện: cần số ${expectedSeq}, gặp ${e.seq}` } };
    if (e.prevHash !== prev) return { ok: false, count: events.length, problem: { seq: e.seq, problem: 'mã băm trước không khớp sự kiện liền trước' } };
    if (hashEvent(e) !== e.hash) return { ok: false, count: events.length, problem: { seq: e.seq, problem: 'nội dung sự kiện đã bị thay đổi (mã băm không khớp)' } };
    prev = e.hash;
    expectedSeq++;
  }
  return { ok: true, count: events.length };
}
