// What drafting any kind of act needs: the province in the caller's scope, and the draft already
// kept under the act's key (an issued act is never drafted again).
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkScope, type Scope } from '../../../../shared/domain/scope';
import { ACT, JURISDICTION } from '../../constants/uids';
import { DomainFailure, unwrap } from '../../errors';
import { isoDay, jurisdictionRow, parseRow } from '../../rows';

export async function jurisdictionOfSlug(
  strapi: Core.Strapi,
  actor: { scope: Scope },
  slug: string,
) {
  unwrap(checkScope(actor.scope, slug, 'Văn bản'));
  const j = parseRow(
    jurisdictionRow,
    await strapi.db.query(JURISDICTION).findOne({ where: { slug }, populate: ['reportSigner'] }),
  );
  if (!j) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
  return j;
}

export async function existingDraft(strapi: Core.Strapi, uniqueKey: string) {
  const a = parseRow(
    z.object({ documentId: z.string(), status: z.string(), number: z.string().nullish() }),
    await strapi.db
      .query(ACT)
      .findOne({ where: { uniqueKey }, select: ['documentId', 'status', 'number'] }),
  );
  if (a?.status === 'issued')
    throw new DomainFailure(
      'invalid-transition',
      `Văn bản đã ban hành (số ${a.number}); văn bản đã ban hành không soạn lại được, chỉ thay thế bằng văn bản sau.`,
    );
  return a;
}

/** The issued act a draft replaces (named by its id), as the new act cites it; or null. */
export async function replacedAct(strapi: Core.Strapi, documentId: string | undefined) {
  if (!documentId) return null;
  const a = parseRow(
    z.object({ id: z.number(), number: z.string().nullish(), date: isoDay.nullish() }),
    await strapi.db.query(ACT).findOne({ where: { documentId }, select: ['id', 'number', 'date'] }),
  );
  if (!a) throw new DomainFailure('not-found', 'Không tìm thấy văn bản được thay thế.');
  const day = a.date ? ` ngày ${a.date.split('-').reverse().join('/')}` : '';
  return { id: a.id, cited: `số ${a.number ?? ''}${day}` };
}
