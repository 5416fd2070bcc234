// How a review (sơ kết, tổng kết) is drawn: the police's report on the span in Decree 30 layout,
// to the People's Committee and the Ministry, its years side by side and its five sections.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { reviewKinds, reviewLabels } from '../../../shared/domain/reports';
import type { ActPaper } from '../acts';
import { policeReportHead, sectionParagraphs } from './paper-head';

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
    // The police's report's head, signer and place, as every report of theirs has them.
    const head = await policeReportHead(strapi, act, issue, {
      period: 'annual',
      cutOff: c.review.cutOff,
      planNumber: c.planNumber,
    });
    return {
      template: 'review-act',
      filename: `bao-cao-${c.review.kind.replace('_', '-')}-${act.jurisdiction.slug}-${c.review.fromYear}-${c.review.toYear}.pdf`,
      data: {
        ...head,
        kindLabel: reviewLabels[c.review.kind],
        fromYear: c.review.fromYear,
        toYear: c.review.toYear,
        cutOff: c.review.cutOff,
        years: c.years,
        totals: c.totals,
        sections: sectionParagraphs(c.sections),
      },
    };
  };
}
