// The dashboard of a jurisdiction's year: targets against achievements, registrations by state,
// and the deadlines still ahead.
import { vietnamDay } from '../../../shared/domain/vietnam-time';
import type { Core } from '@strapi/strapi';
import { deadlinesForYear, type CalendarEntry } from '../../../shared/domain/deadlines';
import { availableReports } from '../../../shared/domain/report-period';
import { maintenanceRuleOf } from '../../../shared/domain/plan-rules';
import { evaluateTargets, tally, type TargetDef } from '../../../shared/domain/targets';
import { DomainFailure } from '../errors';
import { countByProvince, registrationRepository } from '../workflow';
import { clockService } from '../config';
import { JURISDICTION } from '../constants/uids';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(jurisdictionSlug: string, year: number) {
    const jurisdiction = await strapi.db
      .query(JURISDICTION)
      .findOne({ where: { slug: jurisdictionSlug } });
    if (!jurisdiction)
      throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${jurisdictionSlug}".`);
    const plan = await registrationRepository(strapi).planFor(jurisdiction.documentId, year, {
      calendar: true,
      targets: true,
    });
    const {
      registrations,
      byState,
      achievedByKind: achieved,
      selectedByKind,
    } = tally(
      await countByProvince(strapi, year, [jurisdiction.slug]),
      !!plan?.selection,
      plan ? maintenanceRuleOf(plan) : undefined,
    );
    const today = vietnamDay(clockService(strapi).now());
    return {
      jurisdiction: { slug: jurisdiction.slug, name: jurisdiction.name },
      year,
      plan: plan ? { number: plan.number } : null,
      targets: plan
        ? evaluateTargets(
            { minimum: plan.targetTotal, clause: plan.targetClause },
            (plan.targets ?? []) as TargetDef[],
            achieved,
            selectedByKind,
          )
        : [],
      // Where the plan has the selection step, the registrants chosen to build count toward the
      // targets before any is recognised.
      selection: !!plan?.selection,
      achievedByKind: achieved,
      registrationsByState: byState,
      registrations,
      upcomingDeadlines: plan
        ? deadlinesForYear((plan.calendar ?? []) as CalendarEntry[], year).filter(
            (d) => d.date >= today,
          )
        : [],
      // The periodic reports of the year, each with the day it counts up to by default.
      reports: availableReports(year, (plan?.calendar ?? []) as CalendarEntry[]),
    };
  },
});
