// The council's minutes as an act: drafted from the meeting as recorded (a copy: the act issued
// is the meeting as it stood), numbered in the council's register, dated the day it met, signed;
// once issued, filed into each dossier it voted on as the parts the plan says the council provides.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { minutesDraftBody } from '../../../../shared/contracts/requests';
import { COUNCIL, MEETING } from '../../constants/uids';
import { documentDataService } from '../../documents';
import { DomainFailure } from '../../errors';
import type { StaffActor } from '../../people';
import { parseRow } from '../../rows';
import { workflowService } from '../../workflow';
import type { ActKindDef } from '../acts';
import { saveDraft } from '../drafts';
import { existingDraft, jurisdictionOfSlug } from './common';

const content = z.object({
  meeting: z.string(),
  registrations: z.array(z.string()),
  data: z.looseObject({ number: z.string(), date: z.string(), councilName: z.string() }),
});

/** The file a dossier holds for the council's minutes: the issued act, named by its number. */
export const minutesFileId = (actDocumentId: string) => `act-${actDocumentId}`;

export function minutesAct(strapi: Core.Strapi) {
  const def: ActKindDef = {
    async paper(act, issue) {
      const c = content.parse(act.content);
      return {
        template: 'minutes',
        filename: `bien-ban-hop-${act.jurisdiction.slug}-${act.year}.pdf`,
        data: { ...c.data, number: issue?.number ?? c.data.number },
      };
    },
    fixedDate: (act) => content.parse(act.content).data.date,
    async afterIssue(actor, act) {
      const c = content.parse(act.content);
      const file = {
        id: minutesFileId(act.documentId),
        name: `Biên bản số ${act.number}.pdf`,
        at: act.issuedAt ?? new Date().toISOString(),
        mime: 'application/pdf',
        sha256: act.pdfSha256 ?? undefined,
      };
      for (const registration of c.registrations)
        await workflowService(strapi).run(registration, { type: 'file_minutes', file }, actor);
    },
  };

  async function draft(actor: StaffActor, b: z.infer<typeof minutesDraftBody>) {
    const m = parseRow(
      z.object({
        documentId: z.string(),
        votes: z.array(z.object({ registration: z.string() }).loose()),
        council: z.object({ id: z.number() }),
      }),
      await strapi.db
        .query(MEETING)
        .findOne({ where: { documentId: b.meeting }, populate: { council: { select: ['id'] } } }),
    );
    if (!m) throw new DomainFailure('not-found', 'Không tìm thấy cuộc họp.');
    const council = await strapi.db
      .query(COUNCIL)
      .findOne({ where: { id: m.council.id }, populate: { jurisdiction: { select: ['slug'] } } });
    const j = await jurisdictionOfSlug(strapi, actor, council.jurisdiction.slug);
    const uniqueKey = `minutes:${m.documentId}`;
    const existing = await existingDraft(strapi, uniqueKey);
    const data = content.shape.data.parse(
      await documentDataService(strapi).dataFor('minutes', m.documentId),
    );
    return saveDraft(strapi, actor, {
      existing,
      uniqueKey,
      kind: 'minutes',
      year: council.year,
      jurisdiction: j,
      fields: {
        content: { meeting: m.documentId, registrations: m.votes.map((v) => v.registration), data },
        title: `Biên bản họp ${data.councilName} ngày ${data.date}`.slice(0, 300),
        subject: `meeting:${m.documentId}`,
        recipients: [],
      },
      after: { meeting: m.documentId, dossiers: m.votes.length },
    });
  }

  return { def, draft };
}
