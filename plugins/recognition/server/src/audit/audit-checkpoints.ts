// Audit anchors that no node can erase. An anchor file beside the database proves nothing against
// whoever owns both: deleting a chain's last event with its anchor once verified as a shorter
// chain. Each province's chain head is therefore signed with the province's attestation key
// (ES256, the key of its certificates' QR codes) into a checkpoint, kept append-only and
// published at /verify/audit-checkpoints for others to copy (the ministry, a citizen, a backup).
// A verification given such a copy finds any checkpointed event that is gone or rewritten.
import type { Core } from '@strapi/strapi';
import { type CheckpointCheck } from '../../../shared/domain/audit-walk';
import {
  publicJwk,
  signJws,
  verifyJws,
  type PublicJwk,
} from '../../../../../pipeline/src/credentials';
import { attestationService } from '../decisions';
import { AUDIT_CHECKPOINT, RECEIVED_REPORT } from '../constants/uids';

const EVENTS = 'recognition_audit_events';
/** The nation's chain ("*": events of no province) is signed with this key name's attestation key. */
const NATIONAL = 'national';

export type CheckpointPayload = {
  typ: 'dienhinh-audit-checkpoint';
  chain: string;
  seq: number;
  hash: string;
  at: string;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const keyOf = (chain: string) =>
    attestationService(strapi).keyOf(chain === '*' ? NATIONAL : chain);

  /** The public keys a checkpoint may be signed with: every province's and the nation's. */
  async function keys(): Promise<PublicJwk[]> {
    const chains = (await strapi.db.connection(EVENTS).whereNotNull('chain').distinct('chain')) as {
      chain: string;
    }[];
    return Promise.all(
      [...new Set(chains.map((c) => c.chain))]
        .sort()
        .map(async (chain) => publicJwk(await keyOf(chain), { iss: chain })),
    );
  }

  return {
    keys,

    /** Signs every chain head that moved since its last checkpoint; returns how many were written. */
    async publish(now = new Date()): Promise<number> {
      const knex = strapi.db.connection;
      const heads = (await knex(EVENTS)
        .whereNotNull('chain')
        .groupBy('chain')
        .select('chain')
        .max('seq as seq')) as { chain: string; seq: number | string }[];
      let written = 0;
      for (const head of heads) {
        const seq = Number(head.seq);
        const last = await strapi.db
          .query(AUDIT_CHECKPOINT)
          .findOne({ where: { chain: head.chain }, orderBy: { id: 'desc' }, select: ['seq'] });
        if (last && Number(last.seq) >= seq) continue;
        const event = await knex(EVENTS).where({ seq, chain: head.chain }).first('hash');
        if (!event) continue;
        const payload: CheckpointPayload = {
          typ: 'dienhinh-audit-checkpoint',
          chain: head.chain,
          seq,
          hash: event.hash,
          at: now.toISOString(),
        };
        await strapi.db.query(AUDIT_CHECKPOINT).create({
          data: {
            chain: head.chain,
            seq: String(seq),
            hash: event.hash,
            at: now,
            jws: signJws(payload, await keyOf(head.chain), { typ: 'JWT' }),
          },
        });
        written++;
      }
      return written;
    },

    /** A chain's newest checkpoint, its head signed now if it moved since (what a report carries up). */
    async latest(chain: string): Promise<string | null> {
      await this.publish();
      const row = await strapi.db
        .query(AUDIT_CHECKPOINT)
        .findOne({ where: { chain }, orderBy: { id: 'desc' }, select: ['jws'] });
      return row?.jws ?? null;
    },

    /** The checkpoints a province's reports brought here (received-report), oldest first. */
    async received(jurisdiction: string) {
      const rows = (await strapi.db.query(RECEIVED_REPORT).findMany({
        where: { jurisdiction: { slug: jurisdiction }, checkpoint: { $notNull: true } },
        orderBy: { receivedAt: 'asc' },
        select: ['number', 'year', 'receivedAt', 'checkpoint'],
      })) as { number: string; year: number; receivedAt: string | Date; checkpoint: string }[];
      return {
        jurisdiction,
        checkpoints: rows.map((r) => ({
          report: { number: r.number, year: r.year },
          receivedAt: new Date(r.receivedAt).toISOString(),
          jws: r.checkpoint,
        })),
      };
    },

    /** The published feed: every checkpoint in the order written (paged after an id), and the keys. */
    async feed(after = 0, limit = 1000) {
      const rows = await strapi.db.query(AUDIT_CHECKPOINT).findMany({
        where: { id: { $gt: after } },
        orderBy: { id: 'asc' },
        limit,
        select: ['id', 'chain', 'seq', 'at', 'jws'],
      });
      return {
        checkpoints: rows.map(
          (r: {
            id: number;
            chain: string;
            seq: string | number;
            at: string | Date;
            jws: string;
          }) => ({
            id: r.id,
            chain: r.chain,
            seq: Number(r.seq),
            at: new Date(r.at).toISOString(),
            jws: r.jws,
          }),
        ),
        keys: await keys(),
        next: rows.length === limit ? rows[rows.length - 1].id : null,
      };
    },

    /**
     * Checkpoints kept elsewhere (their JWS), checked against the signatures and looked up in the
     * log. A checkpoint whose signature fails counts as one whose event is gone: either way the
     * log does not hold what was published.
     */
    async check(tokens: string[]): Promise<CheckpointCheck[]> {
      const jwks = await keys();
      const out: CheckpointCheck[] = [];
      for (const token of tokens) {
        const r = await verifyJws<CheckpointPayload>(token, jwks);
        if (!r.ok || r.payload.typ !== 'dienhinh-audit-checkpoint') {
          const claimed = (() => {
            try {
              return JSON.parse(
                Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
              ) as Partial<CheckpointPayload>;
            } catch {
              return {};
            }
          })();
          out.push({
            chain: String(claimed.chain ?? '?'),
            seq: Number(claimed.seq ?? 0),
            hash: '',
            at: String(claimed.at ?? ''),
            found: null,
          });
          continue;
        }
        const { chain, seq, hash, at } = r.payload;
        const found = await strapi.db.connection(EVENTS).where({ seq }).first('hash', 'chain');
        out.push({
          chain,
          seq,
          hash,
          at,
          found: found ? { hash: found.hash, chain: found.chain ?? null } : null,
        });
      }
      return out;
    },
  };
};
