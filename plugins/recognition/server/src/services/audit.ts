// The append-only audit log: one event per transition, score edit, content change or issued
// document, written in the caller's transaction under a lock so that the chain stays a single
// line. Each event is keyed with DIENHINH_AUDIT_KEY (cms/.env); after each commit the head of the
// chain is written, signed with the same key, to the anchor file (DIENHINH_AUDIT_ANCHOR), which
// a row edit in the database cannot reach, so that a cut-off tail is detected too.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { anchorValid, chainWalker, GENESIS, hashEvent, openCursor, sealCursor, signAnchor, type Anchor, type AuditContent, type ChainVerdict } from '../domain/audit-chain';
import type { Actor } from '../domain/workflow';
import { DomainFailure } from '../errors';
import { pageWindow } from '../pagination';
import { lockKey } from '../utils';

const UID = 'plugin::recognition.audit-event';
const TABLE = 'recognition_audit_events';
/** Events read per query while verifying: bounded memory, few round trips. */
const PAGE = 5_000;

export type AuditInput = Omit<AuditContent, 'seq' | 'at' | 'prevHash'>;

export function auditKey(env: Record<string, string | undefined> = process.env): string {
  const key = env.DIENHINH_AUDIT_KEY;
  if (!key || key.length < 16) {
    throw new Error('DIENHINH_AUDIT_KEY chưa đặt (hoặc ngắn hơn 16 ký tự): khóa xác thực nhật ký nằm trong cms/.env; chạy "npm run setup" để tạo (audit key missing).');
  }
  return key;
}

/**
 * A province's events of a year: by their time in Vietnam, and by their own province (older
 * events without one, by their unit's code). The history and the export count the same events.
 */
export const provinceYearWhere = (slug: string, year: number, codes: string[]) => ({
  at: { $gte: new Date(`${year}-01-01T00:00:00+07:00`), $lt: new Date(`${year + 1}-01-01T00:00:00+07:00`) },
  $or: [{ jurisdiction: slug }, { jurisdiction: { $null: true }, unitCode: { $in: codes.length ? codes : ['-'] } }],
});

/** An event as the history shows it, without the storage columns. */
const plainEvent = ({ id: _id, documentId: _d, createdAt: _c, updatedAt: _u, publishedAt: _p, locale: _l, ...e }: Record<string, unknown>) => e;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const key = auditKey();
  const anchorFile = path.resolve(process.env.DIENHINH_AUDIT_ANCHOR || path.join(strapi.dirs.app.root, 'private', 'audit-anchor.json'));

  function readAnchor(): Anchor | null {
    try {
      return JSON.parse(fs.readFileSync(anchorFile, 'utf8')) as Anchor;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return { seq: 0, hash: '', at: '', mac: 'unreadable' };
    }
  }

  /** Moves the anchor forward (never back): several commits may finish in any order. */
  function writeAnchor(seq: number, hash: string) {
    const current = readAnchor();
    if (current && anchorValid(current, key) && current.seq >= seq) return;
    fs.mkdirSync(path.dirname(anchorFile), { recursive: true, mode: 0o700 });
    const tmp = `${anchorFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(signAnchor({ seq, hash, at: new Date().toISOString() }, key)), { mode: 0o600 });
    fs.renameSync(tmp, anchorFile);
  }

  return {
    /** Appends one event; call inside the transaction that made the change. */
    async append(input: AuditInput, at: Date) {
      return strapi.db.transaction(async ({ onCommit }) => {
        await lockKey(strapi, 'recognition:audit');
        const last = await strapi.db.query(UID).findOne({ orderBy: { seq: 'desc' }, select: ['seq', 'hash'] });
        const content: AuditContent = {
          seq: (last?.seq ?? 0) + 1,
          at: at.toISOString(),
          ...input,
          unitCode: input.unitCode ?? null,
          jurisdiction: input.jurisdiction ?? null,
          personId: input.personId ?? null,
          before: input.before ?? null,
          after: input.after ?? null,
          prevHash: last?.hash ?? GENESIS,
        };
        const hash = hashEvent(content, key);
        // createMany: one INSERT, without create()'s re-read of the row it wrote.
        await strapi.db.query(UID).createMany({ data: [{ ...content, at: content.at, hash }] });
        // Only a committed event moves the anchor; a rolled-back one never existed.
        onCommit(() => writeAnchor(content.seq, hash));
        return { seq: content.seq, hash };
      });
    },

    /** Appends an event done by an actor: their account, role and the person behind them. */
    async appendBy(actor: Actor, input: Omit<AuditInput, 'actor' | 'actorRole' | 'personId'>, at: Date) {
      return this.append({ actor: actor.id, actorRole: actor.role, personId: actor.personId ?? null, ...input }, at);
    },

    async history(filter: { subjectId?: string; unitCode?: string }) {
      const where = filter.unitCode ? { unitCode: filter.unitCode } : { subjectId: filter.subjectId };
      const rows = await strapi.db.query(UID).findMany({ where, orderBy: { seq: 'asc' } });
      return rows.map(plainEvent);
    },

    /**
     * A page of a province's events of a year (by their time in Vietnam, as the export counts
     * them), newest first, narrowed by unit (name or code) and action (a prefix).
     */
    async browse(slug: string, year: number, f: { unit?: string; action?: string; page: number; pageSize: number }) {
      const j = await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where: { slug } });
      if (!j) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
      const units = await strapi.db.query('api::unit.unit').findMany({
        where: { jurisdiction: { id: j.id }, ...(f.unit ? { $or: [{ code: f.unit }, { name: { $containsi: f.unit } }] } : {}) },
        select: ['code', 'name'],
      });
      const codes = units.map((u: { code: string }) => u.code);
      const where: Record<string, unknown> = {
        ...provinceYearWhere(slug, year, codes),
        // A unit asked for: only its events (the province's own and its older, unmarked ones).
        ...(f.unit ? { unitCode: { $in: codes.length ? codes : ['-'] } } : {}),
        ...(f.action ? { action: f.action.endsWith('.') ? { $startsWith: f.action } : f.action } : {}),
      };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID).findMany({ where, orderBy: { seq: 'desc' }, ...pageWindow(f) }),
        strapi.db.query(UID).count({ where }),
      ]);
      const names = new Map(units.map((u: { code: string; name: string }) => [u.code, u.name]));
      const events = rows.map(plainEvent).map((e: Record<string, unknown>) => ({ ...e, unitName: names.get(e.unitCode as string) ?? null }));
      return { items: events, total };
    },

    /**
     * Walks the chain from the start, or from a sealed cursor a previous step returned, a page at a
     * time (memory stays flat whatever the log's length), and stops after `budgetMs` or `maxEvents`
     * with a cursor to resume from. A resumed check trusts the steps before it: what they
     * checked is not read again.
     */
    async verify(opts: { from?: string; budgetMs?: number; maxEvents?: number } = {}): Promise<ChainVerdict & { total: number }> {
      const from = opts.from ? openCursor(opts.from, key) : undefined;
      if (from === null) throw new DomainFailure('invalid-input', 'Mã tiếp tục kiểm tra ("from") không hợp lệ hoặc không do hệ thống cấp: bắt đầu kiểm tra lại từ đầu.');
      const anchor = readAnchor();
      const walker = chainWalker({ key, from });
      const total = Number((await strapi.db.connection(TABLE).max('seq as seq'))[0]?.seq ?? 0);
      const deadline = performance.now() + (opts.budgetMs ?? 20_000);
      const stopAt = walker.cursor().seq + (opts.maxEvents ?? Number.MAX_SAFE_INTEGER);
      for (;;) {
        const after = walker.cursor().seq;
        if (after >= stopAt || performance.now() > deadline) {
          const more = await strapi.db.connection(TABLE).where('seq', '>', after).first('seq');
          if (more) return { ...walker.partial(anchor), done: false, resume: sealCursor(walker.cursor(), key), total };
        }
        const rows = (await strapi.db.query(UID).findMany({ where: { seq: { $gt: after } }, orderBy: { seq: 'asc' }, limit: Math.min(PAGE, stopAt - after) || PAGE })) as (AuditContent & { hash: string; at: string | Date })[];
        if (!rows.length) break;
        if (!walker.feed(rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })))) return { ...walker.partial(anchor), done: true, total };
      }
      const atAnchor = anchor && anchor.seq > 0 ? await strapi.db.query(UID).findOne({ where: { seq: anchor.seq }, select: ['hash'] }) : null;
      return { ...walker.finish(anchor, atAnchor?.hash), done: true, total };
    },

    anchorFile: () => anchorFile,
  };
};
