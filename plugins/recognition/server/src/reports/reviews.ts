// A review over several years (sơ kết, tổng kết): each year of the span counted at its annual
// cut-off (the plan's annual report date, else 31/12) as the year's reports count it, laid side
// by side with its trend, the opening line of results drawn from them, as a draft act of the
// province that its secretariat edits and issues like any report (acts/).
import type { Core } from '@strapi/strapi';
import {
  countFigures,
  emptySections,
  reviewInput,
  reviewLabels,
  reviewRows,
  reviewSummary,
  type YearResult,
} from '../../../shared/domain/reports';
import { checkScope } from '../../../shared/domain/scope';
import { saveDraft } from '../acts';
import { ACT, UNIT } from '../constants/uids';
import { parseInput, unwrap } from '../errors';
import type { StaffActor } from '../people';
import { reportSnapshotService } from '../reporting';
import { lockKey } from '../utils';
import { reportDuties } from './duties';

export function reviews(strapi: Core.Strapi) {
  async function compile(actor: StaffActor, slug: string, input: unknown) {
    unwrap(checkScope(actor.scope, slug, 'Báo cáo'));
    const r = parseInput(reviewInput, input);
    const place = await reportDuties(strapi).place(slug);
    const units = await strapi.db
      .query(UNIT)
      .count({ where: { jurisdiction: { slug }, active: true } });
    const years: YearResult[] = [];
    let planNumber: string | null = null;
    let cutOff = `${r.toYear}-12-31`;
    for (let year = r.fromYear; year <= r.toYear; year++) {
      const s = await reportSnapshotService(strapi).of(slug, year, 'annual');
      planNumber = s.plan?.number ?? planNumber;
      cutOff = s.cutOff;
      years.push({
        ...countFigures(s.rows, units, s.cutOff, !!s.plan?.selection),
        year,
        targets: s.targets.length,
        targetsMet: s.targets.filter((t) => t.met).length,
      });
    }
    const { rows, totals } = reviewRows(years);
    const key = `${r.kind}:${r.fromYear}-${r.toYear}`;
    const uniqueKey = `${slug}:review:${key}`;
    return strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:act-draft:${uniqueKey}`);
      const existing = await strapi.db.query(ACT).findOne({ where: { uniqueKey } });
      if (existing?.status === 'issued') return existing as { documentId: string };
      const sections = existing?.content?.sections ?? {
        ...emptySections(),
        results: reviewSummary(r.kind, r.fromYear, r.toYear, years),
      };
      const content = { review: { ...r, cutOff }, planNumber, sections, years: rows, totals };
      const row = await saveDraft(strapi, actor, {
        existing,
        uniqueKey,
        kind: 'review',
        year: r.toYear,
        jurisdiction: { id: place.id, slug },
        fields: {
          content,
          title: `${reviewLabels[r.kind]} giai đoạn ${r.fromYear}–${r.toYear}`,
          subject: `review:${key}`,
          recipients: ['people_committee', 'ministry'],
        },
        after: { review: r, totals },
      });
      return row as { documentId: string };
    });
  }
  return { compile };
}
