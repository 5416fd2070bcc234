// The province a document belongs to, found from its reference, so that staff open only their
// own provinces' documents: a plan by its slug, a decision, a certificate by its serial, minutes,
// a registration's papers, a report by its "<province>:..." reference.
import type { Core } from '@strapi/strapi';
import { DECISION, MEETING, PLAN, RECOGNITION, REGISTRATION } from '../constants/uids';
import type { DocKind } from './document-data';

/** The province a document belongs to, so that staff may open only their own provinces' documents. */
export async function documentProvince(
  strapi: Core.Strapi,
  kind: DocKind,
  ref: string,
): Promise<string | null> {
  type Row = Record<string, unknown> | null | undefined;
  const slugOf = (row: Row, ...path: string[]) =>
    (path.reduce<Row>((r, k) => r?.[k] as Row, row) as { slug?: string } | null)?.slug ?? null;
  switch (kind) {
    case 'plan': {
      const [p] = await strapi.db
        .query(PLAN)
        .findMany({ where: { slug: ref }, populate: ['jurisdiction'], limit: 1 });
      return slugOf(p, 'jurisdiction');
    }
    case 'decision':
      return slugOf(
        await strapi.db
          .query(DECISION)
          .findOne({ where: { documentId: ref }, populate: ['jurisdiction'] }),
        'jurisdiction',
      );
    case 'certificate':
      return slugOf(
        await strapi.db.query(RECOGNITION).findOne({
          where: { serial: ref },
          populate: { unit: { populate: ['jurisdiction'] } },
        }),
        'unit',
        'jurisdiction',
      );
    case 'minutes':
      return slugOf(
        await strapi.db.query(MEETING).findOne({
          where: { documentId: ref },
          populate: { council: { populate: ['jurisdiction'] } },
        }),
        'council',
        'jurisdiction',
      );
    case 'dossier-report':
    case 'registration-form':
    case 'unit-proposal':
      return slugOf(
        await strapi.db.query(REGISTRATION).findOne({
          where: { documentId: ref },
          populate: { unit: { populate: ['jurisdiction'] } },
        }),
        'unit',
        'jurisdiction',
      );
    case 'report':
      return /^([a-z0-9-]+):/.exec(ref)?.[1] ?? null;
  }
}
