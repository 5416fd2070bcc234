// A province's report duties of a year, as the domain dates them from its plan and its requests,
// and who owes each: every commune (its People's Committee) and every department that has an
// officer in the portal. Every commune is named because the plan names them all ("Ủy ban nhân
// dân các xã, phường"); a department only once it has an account, since an agency (cơ quan) is
// just as often an organisation being built as a directing sở, ban, ngành.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { CalendarEntry } from '../../../shared/domain/deadlines';
import { planForYear } from '../../../shared/domain/plan-rules';
import {
  dutiesOfYear,
  type ReportDuty,
  type ReportRequest,
  type ReportTier,
} from '../../../shared/domain/reports';
import { communeKinds, unitDisplayName } from '../../../shared/domain/units';
import { JURISDICTION, MEMBERSHIP, PLAN, REPORT_REQUEST, UNIT } from '../constants/uids';
import { DomainFailure } from '../errors';
import { isoDay, jurisdictionRow, parseRow, parseRows } from '../rows';
import { registrationRepository } from '../workflow';

const requestRow = z.object({
  documentId: z.string(),
  year: z.number(),
  label: z.string(),
  period: z.enum(['six-month', 'annual', 'implementation']),
  due: isoDay,
  cutOff: isoDay.nullish().transform((d) => d ?? undefined),
  reporters: z.array(z.enum(['department', 'commune'])),
  recipients: z.array(z.enum(['people_committee', 'ministry'])),
  basis: z
    .string()
    .nullish()
    .transform((b) => b ?? undefined),
});

export type Reporter = { code: string; name: string; kind: string; tier: ReportTier };

export function reportDuties(strapi: Core.Strapi) {
  async function place(slug: string) {
    const j = parseRow(
      jurisdictionRow,
      await strapi.db.query(JURISDICTION).findOne({ where: { slug } }),
    );
    if (!j) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
    return j;
  }

  /** The duties of a province's year: its plan's (dated from the calendar) and its requests. */
  async function ofYear(slug: string, year: number): Promise<ReportDuty[]> {
    const j = await place(slug);
    const plan = await registrationRepository(strapi).planFor(j.documentId, year, {
      calendar: true,
    });
    const requests = parseRows(
      requestRow,
      await strapi.db.query(REPORT_REQUEST).findMany({
        where: { jurisdiction: { slug }, year },
        orderBy: { id: 'asc' },
      }),
    ) as ReportRequest[];
    return dutiesOfYear(
      plan?.reportDuties ?? [],
      (plan?.calendar ?? []) as CalendarEntry[],
      year,
      requests,
    );
  }

  /**
   * The duties of many provinces' year at once (the Ministry's status of the nation): every
   * published plan and every request of the year read in one query each, not per province.
   */
  async function ofYearMany(slugs: string[], year: number): Promise<Map<string, ReportDuty[]>> {
    const plans = parseRows(
      z.object({
        documentId: z.string(),
        firstYear: z.number(),
        reportDuties: z.unknown().nullish(),
        calendar: z.array(z.unknown()).nullish(),
        jurisdiction: z.object({ slug: z.string() }).nullish(),
      }),
      await strapi.documents(PLAN).findMany({
        status: 'published',
        filters: { jurisdiction: { slug: { $in: slugs.length ? slugs : ['-'] } } },
        fields: ['firstYear', 'reportDuties'],
        populate: { calendar: true, jurisdiction: { fields: ['slug'] } } as never,
      }),
    );
    const requests = parseRows(
      requestRow.extend({ jurisdiction: z.object({ slug: z.string() }) }),
      await strapi.db.query(REPORT_REQUEST).findMany({
        where: { jurisdiction: { slug: { $in: slugs.length ? slugs : ['-'] } }, year },
        populate: { jurisdiction: { select: ['slug'] } },
        orderBy: { id: 'asc' },
      }),
    );
    const out = new Map<string, ReportDuty[]>();
    for (const slug of slugs) {
      const plan = planForYear(
        plans.filter((p) => p.jurisdiction?.slug === slug),
        year,
      );
      out.set(
        slug,
        dutiesOfYear(
          plan?.reportDuties ?? [],
          (plan?.calendar ?? []) as CalendarEntry[],
          year,
          requests
            .filter((r) => r.jurisdiction.slug === slug)
            .map(({ jurisdiction: _j, ...r }) => r) as ReportRequest[],
        ),
      );
    }
    return out;
  }

  async function one(slug: string, year: number, key: string): Promise<ReportDuty> {
    const duty = (await ofYear(slug, year)).find((d) => d.key === key);
    if (!duty)
      throw new DomainFailure(
        'not-found',
        `Năm ${year} không có nhiệm vụ báo cáo "${key}" của tỉnh / thành phố này.`,
      );
    return duty;
  }

  /** Who owes the province a report of a tier: its communes, and its departments with an officer. */
  async function reporters(slug: string, tiers: readonly ReportTier[]): Promise<Reporter[]> {
    const unit = z.object({ code: z.string(), name: z.string(), kind: z.string() });
    const out: Reporter[] = [];
    if (tiers.includes('department')) {
      const rows = await strapi.db.query(MEMBERSHIP).findMany({
        where: { role: 'department_officer', unit: { jurisdiction: { slug } } },
        populate: { unit: { select: ['code', 'name', 'kind', 'active'] } },
      });
      const seen = new Set<string>();
      for (const u of parseRows(unit, rows.map((r: { unit: unknown }) => r.unit).filter(Boolean))) {
        if (seen.has(u.code)) continue;
        seen.add(u.code);
        out.push({ ...u, name: unitDisplayName(u), tier: 'department' });
      }
    }
    if (tiers.includes('commune'))
      for (const u of parseRows(
        unit,
        await strapi.db.query(UNIT).findMany({
          where: { jurisdiction: { slug }, active: true, kind: { $in: [...communeKinds] } },
          select: ['code', 'name', 'kind'],
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
      ))
        out.push({ ...u, name: unitDisplayName(u), tier: 'commune' });
    return out;
  }

  return { place, ofYear, ofYearMany, one, reporters };
}
