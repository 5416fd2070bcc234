// A department's or a commune's reports to the province: the duties it owes this year with where
// each stands, one report with its figures (counted from its own units at the duty's cut-off,
// never typed), saving the draft, and sending it once. The tier comes from the officer's account;
// its units through the one scope filter.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import {
  countFigures,
  decideTierReport,
  dutyStatus,
  dutyStatusLabels,
  emptySections,
  reportFigures,
  sectionsInput,
  type ReportDuty,
  type ReportTier,
  type Sections,
  type TierReportCommand,
} from '../../../shared/domain/reports';
import { daysBetween } from '../../../shared/domain/submission';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { auditService } from '../audit';
import { clockService } from '../config';
import { JURISDICTION, TIER_REPORT, UNIT } from '../constants/uids';
import { DomainFailure, unwrap } from '../errors';
import { scopeWhere } from '../guards';
import type { TierOfficerActor } from '../people';
import type { FileRef } from '../../../shared/domain/registration/record';
import { reportSnapshotService } from '../reporting';
import { instant, isoDay, parseRow, parseRows } from '../rows';
import { reportDuties } from './duties';

const stored = z.object({
  id: z.number(),
  documentId: z.string(),
  duty: z.string(),
  status: z.enum(['draft', 'submitted']),
  sections: sectionsInput.nullish(),
  figures: reportFigures.nullish(),
  submittedOn: isoDay.nullish(),
  submittedAt: instant.nullish(),
  late: z.boolean().nullish(),
  attachments: z
    .array(
      z.looseObject({ id: z.union([z.string(), z.number()]), name: z.string(), at: z.string() }),
    )
    .nullish(),
});
type Stored = z.infer<typeof stored>;

export const tierOf = (actor: TierOfficerActor): ReportTier =>
  actor.role === 'commune_officer' ? 'commune' : 'department';

export function tierReports(strapi: Core.Strapi) {
  const duties = reportDuties(strapi);
  const now = () => clockService(strapi).now();
  const keyOf = (actor: TierOfficerActor, year: number, duty: string) =>
    `${actor.jurisdictionSlug}:${year}:${duty}:${actor.unitCode}`;

  async function owed(actor: TierOfficerActor, year: number) {
    return (await duties.ofYear(actor.jurisdictionSlug, year)).filter((d) =>
      d.reporters.includes(tierOf(actor)),
    );
  }
  async function storedOf(actor: TierOfficerActor, year: number) {
    return parseRows(
      stored,
      await strapi.db.query(TIER_REPORT).findMany({
        where: {
          year,
          unit: { code: actor.unitCode },
          jurisdiction: { slug: actor.jurisdictionSlug },
        },
      }),
    );
  }
  const entry = (d: ReportDuty, r: Stored | undefined, today: string) => {
    const status = dutyStatus(d.due, today, r?.status === 'submitted' ? r.submittedOn : null);
    return {
      key: d.key,
      label: d.label,
      period: d.period,
      due: d.due,
      cutOff: d.cutOff,
      clause: d.clause,
      daysLeft: daysBetween(today, d.due),
      status,
      statusLabel: dutyStatusLabels[status],
      draft: r?.status === 'draft',
    };
  };

  /** The figures of the tier's own units at the duty's cut-off. */
  async function figuresFor(actor: TierOfficerActor, year: number, duty: ReportDuty) {
    const where = { $and: [(await scopeWhere(strapi, actor.scope, UNIT)) ?? {}, { active: true }] };
    const codes = new Set(
      parseRows(
        z.object({ code: z.string() }),
        await strapi.db.query(UNIT).findMany({ where, select: ['code'] }),
      ).map((u) => u.code),
    );
    const s = await reportSnapshotService(strapi).of(
      actor.jurisdictionSlug,
      year,
      duty.period,
      duty.cutOff,
    );
    const rows = s.rows.filter((r) => codes.has(r.code));
    return countFigures(rows, codes.size, s.cutOff, !!s.plan?.selection);
  }

  async function list(actor: TierOfficerActor, year: number) {
    const today = vietnamDay(now());
    const mine = await storedOf(actor, year);
    return (await owed(actor, year)).map((d) =>
      entry(
        d,
        mine.find((r) => r.duty === d.key),
        today,
      ),
    );
  }

  async function dutyOf(actor: TierOfficerActor, year: number, key: string) {
    const duty = (await owed(actor, year)).find((d) => d.key === key);
    if (!duty)
      throw new DomainFailure(
        'not-found',
        `${actor.unitName} không có nhiệm vụ báo cáo này trong năm ${year}.`,
      );
    return duty;
  }

  async function read(actor: TierOfficerActor, year: number, key: string) {
    const duty = await dutyOf(actor, year, key);
    const r = (await storedOf(actor, year)).find((x) => x.duty === key);
    const sent = r?.status === 'submitted';
    return {
      ...entry(duty, r, vietnamDay(now())),
      unit: { code: actor.unitCode, name: actor.unitName },
      documentId: r?.documentId ?? null,
      submitted: sent,
      submittedAt: r?.submittedAt ?? null,
      late: !!r?.late,
      sections: (r?.sections as Sections | null) ?? emptySections(),
      attachments: ((r?.attachments ?? []) as FileRef[]).map(({ id, name, size, at }) => ({
        id: String(id),
        name,
        size: size ?? 0,
        at,
      })),
      // Sent figures are the ones sent; a draft shows them as they count today.
      figures: sent && r?.figures ? r.figures : await figuresFor(actor, year, duty),
    };
  }

  async function apply(
    actor: TierOfficerActor,
    year: number,
    key: string,
    command: (duty: ReportDuty) => Promise<TierReportCommand>,
  ) {
    const duty = await dutyOf(actor, year, key);
    const uniqueKey = keyOf(actor, year, key);
    const cmd = await command(duty);
    await strapi.db.transaction(async () => {
      const row = parseRow(
        stored,
        await strapi.db.query(TIER_REPORT).findOne({ where: { uniqueKey } }),
      );
      const files = (row?.attachments ?? []) as FileRef[];
      const current = row
        ? { status: row.status, sections: row.sections ?? emptySections(), attachments: files }
        : null;
      const events = unwrap(decideTierReport(current, duty, cmd));
      const at = now();
      let documentId = row?.documentId;
      for (const e of events) {
        const data =
          e.type === 'tier-report.save'
            ? { sections: e.sections }
            : e.type === 'tier-report.attach'
              ? { attachments: [...files, e.file] }
              : e.type === 'tier-report.detach'
                ? { attachments: files.filter((f) => String(f.id) !== e.id) }
                : {
                    sections: e.sections,
                    figures: e.figures,
                    status: 'submitted',
                    submittedOn: e.submittedOn,
                    submittedAt: at,
                    late: e.late,
                    submittedBy: actor.personId ?? String(actor.id),
                  };
        if (row) await strapi.db.query(TIER_REPORT).update({ where: { id: row.id }, data });
        else {
          const unit = await strapi.db.query(UNIT).findOne({ where: { code: actor.unitCode } });
          const place = await strapi.db
            .query(JURISDICTION)
            .findOne({ where: { slug: actor.jurisdictionSlug } });
          const created = await strapi.db.query(TIER_REPORT).create({
            data: {
              ...data,
              uniqueKey,
              year,
              duty: key,
              tier: tierOf(actor),
              unit: unit.id,
              jurisdiction: place.id,
            },
          });
          documentId = created.documentId;
        }
        const { type, ...after } = e;
        await auditService(strapi).appendBy(
          actor,
          {
            action: type,
            subjectType: 'tier-report',
            subjectId: documentId!,
            jurisdiction: actor.jurisdictionSlug,
            before: row ? { status: row.status } : null,
            after: { duty: key, unit: actor.unitCode, ...after },
          },
          at,
        );
      }
    });
    return read(actor, year, key);
  }

  return {
    list,
    read,
    apply,
    storedOf,
    save: (actor: TierOfficerActor, year: number, key: string, sections: Sections) =>
      apply(actor, year, key, async () => ({ type: 'save', sections })),
    submit: (actor: TierOfficerActor, year: number, key: string, sections: Sections) =>
      apply(actor, year, key, async (duty) => ({
        type: 'submit',
        sections,
        figures: await figuresFor(actor, year, duty),
        today: vietnamDay(now()),
      })),
  };
}
