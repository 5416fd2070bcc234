// Revoking a recognition: the workflow's "revoke" step together with its revocation decision,
// numbered like the jurisdiction's other decisions of the year, rendered, signed and stored, in
// one transaction. The verification page and the public register read the revocation at once.
import type { Core } from '@strapi/strapi';
import { planIssue } from '../domain/decision-issue';
import { checkActorScope } from '../domain/scope';
import type { Actor } from '../domain/workflow';
import { DomainFailure, unwrap } from '../errors';
import { getService, lockKey } from '../utils';

const RECOGNITION = 'plugin::recognition.recognition';
const DECISION = 'plugin::recognition.decision';

export type RevokeInput = { reason: string; number?: string; date?: string; signer: number; recipients?: string[] };

const day = (d: unknown) => String(d instanceof Date ? d.toISOString() : d).slice(0, 10);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const decisions = () => getService(strapi, 'decisions');

  return {
    async revoke(actor: Actor, documentId: string, input: RevokeInput) {
      const reg = await getService(strapi, 'repository').load(documentId);
      unwrap(checkActorScope(actor, reg.unit.jurisdiction?.slug, `Hồ sơ của ${reg.unit.name}`));
      const rec: any = await strapi.db.query(RECOGNITION).findOne({ where: { registration: { id: reg.id }, status: { $ne: 'revoked' } }, populate: ['decision'] });
      if (!rec) throw new DomainFailure('invalid-transition', `${reg.unit.name} không có công nhận năm ${reg.year} để thu hồi.`);
      if (rec.decision?.status !== 'issued') throw new DomainFailure('invalid-transition', 'Quyết định công nhận của đơn vị chưa ban hành: chưa có gì để thu hồi. Ban hành quyết định trước.');
      const ctx = await decisions().issueContext(reg.unit.jurisdiction.documentId, rec.year);
      const at = getService(strapi, 'clock').now();
      const recipients = input.recipients ?? ctx.recipients;
      const check = (register: { usedNumbers: string[]; lastSequence: number }) => {
        const planned = unwrap(planIssue({ ...input, recipients }, { ...ctx, ...register, year: rec.year, now: at, signers: ctx.signers.length }));
        if (planned.date < day(rec.decisionDate)) {
          throw new DomainFailure('decision-invalid', `Ngày quyết định thu hồi ${planned.date} trước ngày quyết định công nhận ${day(rec.decisionDate)}.`, { field: 'date' });
        }
        return planned;
      };
      const planned = check(ctx);
      const s = ctx.signers[input.signer];
      const fields = { number: planned.number, date: planned.date, signerAuthority: s.authority ?? null, signerDelegation: s.delegation ?? null, signerPosition: s.position, signerName: s.name, recipients };
      const documents = getService(strapi, 'documents');
      const bytes = await documents.renderRevocation(rec.serial, fields, input.reason, at);
      const sha256 = documents.sha256Of(bytes);

      return strapi.db.transaction(async () => {
        // The year's decision lock before the registration's, as "Công nhận" takes them.
        await lockKey(strapi, decisions().yearLock(reg.unit.jurisdiction.documentId, rec.year));
        const register = await decisions().issueContext(reg.unit.jurisdiction.documentId, rec.year);
        const again = check(register);
        if (again.number !== planned.number) throw new DomainFailure('number-taken', 'Một quyết định khác vừa được ban hành với số này; hãy thu hồi lại.');
        await lockKey(strapi, `recognition:registration:${documentId}`);
        const locked = await getService(strapi, 'repository').load(documentId);
        return getService(strapi, 'workflow').applyTo(locked, { type: 'revoke', reason: input.reason }, actor, {
          effect: async (r, state) => {
            const stored = await getService(strapi, 'files').storePdf(bytes, `quyet-dinh-thu-hoi-${planned.number.replace(/\W+/g, '-')}-${rec.year}.pdf`, `Quyết định số ${planned.number}`);
            const decision = await strapi.db.query(DECISION).create({
              data: {
                ...fields,
                jurisdiction: ctx.row.id,
                year: rec.year,
                kind: 'revocation',
                status: 'issued',
                sequence: planned.sequence,
                reason: input.reason,
                corrects: rec.decision.id,
                pdf: stored.id,
                pdfSha256: sha256,
                issuedAt: at,
                issuedBy: actor.id,
                uniqueKey: `${reg.unit.jurisdiction.documentId}:${rec.year}:${planned.number}`,
              },
            });
            await getService(strapi, 'recognitions').revoke(r.id, input.reason, decision.id);
            const out = { state, decision: { documentId: decision.documentId, number: planned.number, date: planned.date, sha256 }, serial: rec.serial };
            return { data: { stateReason: input.reason }, audit: { after: { state, reason: input.reason, decision: planned.number, date: planned.date, serial: rec.serial, sha256 } }, result: out };
          },
        });
      });
    },
  };
};
