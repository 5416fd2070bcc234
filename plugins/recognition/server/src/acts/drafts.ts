// Writing an act's draft, whatever its kind: made once under its unique key, brought up to date
// while it is a draft, and audited as "act.draft" with what its kind says it drew on.
import type { Core } from '@strapi/strapi';
import type { ActKind } from '../../../shared/domain/act';
import type { Actor } from '../../../shared/domain/workflow';
import { auditService } from '../audit';
import { clockService } from '../config';
import { ACT } from '../constants/uids';

export async function saveDraft(
  strapi: Core.Strapi,
  actor: Actor,
  d: {
    existing: { documentId: string } | null;
    uniqueKey: string;
    kind: ActKind;
    year: number;
    jurisdiction: { id: number; slug: string };
    fields: {
      content: unknown;
      title: string;
      subject: string;
      recipients: string[];
      replaces?: number | null;
    };
    after: Record<string, unknown>;
  },
): Promise<{ documentId: string }> {
  const row = d.existing
    ? await strapi.db
        .query(ACT)
        .update({ where: { documentId: d.existing.documentId }, data: d.fields })
    : await strapi.db.query(ACT).create({
        data: {
          ...d.fields,
          kind: d.kind,
          status: 'draft',
          year: d.year,
          uniqueKey: d.uniqueKey,
          jurisdiction: d.jurisdiction.id,
          dispatches: [],
        },
      });
  await auditService(strapi).appendBy(
    actor,
    {
      action: 'act.draft',
      subjectType: 'act',
      subjectId: row.documentId,
      jurisdiction: d.jurisdiction.slug,
      before: d.existing ? { status: 'draft' } : null,
      after: d.after,
    },
    clockService(strapi).now(),
  );
  return row;
}
