// The province's forecast of its year: every unit still in the running (selected, or registered
// in a plan without selection) with the result its expected-results report announced, or none
// yet; the counts by outcome and of units that have not reported, against the plan's date.
import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import type { forecastYear } from '../../../shared/contracts/responses';
import { deadlineOf, type CalendarEntry } from '../../../shared/domain/deadlines';
import { forecastLabels, type ForecastRecord } from '../../../shared/domain/registration';
import { closedStates, selectedStates, type State } from '../../../shared/domain/states';
import { JURISDICTION, REGISTRATION } from '../constants/uids';
import { DomainFailure } from '../errors';
import { registrationRepository } from '../workflow';

type Row = {
  documentId: string;
  state: State;
  forecast: ForecastRecord | null;
  unit: { code: string; name: string; kind: string };
};

export function forecastReads(strapi: Core.Strapi) {
  return async function forecastOf(
    jurisdiction: string,
    year: number,
  ): Promise<z.infer<typeof forecastYear>> {
    const place = await strapi.db.query(JURISDICTION).findOne({ where: { slug: jurisdiction } });
    if (!place)
      throw new DomainFailure('not-found', `Không có tỉnh / thành phố "${jurisdiction}".`);
    const plan = await registrationRepository(strapi).planFor(place.documentId, year, {
      calendar: true,
    });
    const inRunning: readonly State[] = selectedStates(!!plan?.selection);
    const rows = (
      (await strapi.db.query(REGISTRATION).findMany({
        where: { year, unit: { jurisdiction: { slug: jurisdiction } } },
        select: ['documentId', 'state', 'forecast'],
        populate: { unit: { select: ['code', 'name', 'kind'] } },
        orderBy: { id: 'asc' },
      })) as Row[]
    ).filter((r) => inRunning.includes(r.state) && !closedStates.includes(r.state));
    const counts = { achieve: 0, maintain: 0, not_this_year: 0, missing: 0 };
    for (const r of rows) counts[r.forecast?.outcome ?? 'missing'] += 1;
    const deadline = plan
      ? deadlineOf((plan.calendar ?? []) as CalendarEntry[], year, 'expected_results')
      : undefined;
    return {
      jurisdiction: { slug: place.slug, name: place.name },
      year,
      deadline: deadline
        ? { label: deadline.label, date: deadline.date, clause: deadline.clause }
        : null,
      counts,
      units: rows.map((r) => ({
        documentId: r.documentId,
        unit: { code: r.unit.code, name: r.unit.name, kind: r.unit.kind },
        state: r.state,
        forecast: r.forecast ? { ...r.forecast, label: forecastLabels[r.forecast.outcome] } : null,
      })),
    };
  };
}
