// Revoking a recognition: the workflow's "revoke" step together with its revocation decision,
// numbered like the jurisdiction's other decisions of the year, rendered, signed and stored, in
// one transaction. The verification page and the public register read the revocation at once.
import type { Core } from '@strapi/strapi';
import { decisionRow, parseRow, recognitionRow } from '../rows';
import { checkActorScope } from '../../../shared/domain/scope';
import type { Actor } from '../../../shared/domain/workflow';
import { isoDay } from '../../../shared/domain/calendar-date';
import { DomainFailure, unwrap } from '../errors';
import { lockKey } from '../utils';
import { decisionsService, recognitionsService } from './';
import type { AtOnceInput } from './numbering';
import { registrationRepository, workflowService } from '../workflow';
import { clockService } from '../config';
import { documentsService } from '../documents';
import { RECOGNITION, REGISTRATION } from '../constants/uids';
import { placeOf } from '../guards';
import type { z } from 'zod';
import type { revoked } from '../../../shared/contracts/responses';

type Revoked = z.infer<typeof revoked>;

export type RevokeInput = AtOnceInput & { reason: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const decisions = () => decisionsService(strapi);

  return {
    async revoke(actor: Actor, documentId: string, input: RevokeInput): Promise<Revoked> {
      const reg = await registrationRepository(strapi).load(documentId);
      unwrap(checkActorScope(actor, placeOf(REGISTRATION, reg), `Hồ sơ của ${reg.unit.name}`));
      const rec = parseRow(
        recognitionRow.extend({ decision: decisionRow.nullish() }),
        await strapi.db.query(RECOGNITION).findOne({
          where: { registration: { id: reg.id }, status: { $ne: 'revoked' } },
          populate: ['decision'],
        }),
      );
      if (!rec)
        throw new DomainFailure(
          'invalid-transition',
          `${reg.unit.name} không có công nhận năm ${reg.year} để thu hồi.`,
        );
      const recognising = rec.decision;
      if (recognising?.status !== 'issued' || !rec.decisionDate)
        throw new DomainFailure(
          'invalid-transition',
          'Quyết định công nhận của đơn vị chưa ban hành: chưa có gì để thu hồi. Ban hành quyết định trước.',
        );
      const jurisdiction = reg.unit.jurisdiction.documentId;
      const at = clockService(strapi).now();
      const plan = await decisions().planAtOnce(jurisdiction, rec.year, input, at, {
        date: isoDay(rec.decisionDate),
        what: 'quyết định thu hồi',
      });
      const documents = documentsService(strapi);
      const bytes = await documents.renderRevocation(rec.serial, plan.fields, input.reason, at);
      const sha256 = documents.sha256Of(bytes);
      const { number, date } = plan.planned;

      return strapi.db.transaction(async () => {
        // The year's decision lock before the registration's, as "Công nhận" takes them.
        await lockKey(strapi, decisions().yearLock(jurisdiction, rec.year));
        await plan.recheck();
        await lockKey(strapi, `recognition:registration:${documentId}`);
        const locked = await registrationRepository(strapi).load(documentId);
        const { registration } = await workflowService(strapi).decideOn(
          locked,
          {
            type: 'revoke',
            reason: input.reason,
            decision: { number, date, sha256 },
            serial: rec.serial,
          },
          actor,
        );
        // The revoking decision is issued with the step it records, in the same transaction.
        const decision = await decisions().storeAtOnce(actor, {
          plan,
          jurisdiction,
          year: rec.year,
          kind: 'revocation',
          reason: input.reason,
          corrects: recognising.id,
          bytes,
          sha256,
          at,
          filename: `quyet-dinh-thu-hoi-${number.replace(/\W+/g, '-')}-${rec.year}.pdf`,
        });
        await recognitionsService(strapi).revoke(locked.id, input.reason, decision.id);
        return {
          state: registration.state,
          decision: { documentId: decision.documentId, number, date, sha256 },
          serial: rec.serial,
        };
      });
    },
  };
};
