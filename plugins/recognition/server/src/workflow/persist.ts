// Saving what a decided event changed: the registration's own fields in one UPDATE, and, for the
// council's events, the member's one row of marks (created on their first save, gone when they
// declare a conflict). The only writer of both besides registering.
import type { Core } from '@strapi/strapi';
import type { RegistrationEvent, RegistrationFields } from '../../../shared/domain/registration';
import { COUNCIL_SCORE, REGISTRATION } from '../constants/uids';
import { scoreKey } from './appraisal-facts';

export async function persistEvent(
  strapi: Core.Strapi,
  reg: { id: number; documentId: string },
  changed: Partial<RegistrationFields>,
  e: RegistrationEvent,
): Promise<void> {
  // updateMany: one UPDATE, without the lookup before and the re-read after of update() (the
  // changes are the registration's own fields, never a relation).
  if (Object.keys(changed).length)
    await strapi.db.query(REGISTRATION).updateMany({ where: { id: reg.id }, data: changed });
  if (e.type === 'conflict.declare') {
    // Sent or still a draft, the member's marks go.
    await strapi.db
      .query(COUNCIL_SCORE)
      .delete({ where: { uniqueKey: scoreKey(reg.documentId, e.member) } });
    return;
  }
  if (e.type !== 'council_score' && e.type !== 'council-score.draft') return;
  const uniqueKey = scoreKey(reg.documentId, e.member);
  const data = {
    marks: e.marks,
    total: e.total,
    complete: e.complete,
    draft: e.type === 'council-score.draft',
  };
  const existing = await strapi.db.query(COUNCIL_SCORE).findOne({ where: { uniqueKey } });
  if (existing) {
    await strapi.db.query(COUNCIL_SCORE).update({ where: { id: existing.id }, data });
    return;
  }
  await strapi.db.query(COUNCIL_SCORE).create({
    data: { ...data, registration: reg.id, memberEmail: e.member, uniqueKey },
  });
}
