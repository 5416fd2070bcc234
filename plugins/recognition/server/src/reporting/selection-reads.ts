// The province's choice of its year's registrants, as the secretariat (who advises) and the
// approver (who decides for the People's Committee) read it: the plan's step and its date, each
// registrant with the advice and the decision, and the targets with the units selected so far.
import type { Core } from '@strapi/strapi';
import { deadlineOf, type CalendarEntry } from '../../../shared/domain/deadlines';
import type { EventType } from '../../../shared/domain/states';
import { maintenanceRuleOf } from '../../../shared/domain/plan-rules';
import { evaluateTargets, tally, type TargetDef } from '../../../shared/domain/targets';
import type { Actor } from '../../../shared/domain/workflow';
import { clockService } from '../config';
import { JURISDICTION, REGISTRATION } from '../constants/uids';
import { DomainFailure } from '../errors';
import { allowedFor, registrationRepository } from '../workflow';
import type { selectionYear } from '../../../shared/contracts/responses';
import type { z } from 'zod';

const selectionSteps: readonly EventType[] = ['propose_selection', 'select', 'not_select'];

type Row = {
  documentId: string;
  year: number;
  state: string;
  conflicts: { email: string }[] | null;
  rules: { selection?: boolean } | null;
  selection: z.infer<typeof selectionYear>['registrants'][number]['selection'];
  stateReason: string | null;
  unit: { code: string; name: string; kind: string };
};

export function selectionReads(strapi: Core.Strapi) {
  return async function selectionOf(
    actor: Actor,
    jurisdiction: string,
    year: number,
  ): Promise<z.infer<typeof selectionYear>> {
    const place = await strapi.db.query(JURISDICTION).findOne({ where: { slug: jurisdiction } });
    if (!place)
      throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${jurisdiction}".`);
    const plan = await registrationRepository(strapi).planFor(place.documentId, year, {
      calendar: true,
      targets: true,
    });
    const rows = (await strapi.db.query(REGISTRATION).findMany({
      where: { year, unit: { jurisdiction: { slug: jurisdiction } } },
      select: ['documentId', 'year', 'state', 'conflicts', 'rules', 'selection', 'stateReason'],
      populate: { unit: { select: ['code', 'name', 'kind'] } },
      orderBy: { id: 'asc' },
    })) as Row[];
    const now = clockService(strapi).now();
    const counts = tally(
      rows.map((r) => ({ state: r.state, kind: r.unit.kind, n: 1 })),
      !!plan?.selection,
      plan ? maintenanceRuleOf(plan) : undefined,
    );
    const deadline = plan
      ? deadlineOf((plan.calendar ?? []) as CalendarEntry[], year, 'police_advice')
      : undefined;
    return {
      jurisdiction: { slug: place.slug, name: place.name },
      year,
      plan: plan
        ? {
            number: plan.number,
            selection: !!plan.selection,
            clause: plan.selectionClause ?? null,
          }
        : null,
      deadline: deadline
        ? { label: deadline.label, date: deadline.date, clause: deadline.clause }
        : null,
      targets: plan
        ? evaluateTargets(
            { minimum: plan.targetTotal, clause: plan.targetClause },
            (plan.targets ?? []) as TargetDef[],
            counts.achievedByKind,
            counts.selectedByKind,
          ).map(({ label, minimum, selected, clause }) => ({ label, minimum, selected, clause }))
        : [],
      registrants: rows.map((r) => ({
        documentId: r.documentId,
        unit: { code: r.unit.code, name: r.unit.name, kind: r.unit.kind },
        state: r.state as z.infer<typeof selectionYear>['registrants'][number]['state'],
        selection: r.selection ?? null,
        stateReason: r.stateReason ?? null,
        allowedEvents: allowedFor(actor, r, now).filter((e) => selectionSteps.includes(e)),
      })),
    };
  };
}
