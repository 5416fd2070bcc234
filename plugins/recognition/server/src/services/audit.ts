// The append-only, hash-chained audit log: one event per transition or score edit, written in
// the caller's transaction under a lock so that the chain stays a single line.
import type { Core } from '@strapi/strapi';
import { GENESIS, hashEvent, verifyChain, type AuditContent } from '../domain/audit-chain';
import { lockKey } from '../utils';

const UID = 'plugin::recognition.audit-event';

export type AuditInput = Omit<AuditContent, 'seq' | 'at' | 'prevHash'>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Appends one event; call inside the transaction that made the change. */
  async append(input: AuditInput, at: Date) {
    await lockKey(strapi, 'recognition:audit');
    const last = await strapi.db.query(UID).findOne({ orderBy: { seq: 'desc' }, select: ['seq', 'hash'] });
    const content: AuditContent = {
      seq: (last?.seq ?? 0) + 1,
      at: at.toISOString(),
      ...input,
      unitCode: input.unitCode ?? null,
      before: input.before ?? null,
      after: input.after ?? null,
      prevHash: last?.hash ?? GENESIS,
    };
    const hash = hashEvent(content);
    await strapi.db.query(UID).create({ data: { ...content, at: content.at, hash } });
    return { seq: content.seq, hash };
  },

  async history(filter: { subjectId?: string; unitCode?: string }) {
    const where = filter.unitCode ? { unitCode: filter.unitCode } : { subjectId: filter.subjectId };
    const rows = await strapi.db.query(UID).findMany({ where, orderBy: { seq: 'asc' } });
    return rows.map(({ id: _id, documentId: _d, createdAt: _c, updatedAt: _u, publishedAt: _p, locale: _l, ...e }: Record<string, unknown>) => e);
  },

  async verify() {
    const rows = (await strapi.db.query(UID).findMany({ orderBy: { seq: 'asc' } })) as (AuditContent & { hash: string; at: string | Date })[];
    return verifyChain(rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })));
  },
});
