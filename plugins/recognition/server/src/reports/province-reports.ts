// The province's side of reporting: each duty of its year with who has reported and who has not,
// and its own report compiled from theirs: figures counted at the duty's cut-off, the tiers'
// texts gathered under each section for the secretariat to edit, who reported late and who not
// at all. The compiled report is an act (acts/): issued, signed, sent up and received there.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { dutyStatus, dutyStatusLabels, reportSections } from '../../../shared/domain/reports';
import {
  countFigures,
  emptySections,
  figureLabels,
  recipientLabels,
  type ReportDuty,
  type Sections,
} from '../../../shared/domain/reports';
import { checkScope } from '../../../shared/domain/scope';
import { unitDisplayName } from '../../../shared/domain/units';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { saveDraft } from '../acts';
import { clockService } from '../config';
import { ACT, TIER_REPORT, UNIT } from '../constants/uids';
import { unwrap } from '../errors';
import type { StaffActor } from '../people';
import { reportSnapshotService } from '../reporting';
import { isoDay, parseRow, parseRows } from '../rows';
import { lockKey } from '../utils';
import { reportDuties } from './duties';

const sent = z.object({
  documentId: z.string(),
  duty: z.string(),
  attachments: z.array(z.looseObject({ id: z.unknown(), name: z.string() })).nullish(),
  sections: z.record(z.string(), z.string()).nullish(),
  submittedOn: isoDay,
  late: z.boolean().nullish(),
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
});
const actHead = z.object({
  documentId: z.string(),
  subject: z.string(),
  status: z.enum(['draft', 'issued']),
  number: z.string().nullish(),
  date: isoDay.nullish(),
  dispatches: z
    .array(
      z.object({ recipient: z.string(), sentAt: z.string(), receivedAt: z.string().nullable() }),
    )
    .nullish(),
  content: z.looseObject({ sections: z.record(z.string(), z.string()).optional() }).nullish(),
});

export function provinceReports(strapi: Core.Strapi) {
  const duties = reportDuties(strapi);
  const now = () => clockService(strapi).now();

  async function submissions(slug: string, year: number) {
    return parseRows(
      sent,
      await strapi.db.query(TIER_REPORT).findMany({
        where: { jurisdiction: { slug }, year, status: 'submitted' },
        populate: { unit: { select: ['code', 'name', 'kind'] } },
        orderBy: { id: 'asc' },
      }),
    );
  }

  /** Who owes a duty and where each stands, with the province's own act on it. */
  async function standing(slug: string, year: number, duty: ReportDuty) {
    const today = vietnamDay(now());
    const [owing, reports] = await Promise.all([
      duties.reporters(slug, duty.reporters),
      submissions(slug, year),
    ]);
    const mine = new Map(reports.filter((r) => r.duty === duty.key).map((r) => [r.unit.code, r]));
    const rows = owing.map((u) => {
      const r = mine.get(u.code);
      const status = dutyStatus(duty.due, today, r?.submittedOn);
      return {
        ...u,
        status,
        statusLabel: dutyStatusLabels[status],
        submittedOn: r?.submittedOn ?? null,
        reportId: r?.documentId ?? null,
        files: (r?.attachments ?? []).map((f) => ({ id: String(f.id), name: f.name })),
      };
    });
    return { rows, reports: owing.flatMap((u) => (mine.get(u.code) ? [mine.get(u.code)!] : [])) };
  }

  async function actOf(slug: string, year: number, key: string) {
    return parseRow(
      actHead,
      await strapi.db.query(ACT).findOne({ where: { uniqueKey: `${slug}:${year}:report:${key}` } }),
    );
  }

  async function board(actor: StaffActor, slug: string, year: number) {
    unwrap(checkScope(actor.scope, slug, 'Báo cáo'));
    const today = vietnamDay(now());
    const out = [];
    for (const duty of await duties.ofYear(slug, year)) {
      const { rows } = await standing(slug, year, duty);
      const act = await actOf(slug, year, duty.key);
      const own = dutyStatus(duty.due, today, act?.dispatches?.[0]?.sentAt.slice(0, 10));
      out.push({
        ...duty,
        recipientLabels: duty.recipients.map((r) => recipientLabels[r]),
        status: own,
        statusLabel: dutyStatusLabels[own],
        reporters: rows,
        reported: rows.filter((r) => r.submittedOn).length,
        act: act ? { ...act, content: undefined } : null,
      });
    }
    // The province's reviews (sơ kết, tổng kết) of spans that end this year.
    const reviewActs = parseRows(
      actHead.extend({ title: z.string() }),
      await strapi.db.query(ACT).findMany({
        where: { kind: 'review', year, jurisdiction: { slug } },
        orderBy: { id: 'asc' },
      }),
    ).map(({ content: _content, ...a }) => a);
    return { jurisdiction: slug, year, today, duties: out, reviews: reviewActs };
  }

  /** The tiers' texts under each section, each headed by who wrote it. */
  const gathered = (reports: z.infer<typeof sent>[], kept?: Record<string, string>): Sections => {
    const s = emptySections();
    for (const k of reportSections)
      s[k] =
        kept?.[k] ||
        reports
          .filter((r) => r.sections?.[k])
          .map((r) => `${unitDisplayName(r.unit)}: ${r.sections![k]}`)
          .join('\n');
    return s;
  };

  /** Makes (or brings up to date) the draft of the province's report on a duty; edited text is kept. */
  async function compile(actor: StaffActor, slug: string, year: number, key: string) {
    unwrap(checkScope(actor.scope, slug, 'Báo cáo'));
    const duty = await duties.one(slug, year, key);
    const place = await duties.place(slug);
    const { rows, reports } = await standing(slug, year, duty);
    const snapshot = await reportSnapshotService(strapi).of(slug, year, duty.period, duty.cutOff);
    const units = await strapi.db
      .query(UNIT)
      .count({ where: { jurisdiction: { slug }, active: true } });
    const figures = countFigures(snapshot.rows, units, snapshot.cutOff, !!snapshot.plan?.selection);
    const uniqueKey = `${slug}:${year}:report:${key}`;
    return strapi.db.transaction(async () => {
      await lockKey(strapi, `recognition:act-draft:${uniqueKey}`);
      const existing = await actOf(slug, year, key);
      if (existing?.status === 'issued') return existing;
      const content = {
        duty,
        planNumber: snapshot.plan?.number ?? null,
        sections: gathered(reports, existing?.content?.sections),
        figures,
        figureRows: Object.entries(figureLabels).map(([k, label]) => ({
          label,
          value: figures[k as keyof typeof figureLabels],
        })),
        targets: snapshot.targets.map(({ label, minimum, achieved, met }) => ({
          label,
          minimum,
          achieved,
          met,
        })),
        reporting: {
          expected: rows.length,
          reported: reports.length,
          late: reports.filter((r) => r.late).length,
          missing: rows.filter((r) => !r.submittedOn).map((r) => r.name),
        },
      };
      // "Báo cáo năm" is followed by its year alone; every other title by "năm <year>".
      const title = /\bnăm$/.test(duty.label)
        ? `${duty.label} ${year}`
        : `${duty.label} năm ${year}`;
      const row = await saveDraft(strapi, actor, {
        existing,
        uniqueKey,
        kind: 'report',
        year,
        jurisdiction: { id: place.id, slug },
        fields: { content, title, subject: key, recipients: duty.recipients },
        after: {
          duty: key,
          figures,
          reporting: { ...content.reporting, missing: content.reporting.missing.length },
        },
      });
      return parseRow(actHead, row)!;
    });
  }

  return { board, compile, standing };
}
