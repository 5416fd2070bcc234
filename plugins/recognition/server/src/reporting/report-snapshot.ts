// A jurisdiction's year as a periodic report counts it: each registration in the state it was in
// at the end of the cut-off day (read from its audit trail), the recognitions whose decision was
// issued by then (revoked if revoked by then), and the plan's targets against those.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { CalendarEntry } from '../../../shared/domain/deadlines';
import {
  endOfVietnamDay,
  reportCutOff,
  stateAsOf,
  type ReportPeriod,
} from '../../../shared/domain/report-period';
import { defaultMaintenance, targetStates } from '../../../shared/domain/maintenance';
import { maintenanceRuleOf } from '../../../shared/domain/plan-rules';
import { evaluateTargets, type TargetDef } from '../../../shared/domain/targets';
import { DomainFailure, unwrap } from '../errors';
import { registrationRepository } from '../workflow';
import { JURISDICTION, RECOGNITION, REGISTRATION } from '../constants/uids';
import { decimal, instant, parseRows } from '../rows';

export type SnapshotRow = {
  code: string;
  unit: { name: string; kind: string };
  state: string;
  selfTotal: number | null;
  councilTotal: number | null;
  decisionNumber: string | null;
  serial: string | null;
  recognition: 'recognised' | 'maintained' | 'revoked' | null;
};

const counted = z.object({
  documentId: z.string(),
  state: z.string(),
  selfTotal: decimal.nullish(),
  councilTotal: decimal.nullish(),
  registeredAt: instant.nullish(),
  createdAt: instant,
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
});
const issued = z.object({
  status: z.enum(['recognised', 'maintained', 'revoked']),
  serial: z.string(),
  decisionNumber: z.string().nullish(),
  revokedAt: instant.nullish(),
  unit: z.object({ code: z.string() }).nullish(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async of(slug: string, year: number, period: ReportPeriod, picked?: string) {
    const jurisdiction = await strapi.db
      .query(JURISDICTION)
      .findOne({ where: { slug }, populate: ['reportSigner'] });
    if (!jurisdiction) throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${slug}".`);
    const plan = await registrationRepository(strapi).planFor(jurisdiction.documentId, year, {
      calendar: true,
      targets: true,
    });
    const cutOff = unwrap(
      reportCutOff(period, year, (plan?.calendar ?? []) as CalendarEntry[], picked),
    );
    const end = endOfVietnamDay(cutOff);
    const regs = parseRows(
      counted,
      await strapi.db.query(REGISTRATION).findMany({
        where: { year, unit: { jurisdiction: { id: jurisdiction.id } } },
        select: ['documentId', 'state', 'selfTotal', 'councilTotal', 'registeredAt', 'createdAt'],
        populate: { unit: { select: ['code', 'name', 'kind'] } },
        orderBy: { id: 'asc' },
      }),
    );
    // Only each event's time and the state it left, read out of its JSON by the database: the
    // marks and notes a score event carries are never sent (a nation's year has hundreds of
    // thousands). Times are compared in code, the same on SQLite's and PostgreSQL's columns.
    const stateOut =
      strapi.db.dialect.client === 'postgres'
        ? strapi.db.connection.raw(`"after"->>'state'`)
        : strapi.db.connection.raw(`json_extract("after", '$.state')`);
    const events = (await strapi.db
      .connection(strapi.db.metadata.get('plugin::recognition.audit-event' as never).tableName)
      .where('subject_type', 'registration')
      .whereIn('subject_id', regs.length ? regs.map((r) => r.documentId) : ['-'])
      .orderBy('seq', 'asc')
      .select('subject_id as subjectId', 'at', { state: stateOut })) as {
      subjectId: string;
      at: string | number | Date;
      state: string | null;
    }[];
    const trail = new Map<string, { at: Date; after: { state: string | null } }[]>();
    for (const e of events) {
      if (!trail.has(e.subjectId)) trail.set(e.subjectId, []);
      trail.get(e.subjectId)!.push({ at: new Date(e.at), after: { state: e.state } });
    }
    const recs = parseRows(
      issued,
      await strapi.db.query(RECOGNITION).findMany({
        where: {
          year,
          unit: { jurisdiction: { id: jurisdiction.id } },
          decisionDate: { $lte: cutOff },
        },
        select: ['status', 'serial', 'decisionNumber', 'revokedAt'],
        populate: { unit: { select: ['code'] } },
      }),
    );
    const recOf = new Map(recs.map((r) => [r.unit?.code, r]));
    const rows: SnapshotRow[] = [];
    for (const r of regs) {
      const events = trail.get(r.documentId);
      // A registration without any audit trail (written before the log existed) counts as it is now, from its registration day.
      const since = new Date(r.registeredAt ?? r.createdAt);
      const state = events ? stateAsOf(events, cutOff) : since <= end ? r.state : null;
      if (!state) continue;
      const rec = recOf.get(r.unit.code);
      const revoked = rec?.revokedAt && new Date(rec.revokedAt) <= end;
      rows.push({
        code: r.unit.code,
        unit: { name: r.unit.name, kind: r.unit.kind },
        state,
        selfTotal: r.selfTotal ?? null,
        councilTotal: r.councilTotal ?? null,
        decisionNumber: rec?.decisionNumber ?? null,
        serial: rec?.serial ?? null,
        recognition: rec
          ? revoked
            ? 'revoked'
            : rec.status === 'revoked'
              ? 'recognised'
              : rec.status
          : null,
      });
    }
    const byState: Record<string, number> = {};
    const achieved: Record<string, number> = {};
    // The targets count new titles, and maintained ones only where the plan says so.
    const toTargets: readonly string[] = targetStates(
      plan ? maintenanceRuleOf(plan) : defaultMaintenance,
    );
    for (const r of rows) {
      byState[r.state] = (byState[r.state] ?? 0) + 1;
      if (r.recognition && toTargets.includes(r.recognition))
        achieved[r.unit.kind] = (achieved[r.unit.kind] ?? 0) + 1;
    }
    return {
      jurisdiction: { slug, name: jurisdiction.name as string, row: jurisdiction },
      plan: plan ? { number: plan.number as string, selection: !!plan.selection } : null,
      period,
      year,
      cutOff,
      rows,
      byState,
      /** Units recognised (and maintained, where the plan counts them) by decisions issued by the cut-off, by kind: what the targets count. */
      achieved,
      targets: plan
        ? evaluateTargets(
            { minimum: plan.targetTotal, clause: plan.targetClause },
            (plan.targets ?? []) as TargetDef[],
            achieved,
          )
        : [],
    };
  },
});
