// Reviews of a unit's title: the police open one when a holder's result of the next year loses
// "An toàn về an ninh, trật tự" (or on an incident); the People's Committee's approver closes it,
// keeping the title or recording that a revocation decision took it away. The domain
// (shared/domain/title-review) decides; this loads, locks, saves and audits.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkScope } from '../../../shared/domain/scope';
import {
  decideReview,
  type ReviewEvent,
  type ReviewReason,
} from '../../../shared/domain/title-review';
import { auditService } from '../audit';
import { clockService } from '../config';
import { RECOGNITION, TITLE_REVIEW, UNIT, UNIT_RESULT } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { placeOf, placePopulate } from '../guards';
import type { StaffActor } from '../people';
import { parseRow, parseRows } from '../rows';
import { lockKey } from '../utils';

const reviewRow = z.object({
  id: z.number(),
  documentId: z.string(),
  status: z.enum(['open', 'kept', 'revoked']),
  titleYear: z.number(),
  recognition: z.object({ id: z.number(), status: z.string() }),
  unit: z.object({ code: z.string(), jurisdiction: z.object({ slug: z.string() }) }),
});

export function titleReviews(strapi: Core.Strapi) {
  const now = () => clockService(strapi).now();
  const audit = (actor: StaffActor, id: string, slug: string, e: ReviewEvent, before: unknown) => {
    const { type, ...after } = e;
    return auditService(strapi).appendBy(
      actor,
      {
        action: type,
        subjectType: 'title-review',
        subjectId: id,
        jurisdiction: slug,
        before,
        after,
      },
      now(),
    );
  };

  return {
    async open(
      actor: StaffActor,
      b: { jurisdiction: string; unit: string; year: number; reason: ReviewReason; note: string },
    ) {
      unwrap(checkScope(actor.scope, b.jurisdiction, 'Xem xét danh hiệu'));
      const unit = await strapi.db.query(UNIT).findOne({
        where: { code: b.unit, jurisdiction: { slug: b.jurisdiction } },
        populate: { jurisdiction: { select: ['id'] } },
      });
      if (!unit) throw new DomainFailure('not-found', `Không có đơn vị mã "${b.unit}" trong tỉnh.`);
      const title = await strapi.db
        .query(RECOGNITION)
        .findOne({ where: { unit: { id: unit.id }, year: b.year - 1 }, orderBy: { id: 'desc' } });
      const result = await strapi.db
        .query(UNIT_RESULT)
        .findOne({ where: { unit: { id: unit.id }, year: b.year }, select: ['anttSafe'] });
      return strapi.db.transaction(async () => {
        if (title) await lockKey(strapi, `recognition:title-review:${title.id}`);
        const open = title
          ? await strapi.db
              .query(TITLE_REVIEW)
              .count({ where: { recognition: { id: title.id }, status: 'open' } })
          : 0;
        const events = unwrap(
          decideReview(null, {
            type: 'open',
            reason: b.reason,
            note: b.note,
            title: title ? { year: title.year, revoked: title.status === 'revoked' } : null,
            findingYear: b.year,
            anttSafe: result?.anttSafe ?? null,
            openAlready: open > 0,
          }),
        );
        const e = events[0] as Extract<ReviewEvent, { type: 'review.open' }>;
        // The domain refused a review without a title held: there is one from here on.
        const held = title as { id: number; year: number };
        const row = await strapi.db.query(TITLE_REVIEW).create({
          data: {
            jurisdiction: unit.jurisdiction.id,
            unit: unit.id,
            recognition: held.id,
            titleYear: held.year,
            findingYear: b.year,
            reason: e.reason,
            note: e.note,
            status: 'open',
            openedAt: now(),
            openedBy: actor.personId ?? actor.id,
          },
        });
        await audit(actor, row.documentId, b.jurisdiction, e, null);
        return { documentId: row.documentId as string, status: 'open' as const };
      });
    },

    async close(
      actor: StaffActor,
      documentId: string,
      b: { outcome: 'kept' | 'revoked'; note: string },
    ) {
      const load = async () =>
        strapi.db.query(TITLE_REVIEW).findOne({
          where: { documentId },
          populate: { recognition: true, ...placePopulate(TITLE_REVIEW) },
        });
      const raw = await load();
      const first = parseRow(reviewRow, raw);
      if (!first) throw new DomainFailure('not-found', 'Không tìm thấy việc xem xét danh hiệu.');
      unwrap(checkScope(actor.scope, placeOf(TITLE_REVIEW, raw), 'Xem xét danh hiệu'));
      return strapi.db.transaction(async () => {
        await lockKey(strapi, `recognition:title-review:${first.recognition.id}`);
        const r = parseRow(reviewRow, await load())!;
        const events = unwrap(
          decideReview(r, {
            type: 'close',
            outcome: b.outcome,
            note: b.note,
            recognitionRevoked: r.recognition.status === 'revoked',
          }),
        );
        const e = events[0] as Extract<ReviewEvent, { type: 'review.close' }>;
        await strapi.db.query(TITLE_REVIEW).update({
          where: { id: r.id },
          data: {
            status: e.status,
            conclusion: e.note,
            closedAt: now(),
            closedBy: actor.personId ?? actor.id,
          },
        });
        await audit(actor, r.documentId, r.unit.jurisdiction.slug, e, { status: r.status });
        return { documentId, status: e.status };
      });
    },

    /** A province's reviews of titles held in a year, by unit code. */
    async ofTitleYear(slug: string, titleYear: number) {
      return parseRows(
        z.object({
          documentId: z.string(),
          status: z.enum(['open', 'kept', 'revoked']),
          reason: z.enum(['safety_lost', 'incident']),
          unit: z.object({ code: z.string() }),
        }),
        await strapi.db.query(TITLE_REVIEW).findMany({
          where: { titleYear, unit: { jurisdiction: { slug } } },
          populate: { unit: { select: ['code'] } },
          orderBy: { id: 'asc' },
        }),
      );
    },
  };
}
