// What drafting any kind of act needs: the province in the caller's scope, and the draft already
// kept under the act's key (an issued act is never drafted again).
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { checkScope, type Scope } from '../../../../shared/domain/scope';
import { ACT, JURISDICTION } from '../../constants/uids';
import { DomainFailure, unwrap } from '../../errors';
import { jurisdictionRow, parseRow } from '../../rows';

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
