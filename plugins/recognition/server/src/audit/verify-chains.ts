// Verifying the audit log: each province's chain walked in order from its first event (or from
// a sealed cursor, within a time and event budget, so that a national log is checked in steps),
// then its head compared with its anchor (anchors.ts) and with the checkpoints published outside.
import type { Core } from '@strapi/strapi';
import {
  type Anchor,
  type AuditContent,
  type ChainVerdict,
} from '../../../shared/domain/audit-chain';
import { chainWalker, openCursor, sealCursor } from '../../../shared/domain/audit-walk';
import { AUDIT_EVENT } from '../constants/uids';
import { DomainFailure } from '../errors';
import { auditCheckpointsService } from './';

const TABLE = 'recognition_audit_events';
/** Events read per query while verifying: bounded memory, few round trips. */
const PAGE = 5_000;

export function chainVerifier(
  strapi: Core.Strapi,
  key: string,
  readAnchors: () => Promise<Anchor[]>,
) {
  return async function verify(
    opts: {
      from?: string;
      budgetMs?: number;
      maxEvents?: number;
      chain?: string;
      checkpoints?: string[];
    } = {},
  ): Promise<ChainVerdict & { total: number }> {
    const from = opts.from ? openCursor(opts.from, key) : undefined;
    if (from === null)
      throw new DomainFailure(
        'invalid-input',
        'Mã tiếp tục kiểm tra ("from") không hợp lệ hoặc không do hệ thống cấp: bắt đầu kiểm tra lại từ đầu.',
      );
    const walker = chainWalker({ key, from });
    const knex = strapi.db.connection;
    const only = opts.chain;
    const total = Number(
      (
        await knex(TABLE)
          .modify((q) => void (only && q.whereNull('chain').orWhere('chain', only)))
          .count('* as n')
      )[0]?.n ?? 0,
    );
    // The chains in the order they began (their first events' numbers).
    const chains = (
      (await knex(TABLE)
        .modify((q) => void (only ? q.where('chain', only) : q.whereNotNull('chain')))
        .groupBy('chain')
        .select('chain')
        .min('seq as first')
        .orderBy('first', 'asc')) as { chain: string; first: number | string }[]
    ).map((c) => ({ chain: c.chain, first: Number(c.first) }));
    const deadline = performance.now() + (opts.budgetMs ?? 20_000);
    const stopAt = walker.cursor().count + (opts.maxEvents ?? Number.MAX_SAFE_INTEGER);
    const rest = (c: ReturnType<typeof walker.cursor>) => chains.filter((x) => x.first > c.first);
    for (;;) {
      const c = walker.cursor();
      if (c.count >= stopAt || performance.now() > deadline) {
        const more =
          (await knex(TABLE)
            .where('seq', '>', c.seq)
            .andWhere((q) => (c.chain === null ? q.whereNull('chain') : q.where('chain', c.chain)))
            .first('seq')) || rest(c).length;
        if (more) return { ...walker.partial(), done: false, resume: sealCursor(c, key), total };
      }
      const where =
        c.chain === null
          ? { chain: { $null: true }, seq: { $gt: c.seq } }
          : { chain: c.chain, seq: { $gt: c.seq } };
      const rows = (await strapi.db.query(AUDIT_EVENT).findMany({
        where,
        orderBy: { seq: 'asc' },
        limit: Math.min(PAGE, stopAt - c.count) || PAGE,
      })) as (AuditContent & { hash: string; at: string | Date })[];
      if (rows.length) {
        if (!walker.feed(rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }))))
          return { ...walker.partial(), done: true, total };
        continue;
      }
      const next = rest(c)[0];
      if (!next) break;
      walker.enter(next.chain, next.first);
    }
    const anchors = (await readAnchors()).filter((a) => !only || !a.chain || a.chain === only);
    const found = anchors.length
      ? await strapi.db.query(AUDIT_EVENT).findMany({
          where: { seq: { $in: anchors.map((a) => a.seq) } },
          select: ['seq', 'hash', 'chain'],
        })
      : [];
    const bySeq = new Map(
      found.map((f: { seq: number; hash: string; chain: string | null }) => [f.seq, f]),
    );
    // Checkpoints kept outside (audit/audit-checkpoints.ts), of the chains this check covers.
    const published = opts.checkpoints?.length
      ? (await auditCheckpointsService(strapi).check(opts.checkpoints)).filter(
          (c) => !only || c.chain === only,
        )
      : [];
    return {
      ...walker.finish(
        anchors.map((anchor) => ({ anchor, found: bySeq.get(anchor.seq) ?? null })),
        published,
      ),
      done: true,
      total,
    };
  };
}
