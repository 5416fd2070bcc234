// Correcting an issued decision: never by changing it, but by a new decision that amends it,
// linked to it (`corrects`), numbered like the jurisdiction's other decisions of the year,
// rendered, signed and stored at once. The verification page names it beside the decision.
import type { Core } from '@strapi/strapi';
import { planIssue } from '../domain/decision-issue';
import { checkActorScope } from '../domain/scope';
import type { Actor } from '../domain/workflow';
import { DomainFailure, unwrap } from '../errors';
import { getService, lockKey } from '../utils';

const DECISION = 'plugin::recognition.decision';

export type AmendInput = { changes: string[]; number?: string; date?: string; signer: number; recipients?: string[] };

const day = (d: unknown) => String(d instanceof Date ? d.toISOString() : d).slice(0, 10);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const decisions = () => getService(strapi, 'decisions');

  return {
    async amend(actor: Actor, documentId: string, input: AmendInput) {
      const amended = await decisions().load(documentId);
      unwrap(checkActorScope(actor, amended.jurisdiction?.slug, `Quyết định của ${amended.jurisdiction?.name}`));
      if (amended.status !== 'issued' || amended.kind !== 'recognition') {
        throw new DomainFailure('invalid-transition', 'Chỉ sửa đổi được một quyết định công nhận đã ban hành; một dự thảo thì sửa trước khi ban hành.');
      }
      const ctx = await decisions().issueContext(amended.jurisdiction.documentId, amended.year);
      const at = getService(strapi, 'clock').now();
      const recipients = input.recipients ?? ctx.recipients;
      const check = (register: { usedNumbers: string[]; lastSequence: number }) => {
        const planned = unwrap(planIssue({ ...input, recipients }, { ...ctx, ...register, year: amended.year, now: at, signers: ctx.signers.length }));
        if (planned.date < day(amended.date)) throw new DomainFailure('decision-invalid', `Ngày quyết định sửa đổi ${planned.date} trước ngày quyết định được sửa đổi ${day(amended.date)}.`, { field: 'date' });
        return planned;
      };
      const planned = check(ctx);
      const s = ctx.signers[input.signer];
      const fields = { number: planned.number, date: planned.date, signerAuthority: s.authority ?? null, signerDelegation: s.delegation ?? null, signerPosition: s.position, signerName: s.name, recipients };
      const documents = getService(strapi, 'documents');
      const bytes = await documents.renderAmendment(documentId, fields, input.changes, at);
      const sha256 = documents.sha256Of(bytes);
      return strapi.db.transaction(async () => {
        await lockKey(strapi, decisions().yearLock(amended.jurisdiction.documentId, amended.year));
        const again = check(await decisions().issueContext(amended.jurisdiction.documentId, amended.year));
        if (again.number !== planned.number) throw new DomainFailure('number-taken', 'Một quyết định khác vừa được ban hành với số này; hãy ban hành lại.');
        const stored = await getService(strapi, 'files').storePdf(bytes, `quyet-dinh-sua-doi-${planned.number.replace(/\W+/g, '-')}-${amended.year}.pdf`, `Quyết định số ${planned.number}`);
        const made = await strapi.db.query(DECISION).create({
          data: {
            ...fields,
            jurisdiction: ctx.row.id,
            year: amended.year,
            kind: 'amendment',
            status: 'issued',
            sequence: planned.sequence,
            reason: input.changes.join('\n'),
            corrects: amended.id,
            pdf: stored.id,
            pdfSha256: sha256,
            issuedAt: at,
            issuedBy: actor.id,
            uniqueKey: `${amended.jurisdiction.documentId}:${amended.year}:${planned.number}`,
          },
        });
        await getService(strapi, 'audit').appendBy(
          actor,
          { action: 'decision.amend', subjectType: 'decision', subjectId: made.documentId, jurisdiction: amended.jurisdiction.slug, before: null, after: { number: planned.number, date: planned.date, amends: amended.number, changes: input.changes, sha256 } },
          at,
        );
        return { documentId: made.documentId, number: planned.number, date: planned.date, amends: amended.number, sha256 };
      });
    },
  };
};
