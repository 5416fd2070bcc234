// A year's recognition decisions, and the only writer of a decision's status: the open
// decision units join as they are recognised (numbered gap-free per jurisdiction and year under
// a lock), and its issuing once rendered, signed and stored.
import type { Core } from '@strapi/strapi';
import { decisionDate, decisionNumber } from '../domain/decision-number';
import { nextDecisionStatus, type DecisionStatus } from '../domain/status-machines';
import { unwrap } from '../errors';
import { getService, lockKey } from '../utils';

const DECISION = 'plugin::recognition.decision';

export type Signer = { authority?: string | null; delegation?: string | null; position: string; name: string };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The jurisdiction's open decision for the year, made (with the next number) when there is none. */
  async openFor(jurisdiction: { documentId: string }, year: number, signer: Signer | null) {
    await lockKey(strapi, `recognition:decision:${jurisdiction.documentId}:${year}`);
    const open = await strapi.db.query(DECISION).findOne({ where: { jurisdiction: { documentId: jurisdiction.documentId }, year, status: 'open' } });
    if (open) return open;
    const last = await strapi.db.query(DECISION).findOne({ where: { jurisdiction: { documentId: jurisdiction.documentId }, year }, orderBy: { sequence: 'desc' } });
    const sequence = (last?.sequence ?? 0) + 1;
    const s = signer ?? { position: 'CHỦ TỊCH', name: '' };
    const row = await strapi.db.query('api::jurisdiction.jurisdiction').findOne({ where: { documentId: jurisdiction.documentId } });
    return strapi.db.query(DECISION).create({
      data: {
        jurisdiction: row.id,
        year,
        sequence,
        number: decisionNumber(sequence),
        date: decisionDate(getService(strapi, 'clock').now(), year),
        status: 'open' satisfies DecisionStatus,
        signerAuthority: s.authority ?? null,
        signerDelegation: s.delegation ?? null,
        signerPosition: s.position,
        signerName: s.name,
        uniqueKey: `${jurisdiction.documentId}:${year}:${sequence}`,
      },
    });
  },

  /** Records a decision as issued with its stored PDF; the machine refuses a second issue. */
  async markIssued(id: number, fields: { pdf: number; pdfSha256: string; issuedAt: Date }) {
    const d = await strapi.db.query(DECISION).findOne({ where: { id }, populate: ['jurisdiction'] });
    const status = unwrap(nextDecisionStatus(d.status, 'issue'));
    await strapi.db.query(DECISION).update({ where: { id }, data: { ...fields, status } });
    await getService(strapi, 'audit').append(
      { actor: 'system', actorRole: 'system', action: 'decision.issue', subjectType: 'decision', subjectId: d.documentId, jurisdiction: d.jurisdiction?.slug ?? null, before: { status: d.status }, after: { status, number: d.number, sha256: fields.pdfSha256 } },
      fields.issuedAt,
    );
  },
});
