// The append-only audit log: one event per transition, score edit, content change or issued
// document, written in the caller's transaction into its province's chain, under that chain's
// lock so that the chain stays a single line (appends of other provinces do not wait: at national
// scale one lock for every province serialised the country's writes). Events are numbered in one
// order over all chains (a PostgreSQL sequence; on SQLite writes are serialised anyway). Each
// event is keyed with DIENHINH_AUDIT_KEY (cms/.env), and the chain's head is anchored, signed
// with the same key, so that a cut-off tail is detected too (anchors.ts: where anchors are kept).
import type { Core } from '@strapi/strapi';
import { chainOf, GENESIS, hashEvent, type AuditContent } from '../../../shared/domain/audit-chain';
import type { Actor } from '../../../shared/domain/workflow';
import { AUDIT_EVENT, JURISDICTION, UNIT } from '../constants/uids';
import { DomainFailure } from '../errors';
import { pageWindow } from '../pagination';
import { lockKey, rawInTransaction } from '../utils';
import { anchorStore } from './anchors';
import { chainVerifier } from './verify-chains';
import { LAST_CHAIN_CHECK, writeMark, type LastChainCheck } from '../operations';

export type AuditInput = Omit<AuditContent, 'seq' | 'at' | 'prevHash' | 'chain'>;
/** The PostgreSQL sequence that numbers events over all chains (created at start, see indexes.ts). */
export const AUDIT_SEQUENCE = 'recognition_audit_events_seq_order';

export function auditKey(env: Record<string, string | undefined> = process.env): string {
  const key = env.DIENHINH_AUDIT_KEY;
  if (!key || key.length < 16) {
    throw new Error(
      'DIENHINH_AUDIT_KEY chưa đặt (hoặc ngắn hơn 16 ký tự): khóa xác thực nhật ký nằm trong cms/.env; chạy "npm run setup" để tạo (audit key missing).',
    );
  }
  return key;
}

/**
 * A province's events of a year: by their time in Vietnam, and by their own province (older
 * events without one, by their unit's code). The history and the export count the same events.
 */
export const provinceYearWhere = (slug: string, year: number, codes: string[]) => ({
  at: {
    $gte: new Date(`${year}-01-01T00:00:00+07:00`),
    $lt: new Date(`${year + 1}-01-01T00:00:00+07:00`),
  },
  $or: [
    { jurisdiction: slug },
    { jurisdiction: { $null: true }, unitCode: { $in: codes.length ? codes : ['-'] } },
  ],
});

/** An event as the history shows it, without the storage columns. */
const plainEvent = ({
  id: _id,
  documentId: _d,
  createdAt: _c,
  updatedAt: _u,
  publishedAt: _p,
  locale: _l,
  ...e
}: Record<string, unknown>) => e;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const key = auditKey();
  const anchors = anchorStore(strapi, key);
  const verifyChains = chainVerifier(strapi, key, anchors.readAnchors);

  /** The next number over all chains: taken after the chain's lock, so that a chain's numbers rise in the order its events commit. */
  async function nextSeq(): Promise<number> {
    if (strapi.db.dialect.client === 'postgres') {
      return Number(
        (
          await rawInTransaction<{ seq: string }>(
            strapi,
            `select nextval('${AUDIT_SEQUENCE}') as seq`,
          )
        ).rows[0].seq,
      );
    }
    const last = await strapi.db
      .query(AUDIT_EVENT)
      .findOne({ orderBy: { seq: 'desc' }, select: ['seq'] });
    return (last?.seq ?? 0) + 1;
  }

  return {
    /** Appends one event to its province's chain; call inside the transaction that made the change. */
    async append(input: AuditInput, at: Date) {
      return strapi.db.transaction(async ({ onCommit }) => {
        const chain = chainOf(input.jurisdiction);
        await lockKey(strapi, `recognition:audit:${chain}`);
        const last = await strapi.db
          .query(AUDIT_EVENT)
          .findOne({ where: { chain }, orderBy: { seq: 'desc' }, select: ['hash'] });
        const content: AuditContent = {
          seq: await nextSeq(),
          at: at.toISOString(),
          ...input,
          unitCode: input.unitCode ?? null,
          jurisdiction: input.jurisdiction ?? null,
          personId: input.personId ?? null,
          chain,
          before: input.before ?? null,
          after: input.after ?? null,
          prevHash: last?.hash ?? GENESIS,
        };
        const hash = hashEvent(content, key);
        // createMany: one INSERT, without create()'s re-read of the row it wrote.
        await strapi.db
          .query(AUDIT_EVENT)
          .createMany({ data: [{ ...content, at: content.at, hash }] });
        await anchors.move(chain, content.seq, hash, onCommit);
        return { seq: content.seq, hash };
      });
    },

    /** Appends an event done by an actor: their account, role and the person behind them. */
    async appendBy(
      actor: Actor,
      input: Omit<AuditInput, 'actor' | 'actorRole' | 'personId'>,
      at: Date,
    ) {
      return this.append(
        { actor: actor.id, actorRole: actor.role, personId: actor.personId ?? null, ...input },
        at,
      );
    },

    async history(filter: { subjectId?: string; unitCode?: string }) {
      const where = filter.unitCode
        ? { unitCode: filter.unitCode }
        : { subjectId: filter.subjectId };
      const rows = await strapi.db.query(AUDIT_EVENT).findMany({ where, orderBy: { seq: 'asc' } });
      return rows.map(plainEvent);
    },

    /**
     * A page of a province's events of a year (by their time in Vietnam, as the export counts
     * them), newest first, narrowed by unit (name or code) and action (a prefix).
     */
    async browse(
      slug: string,
      year: number,
      f: { unit?: string; action?: string; page: number; pageSize: number },
    ) {
      const j = await strapi.db.query(JURISDICTION).findOne({ where: { slug } });
      if (!j) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
      const units = await strapi.db.query(UNIT).findMany({
        where: {
          jurisdiction: { id: j.id },
          ...(f.unit ? { $or: [{ code: f.unit }, { name: { $containsi: f.unit } }] } : {}),
        },
        select: ['code', 'name'],
      });
      const codes = units.map((u: { code: string }) => u.code);
      const where: Record<string, unknown> = {
        ...provinceYearWhere(slug, year, codes),
        // A unit asked for: only its events (the province's own and its older, unmarked ones).
        ...(f.unit ? { unitCode: { $in: codes.length ? codes : ['-'] } } : {}),
        ...(f.action
          ? { action: f.action.endsWith('.') ? { $startsWith: f.action } : f.action }
          : {}),
      };
      const [rows, total] = await Promise.all([
        strapi.db
          .query(AUDIT_EVENT)
          .findMany({ where, orderBy: { seq: 'desc' }, ...pageWindow(f) }),
        strapi.db.query(AUDIT_EVENT).count({ where }),
      ]);
      const names = new Map(units.map((u: { code: string; name: string }) => [u.code, u.name]));
      const events = rows.map(plainEvent).map((e: Record<string, unknown>) => ({
        ...e,
        unitName: names.get(e.unitCode as string) ?? null,
      }));
      return { items: events, total };
    },

    /**
     * Walks the log from the start, or from a sealed cursor a previous step returned, a page at a
     * time (memory stays flat whatever the log's length): the line written before chains, then
     * each chain in the order it began, each read in its own order (a chain's events commit in
     * the order of their numbers, which different chains' do not). Stops after `budgetMs` or
     * `maxEvents` with a cursor to resume from. A resumed check trusts the steps before it: what
     * they checked is not read again. `chain`: only that province's chain (and the older line),
     * as a province's export states it. A walk of every chain that ends leaves its time and
     * verdict for the operator (metrics, `npm run doctor`).
     */
    async verify(opts: Parameters<typeof verifyChains>[0] = {}) {
      const result = await verifyChains(opts);
      if (result.done && !opts.chain)
        await writeMark(strapi, LAST_CHAIN_CHECK, {
          at: new Date().toISOString(),
          ok: result.ok,
          events: result.count,
        } satisfies LastChainCheck);
      return result;
    },

    /** Where the anchors are kept (this node's files, or the database every node shares). */
    anchors: () => ({ kind: anchors.kind, anchorFile: anchors.anchorFile }),
    /** Before the first append (bootstrap): the anchors' table, where they are kept in the database. */
    prepare: () => anchors.prepare(),
  };
};
