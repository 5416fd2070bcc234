// The Ministry's view of the reports that come up to it: for every province in the caller's
// scope, each duty of the year whose report goes to the Ministry, with its state (received, sent
// and awaiting receipt, or not sent: not yet due, due, overdue), its number and dates. Nothing
// below a province's compiled report is read here (no unit, no person).
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { dutyStatus, dutyStatusLabels, type ReportRecipient } from '../../../shared/domain/reports';
import { listScope, type Scope } from '../../../shared/domain/scope';
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import { clockService } from '../config';
import { ACT, JURISDICTION, RECEIVED_REPORT } from '../constants/uids';
import { unwrap } from '../errors';
import { instant, isoDay, parseRows } from '../rows';
import { reportDuties } from './duties';

const province = z.object({ slug: z.string(), name: z.string() });
const issued = z.object({
  documentId: z.string(),
  subject: z.string(),
  number: z.string().nullish(),
  date: isoDay.nullish(),
  dispatches: z
    .array(
      z.object({ recipient: z.string(), sentAt: z.string(), receivedAt: z.string().nullable() }),
    )
    .nullish(),
  jurisdiction: z.object({ slug: z.string() }),
});

export const upwardStates = {
  received: 'Đã nhận',
  sent: 'Đã gửi, chờ xác nhận',
} as const;

export function nationalReports(strapi: Core.Strapi) {
  const duties = reportDuties(strapi);
  return async function status(
    scope: Scope,
    year: number,
    recipient: ReportRecipient = 'ministry',
    asked?: string,
  ) {
    const today = vietnamDay(clockService(strapi).now());
    const allowed = unwrap(listScope(scope, asked));
    const provinces = parseRows(
      province,
      await strapi.db.query(JURISDICTION).findMany({
        where: allowed === 'all' ? {} : { slug: { $in: allowed } },
        select: ['slug', 'name'],
        orderBy: { name: 'asc' },
      }),
    );
    const acts = parseRows(
      issued,
      await strapi.db.query(ACT).findMany({
        where: {
          year,
          kind: 'report',
          status: 'issued',
          jurisdiction: { slug: { $in: provinces.map((p) => p.slug) } },
        },
        populate: { jurisdiction: { select: ['slug'] } },
      }),
    );
    // Reports taken in from provinces that run their own installation (reports/exchange.ts).
    const imported = parseRows(
      z.object({
        documentId: z.string(),
        subject: z.string(),
        title: z.string(),
        number: z.string(),
        date: isoDay.nullish(),
        receivedAt: instant,
        jurisdiction: z.object({ slug: z.string() }),
      }),
      await strapi.db.query(RECEIVED_REPORT).findMany({
        where: { year, jurisdiction: { slug: { $in: provinces.map((p) => p.slug) } } },
        populate: { jurisdiction: { select: ['slug'] } },
      }),
    );
    const dutiesOf = await duties.ofYearMany(
      provinces.map((p) => p.slug),
      year,
    );
    const out = [];
    for (const p of provinces) {
      const rows = [];
      for (const d of dutiesOf.get(p.slug) ?? []) {
        if (!d.recipients.includes(recipient)) continue;
        const act = acts.find((a) => a.jurisdiction.slug === p.slug && a.subject === d.key);
        const taken = imported.find((r) => r.jurisdiction.slug === p.slug && r.subject === d.key);
        if (taken && recipient === 'ministry' && !act?.dispatches?.length) {
          const own = dutyStatus(d.due, today, taken.receivedAt.slice(0, 10));
          rows.push({
            key: d.key,
            label: d.label,
            due: d.due,
            state: 'received',
            stateLabel: `${upwardStates.received} (gói từ hệ thống của tỉnh)${own === 'late' ? ' (gửi muộn)' : ''}`,
            late: own === 'late',
            imported: true,
            act: {
              documentId: taken.documentId,
              number: taken.number,
              date: taken.date ?? null,
              sentAt: taken.receivedAt,
              receivedAt: taken.receivedAt,
            },
          });
          continue;
        }
        const sent = act?.dispatches?.find((x) => x.recipient === recipient);
        const own = dutyStatus(d.due, today, sent?.sentAt.slice(0, 10));
        const state = sent?.receivedAt ? 'received' : sent ? 'sent' : own;
        rows.push({
          key: d.key,
          label: d.label,
          due: d.due,
          state,
          stateLabel:
            state === 'received' || state === 'sent'
              ? `${upwardStates[state]}${own === 'late' ? ' (gửi muộn)' : ''}`
              : dutyStatusLabels[own],
          late: own === 'late' || own === 'overdue',
          imported: false,
          act:
            act && sent
              ? {
                  documentId: act.documentId,
                  number: act.number ?? null,
                  date: act.date ?? null,
                  sentAt: sent.sentAt,
                  receivedAt: sent.receivedAt,
                }
              : null,
        });
      }
      // A report the province asked of itself on its own installation (a request this one does
      // not know) is still a report received.
      for (const r of imported)
        if (r.jurisdiction.slug === p.slug && !rows.some((x) => x.key === r.subject))
          rows.push({
            key: r.subject,
            label: r.title,
            due: r.date ?? r.receivedAt.slice(0, 10),
            state: 'received',
            stateLabel: `${upwardStates.received} (gói từ hệ thống của tỉnh)`,
            late: false,
            imported: true,
            act: {
              documentId: r.documentId,
              number: r.number,
              date: r.date ?? null,
              sentAt: r.receivedAt,
              receivedAt: r.receivedAt,
            },
          });
      out.push({ slug: p.slug, name: p.name, reports: rows });
    }
    const all = out.flatMap((p) => p.reports);
    return {
      year,
      today,
      counts: {
        due: all.filter((r) => r.state === 'due' || r.state === 'overdue').length,
        overdue: all.filter((r) => r.state === 'overdue').length,
        sent: all.filter((r) => r.state === 'sent').length,
        received: all.filter((r) => r.state === 'received').length,
      },
      provinces: out,
    };
  };
}
