// The plan as the People's Committee's act: drafted from the published plan's text (a copy, so
// that the act issued is the text as it stood), issued with the number of the committee's
// register, and naming the plan it replaces: one issued here, or one on paper before the system
// ("49/KH-UBND"), recorded as its number.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { planDraftBody } from '../../../../shared/contracts/requests';
import type { StaffActor } from '../../people';
import { ACT, PLAN } from '../../constants/uids';
import { documentDataService } from '../../documents';
import { DomainFailure } from '../../errors';
import { parseRow } from '../../rows';
import type { ActKindDef } from '../acts';
import { saveDraft } from '../drafts';
import { existingDraft, jurisdictionOfSlug } from './common';

const content = z.object({
  plan: z.string(),
  data: z.looseObject({
    number: z.string(),
    date: z.string(),
    title: z.string(),
    docType: z.string(),
  }),
  /** A plan replaced that the system does not hold as an act: its number as written. */
  replacesNumber: z.string().nullish(),
});

export function planAct(strapi: Core.Strapi) {
  const def: ActKindDef = {
    async paper(act, issue) {
      const c = content.parse(act.content);
      return {
        template: 'plan',
        filename: `ke-hoach-${c.plan}.pdf`,
        data: {
          ...c.data,
          number: issue?.number ?? c.data.number,
          date: issue?.date ?? c.data.date,
        },
      };
    },
  };

  async function draft(actor: StaffActor, b: z.infer<typeof planDraftBody>) {
    const row = parseRow(
      z.object({
        documentId: z.string(),
        issueYear: z.number(),
        jurisdiction: z.object({ slug: z.string() }),
      }),
      await strapi.documents(PLAN).findFirst({
        filters: { slug: b.plan },
        status: 'published',
        populate: { jurisdiction: true },
      }),
    );
    if (!row) throw new DomainFailure('not-found', `Không có kế hoạch đã công bố "${b.plan}".`);
    const j = await jurisdictionOfSlug(strapi, actor, row.jurisdiction.slug);
    const uniqueKey = `plan:${row.documentId}`;
    const existing = await existingDraft(strapi, uniqueKey);
    const data = content.shape.data.parse(
      await documentDataService(strapi).dataFor('plan', b.plan),
    );
    const replaced = b.replaces
      ? await strapi.db.query(ACT).findOne({ where: { documentId: b.replaces }, select: ['id'] })
      : null;
    if (b.replaces && !replaced)
      throw new DomainFailure('not-found', 'Không tìm thấy kế hoạch được thay thế.');
    return saveDraft(strapi, actor, {
      existing,
      uniqueKey,
      kind: 'plan',
      year: row.issueYear,
      jurisdiction: j,
      fields: {
        content: { plan: b.plan, data, replacesNumber: b.replacesNumber ?? null },
        title: `${data.docType} ${data.title}`.slice(0, 300),
        subject: `plan:${b.plan}`.slice(0, 120),
        recipients: [],
        replaces: replaced?.id ?? null,
      },
      after: { plan: b.plan, replaces: b.replaces ?? b.replacesNumber ?? null },
    });
  }

  return { def, draft };
}
