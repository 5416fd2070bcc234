// How the province's compiled report is drawn: the police's report in Decree 30 layout, to the
// People's Committee and the Ministry, its five sections from the act's text, its figures and
// targets as compiled, and who of the tiers below reported. The number and date are issuing's.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { ReportDuty } from '../../../shared/domain/reports';
import type { ActPaper } from '../acts';
import { policeReportHead, sectionParagraphs } from './paper-head';

const compiled = z.object({
  duty: z
    .object({
      key: z.string(),
      period: z.enum(['six-month', 'annual', 'implementation']),
      cutOff: z.string(),
    })
    .passthrough(),
  planNumber: z.string().nullish(),
  sections: z.record(z.string(), z.string()),
  figureRows: z.array(z.object({ label: z.string(), value: z.number() })),
  targets: z.array(
    z.object({ label: z.string(), minimum: z.number(), achieved: z.number(), met: z.boolean() }),
  ),
  reporting: z.object({
    expected: z.number(),
    reported: z.number(),
    late: z.number(),
    missing: z.array(z.string()),
  }),
});

export function reportPaper(strapi: Core.Strapi): ActPaper {
  return async (act, issue) => {
    const c = compiled.parse(act.content);
    const head = await policeReportHead(strapi, act, issue, {
      period: c.duty.period as ReportDuty['period'],
      cutOff: c.duty.cutOff,
      planNumber: c.planNumber,
    });
    return {
      template: 'report-act',
      filename: `bao-cao-${act.jurisdiction.slug}-${act.year}-${c.duty.key.replace(/\W+/g, '-')}.pdf`,
      data: {
        ...head,
        period: c.duty.period,
        title: act.title,
        cutOff: c.duty.cutOff,
        year: act.year,
        sections: sectionParagraphs(c.sections),
        figures: c.figureRows,
        targets: c.targets,
        reporting: c.reporting.expected ? c.reporting : null,
      },
    };
  };
}
