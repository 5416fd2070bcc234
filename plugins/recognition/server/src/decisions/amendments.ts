// Correcting an issued decision: never by changing it, but by a new decision that amends it,
// linked to it (`corrects`), numbered like the jurisdiction's other decisions of the year,
// rendered, signed and stored at once. The verification page names it beside the decision.
import { DECISION } from '../constants/uids';
import type { Core } from '@strapi/strapi';
import { checkActorScope } from '../../../shared/domain/scope';
import type { Actor } from '../../../shared/domain/workflow';
import { isoDay } from '../../../shared/domain/calendar-date';
import {
  decideDecision,
  type AmendDecision,
  type DecisionRecord,
} from '../../../shared/domain/decision';
import { unwrap } from '../errors';
import { lockKey } from '../utils';
import { decisionsService } from './';
import type { AtOnceInput } from './numbering';
import { clockService } from '../config';
import { documentsService } from '../documents';
import { auditService } from '../audit';
import { placeOf } from '../guards';

export type AmendInput = AtOnceInput & { changes: string[] };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const decisions = () => decisionsService(strapi);

  return {
    async amend(actor: Actor, documentId: string, input: AmendInput) {
      const amended = await decisions().load(documentId);
      unwrap(
        checkActorScope(
          actor,
          placeOf(DECISION, amended),
          `Quyết định của ${amended.jurisdiction?.name}`,
        ),
      );
      const record: DecisionRecord = {
        status: amended.status,
        kind: amended.kind,
        units: 0,
        number: amended.number,
      };
      const at = clockService(strapi).now();
      const command = (
        planned: { number: string; date: string; sequence: number | null },
        signer: string,
        sha256: string,
      ): AmendDecision => ({
        type: 'amend',
        ...planned,
        signer,
        changes: input.changes,
        sha256,
        at: at.toISOString(),
        by: actor.id,
      });
      // Refused before rendering when it would be refused after.
      unwrap(decideDecision(record, command({ number: '', date: '', sequence: null }, '', '')));
      const jurisdiction = amended.jurisdiction.documentId;
      const plan = await decisions().planAtOnce(jurisdiction, amended.year, input, at, {
        // Issued (the decider refused anything else above), so dated.
        date: isoDay(amended.date ?? ''),
        what: 'quyết định sửa đổi',
      });
      const documents = documentsService(strapi);
      const bytes = await documents.renderAmendment(documentId, plan.fields, input.changes, at);
      const sha256 = documents.sha256Of(bytes);
      const { number, date } = plan.planned;
      const [event] = unwrap(
        decideDecision(record, command(plan.planned, plan.fields.signerName, sha256)),
      );
      const { type: _type, ...payload } = event;
      return strapi.db.transaction(async () => {
        await lockKey(strapi, decisions().yearLock(jurisdiction, amended.year));
        await plan.recheck();
        const filename = `quyet-dinh-sua-doi-${number.replace(/\W+/g, '-')}-${amended.year}.pdf`;
        const made = await decisions().storeAtOnce(actor, {
          plan,
          jurisdiction,
          year: amended.year,
          kind: 'amendment',
          reason: input.changes.join('\n'),
          corrects: amended.id,
          bytes,
          sha256,
          at,
          filename,
        });
        await auditService(strapi).appendBy(
          actor,
          {
            action: 'decision.amend',
            subjectType: 'decision',
            subjectId: made.documentId,
            jurisdiction: amended.jurisdiction.slug,
            before: null,
            after: payload,
          },
          at,
        );
        return { documentId: made.documentId, number, date, amends: event.amends, sha256 };
      });
    },
  };
};
