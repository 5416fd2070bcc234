// What every report of the police (a compiled report, a review) prints the same way: the police's
// head, number, place and date, the People's Committee and the Ministry as recipients, the
// signer of the province's reports, and the five sections as paragraphs.
import type { Core } from '@strapi/strapi';
import type { ReportPeriod } from '../../../shared/domain/report-period';
import { recipientLabels, reportSections, sectionLabels } from '../../../shared/domain/reports';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import type { ActRow } from '../acts';
import { clockService } from '../config';
import { JURISDICTION } from '../constants/uids';
import { reportDataOf } from '../documents';

export async function policeReportHead(
  strapi: Core.Strapi,
  act: ActRow,
  issue: { number: string; date: string } | null,
  o: { period: ReportPeriod; cutOff: string; planNumber?: string | null },
) {
  const j = await strapi.db
    .query(JURISDICTION)
    .findOne({ where: { id: act.jurisdiction.id }, populate: ['reportSigner'] });
  const base = reportDataOf({
    jurisdiction: j,
    year: act.year,
    period: o.period,
    date: issue?.date ?? vietnamDay(clockService(strapi).now()),
    cutOff: o.cutOff,
    plan: o.planNumber ? { number: o.planNumber } : null,
    targets: [],
    byState: {},
    rows: [],
  });
  const to = act.recipients.map((r) =>
    r === 'people_committee' ? (j.issuerName as string) : recipientLabels[r],
  );
  return {
    issuer: base.issuer,
    number: issue?.number ?? base.number,
    place: base.place,
    date: base.date,
    recipient: to.join('; '),
    planNumber: base.planNumber,
    signer: base.signer,
    recipients: [...to.map((r) => `${r};`), 'Lưu: VT.'],
    signature: null,
  };
}

/** The five sections as the template prints them: a heading, a paragraph per line ("Không có." when empty). */
export const sectionParagraphs = (sections: Record<string, string>) =>
  reportSections.map((k) => ({
    heading: sectionLabels[k],
    paragraphs: (sections[k] || 'Không có.')
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean),
  }));
