// The approver's acts on the year: "Công nhận" for a selection of proposed units (all or none,
// idempotent per Idempotency-Key) on a draft decision of the jurisdiction's year, and deadline
// extensions.
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { makeSerial } from '../../../shared/domain/certificate-serial';
import { canonicalJson } from '../../../shared/domain/audit-chain';
import type { DeadlineKind } from '../../../shared/domain/deadlines';
import type { Actor } from '../../../shared/domain/workflow';
import { checkActorScope } from '../../../shared/domain/scope';
import { DomainFailure, unwrap } from '../errors';
import { lockKey } from '../utils';
import { registrationRepository, workflowService } from '../workflow';
import { clockService } from '../config';
import { pdfService } from '../documents';
import { decisionsService, recognitionsService } from './';
import { auditService } from '../audit';
import { EXTENSION, IDEMPOTENCY_RECORD, RECOGNITION, UNIT } from '../constants/uids';
import { placeOf, placePopulate } from '../guards';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = () => registrationRepository(strapi);
  const clock = () => clockService(strapi).now();
  const sha256 = (s: string) => pdfService(strapi).sha256(s);

  return {
    async recognise(
      actor: Actor,
      documentIds: string[],
      idempotencyKey: string,
      choice: { decision?: string; newDecision?: boolean } = {},
    ) {
      // A key is the caller's own, and is bound to what it was first sent with.
      const key = sha256(`${actor.id}\u0000${idempotencyKey}`);
      const bodyHash = sha256(
        canonicalJson({
          registrations: documentIds,
          decision: choice.decision ?? null,
          newDecision: !!choice.newDecision,
        }),
      );
      const replay = (stored: { result: unknown; bodyHash: string | null }) => {
        if (stored.bodyHash !== bodyHash)
          throw new DomainFailure(
            'idempotency-mismatch',
            'Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho yêu cầu mới.',
          );
        return { ...(stored.result as object), replayed: true };
      };
      const stored = await strapi.db.query(IDEMPOTENCY_RECORD).findOne({ where: { key } });
      if (stored) return replay(stored);
      return strapi.db.transaction(async () => {
        await lockKey(strapi, `recognition:idempotency:${key}`);
        const again = await strapi.db.query(IDEMPOTENCY_RECORD).findOne({ where: { key } });
        if (again) return replay(again);
        const ids = [...new Set(documentIds)];
        const first = await Promise.all(ids.map((id) => repo().load(id)));
        if (new Set(first.map((r) => `${r.unit.jurisdiction.documentId}:${r.year}`)).size !== 1) {
          throw new DomainFailure(
            'invalid-transition',
            'Mỗi lần công nhận chỉ cho các đơn vị của một tỉnh / thành phố trong một năm.',
          );
        }
        const [{ unit, year }] = first;
        // The decision lock comes first, then each registration's, always in this order.
        const decision = await decisionsService(strapi).draftFor(unit.jurisdiction, year, {
          decision: choice.decision,
          fresh: choice.newDecision,
        });
        for (const id of ids) await lockKey(strapi, `recognition:registration:${id}`);
        const recognised = [];
        for (const id of ids) {
          const reg = await repo().load(id);
          const { events } = await workflowService(strapi).decideOn(
            reg,
            {
              type: 'recognise',
              decision: decision.documentId,
              serial: makeSerial(reg.year, randomBytes(12)),
              priorDuties: await repo().priorDutiesOf(reg),
              previouslyRecognised: await recognitionsService(strapi).heldBefore(reg),
            },
            actor,
          );
          const e = events.find((x) => x.type === 'recognise');
          if (e?.type !== 'recognise') throw new Error('recognising decided no recognition');
          // The recognition with its certificate, as the event gives them, on the year's draft decision.
          await recognitionsService(strapi).create(reg, e, decision);
          const out = {
            documentId: reg.documentId,
            unit: reg.unit.code,
            state: e.state,
            serial: e.serial,
            certificate: e.certificate,
          };
          recognised.push(out);
        }
        const units = await strapi.db
          .query(RECOGNITION)
          .count({ where: { decision: { id: decision.id } } });
        const result = {
          decision: { documentId: decision.documentId, status: decision.status, units },
          recognised,
        };
        await strapi.db
          .query(IDEMPOTENCY_RECORD)
          .create({ data: { key, bodyHash, scope: 'recognise', result } });
        return { ...result, replayed: false };
      });
    },

    async grantExtension(
      actor: Actor,
      input: { unitCode: string; year: number; kind: DeadlineKind; until: string; reason: string },
    ) {
      return strapi.db.transaction(async () => {
        const unit = await strapi.db
          .query(UNIT)
          .findOne({ where: { code: input.unitCode }, populate: placePopulate(UNIT) });
        if (!unit) throw new DomainFailure('not-found', `Không có đơn vị mã "${input.unitCode}".`);
        unwrap(checkActorScope(actor, placeOf(UNIT, unit), `Đơn vị ${unit.name}`));
        await strapi.db.query(EXTENSION).create({
          data: {
            unit: unit.id,
            year: input.year,
            kind: input.kind,
            until: input.until,
            reason: input.reason,
            grantedBy: actor.id,
          },
        });
        await auditService(strapi).appendBy(
          actor,
          {
            action: 'extension.grant',
            subjectType: 'unit',
            subjectId: unit.documentId,
            unitCode: unit.code,
            jurisdiction: unit.jurisdiction?.slug ?? null,
            before: null,
            after: { year: input.year, kind: input.kind, until: input.until, reason: input.reason },
          },
          clock(),
        );
        return { unit: unit.code, kind: input.kind, until: input.until };
      });
    },
  };
};
