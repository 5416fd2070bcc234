// How the province's compiled report is drawn: the police's report in Decree 30 layout, to the
// People's Committee and the Ministry, its five sections from the act's text, its figures and
// targets as compiled, and who of the tiers below reported. The number and date are issuing's.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  recipientLabels,
  reportSections,
  sectionLabels,
  type ReportDuty,
} from '../../../shared/domain/reports';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import type { ActPaper } from '../acts';
import { clockService } from '../config';
import { JURISDICTION } from '../constants/uids';
import { reportDataOf } from '../documents';

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
    const j = await strapi.db
      .query(JURISDICTION)
      .findOne({ where: { id: act.jurisdiction.id }, populate: ['reportSigner'] });
    const base = reportDataOf({
      jurisdiction: j,
      year: act.year,
      period: c.duty.period as ReportDuty['period'],
      date: issue?.date ?? vietnamDay(clockService(strapi).now()),
      cutOff: c.duty.cutOff,
      plan: c.planNumber ? { number: c.planNumber } : null,
      targets: c.targets,
      byState: {},
      rows: [],
    });
    const to = act.recipients.map((r) =>
      r === 'people_committee' ? (j.issuerName as string) : recipientLabels[r],
    );
    return {
      template: 'report-act',
      filename: `bao-cao-${act.jurisdiction.slug}-${act.year}-${c.duty.key.replace(/\W+/g, '-')}.pdf`,
      data: {
        issuer: base.issuer,
        number: issue?.number ?? base.number,
        place: base.place,
        date: base.date,
        period: c.duty.period,
        title: act.title,
        cutOff: c.duty.cutOff,
        year: act.year,
        recipient: to.join('; '),
        planNumber: base.planNumber,
        sections: reportSections.map((k) => ({
          heading: sectionLabels[k],
          paragraphs: (c.sections[k] || 'Không có.')
            .split(/\n+/)
            .map((l) => l.trim())
            .filter(Boolean),
        })),
        figures: c.figureRows,
        targets: c.targets,
        reporting: c.reporting.expected ? c.reporting : null,
        signer: base.signer,
        recipients: [...to.map((r) => `${r};`), 'Lưu: VT.'],
        signature: null,
      },
    };
  };
}
