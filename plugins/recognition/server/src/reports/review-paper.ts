// How a review (sơ kết, tổng kết) is drawn: the police's report on the span in Decree 30 layout,
// to the People's Committee and the Ministry, its years side by side and its five sections.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  recipientLabels,
  reportSections,
  reviewKinds,
  reviewLabels,
  sectionLabels,
} from '../../../shared/domain/reports';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import type { ActPaper } from '../acts';
import { clockService } from '../config';
import { JURISDICTION } from '../constants/uids';
import { reportDataOf } from '../documents';

const compiled = z.object({
  review: z.object({
    kind: z.enum(reviewKinds),
    fromYear: z.number(),
    toYear: z.number(),
    cutOff: z.string(),
  }),
  planNumber: z.string().nullish(),
  sections: z.record(z.string(), z.string()),
  years: z.array(
    z.object({
      year: z.number(),
      registered: z.number(),
      selected: z.number(),
      recognised: z.number(),
      maintained: z.number(),
      targets: z.string(),
      trend: z.string(),
    }),
  ),
  totals: z.object({
    registered: z.number(),
    recognised: z.number(),
    maintained: z.number(),
    yearsAllTargetsMet: z.number(),
  }),
});

export function reviewPaper(strapi: Core.Strapi): ActPaper {
  return async (act, issue) => {
    const c = compiled.parse(act.content);
    const j = await strapi.db
      .query(JURISDICTION)
      .findOne({ where: { id: act.jurisdiction.id }, populate: ['reportSigner'] });
    // The police's report's head, signer and place, as every report of theirs has them.
    const base = reportDataOf({
      jurisdiction: j,
      year: act.year,
      period: 'annual',
      date: issue?.date ?? vietnamDay(clockService(strapi).now()),
      cutOff: c.review.cutOff,
      plan: c.planNumber ? { number: c.planNumber } : null,
      targets: [],
      byState: {},
      rows: [],
    });
    const to = act.recipients.map((r) =>
      r === 'people_committee' ? (j.issuerName as string) : recipientLabels[r],
    );
    return {
      template: 'review-act',
      filename: `bao-cao-${c.review.kind.replace('_', '-')}-${act.jurisdiction.slug}-${c.review.fromYear}-${c.review.toYear}.pdf`,
      data: {
        issuer: base.issuer,
        number: issue?.number ?? base.number,
        place: base.place,
        date: base.date,
        kindLabel: reviewLabels[c.review.kind],
        fromYear: c.review.fromYear,
        toYear: c.review.toYear,
        cutOff: c.review.cutOff,
        recipient: to.join('; '),
        planNumber: base.planNumber,
        years: c.years,
        totals: c.totals,
        sections: reportSections.map((k) => ({
          heading: sectionLabels[k],
          paragraphs: (c.sections[k] || 'Không có.')
            .split(/\n+/)
            .map((l) => l.trim())
            .filter(Boolean),
        })),
        signer: base.signer,
        recipients: [...to.map((r) => `${r};`), 'Lưu: VT.'],
        signature: null,
      },
    };
  };
}
