// The audit log brought up to the national dataset's size (about a million events) without
// another hour of workflow: the latest events the load wrote are written again, each with a new
// number and time and linked into its province's chain, keyed with the audit key exactly as the
// audit service keys them; then one real append per chain moves that chain's anchor. The result
// verifies as a log the services wrote, and is as large per event.
import type { Core } from '@strapi/strapi';
import {
  GENESIS,
  hashEvent,
  type AuditContent,
} from '../../plugins/recognition/shared/domain/audit-chain';

const AUDIT_EVENT = 'plugin::recognition.audit-event';
const SEQUENCE = 'recognition_audit_events_seq_order';
const BATCH = 1_000;

type Row = AuditContent & { hash: string };

export async function topUpAudit(
  strapi: Core.Strapi,
  target: number,
  say: (line: string) => void,
): Promise<number> {
  const events = strapi.db.query(AUDIT_EVENT);
  let count = await events.count();
  if (count >= target) return count;
  const key = process.env.DIENHINH_AUDIT_KEY!;
  // Events of the chains only (a log written before chains has a line of its own, not grown here).
  const templates = (await events.findMany({
    where: { chain: { $notNull: true } },
    orderBy: { seq: 'desc' },
    limit: 5_000,
  })) as Row[];
  const heads = new Map<string, string>();
  for (const t of templates) if (!heads.has(t.chain!)) heads.set(t.chain!, t.hash);
  const knex = strapi.db.connection;
  const at = Date.now();
  const started = performance.now();
  let i = 0;
  while (count < target) {
    const n = Math.min(BATCH, target - count);
    const { rows } = await knex.raw(
      `SELECT nextval('${SEQUENCE}') AS seq FROM generate_series(1, ?)`,
      [n],
    );
    const data = rows.map(({ seq }: { seq: string }) => {
      const t = templates[i++ % templates.length];
      const content: AuditContent = {
        seq: Number(seq),
        at: new Date(at + i).toISOString(),
        actor: t.actor,
        actorRole: t.actorRole,
        action: t.action,
        subjectType: t.subjectType,
        subjectId: t.subjectId,
        unitCode: t.unitCode ?? null,
        jurisdiction: t.jurisdiction ?? null,
        personId: t.personId ?? null,
        chain: t.chain,
        before: t.before ?? null,
        after: t.after ?? null,
        prevHash: heads.get(t.chain!) ?? GENESIS,
      };
      const hash = hashEvent(content, key);
      heads.set(t.chain!, hash);
      return { ...content, hash };
    });
    await events.createMany({ data });
    count += n;
    if (count % 100_000 < BATCH)
      say(
        `  audit log topped up to ${count} events (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
  }
  // One event through the service per chain: its anchor moves to the chain's new head.
  const audit = strapi.plugin('recognition').service('audit');
  for (const chain of heads.keys())
    await audit.append(
      {
        action: 'bench.top-up',
        subjectType: 'bench',
        subjectId: chain,
        actor: 'bench',
        actorRole: 'system',
        jurisdiction: chain === '*' ? null : chain,
      },
      new Date(),
    );
  return count + heads.size;
}
