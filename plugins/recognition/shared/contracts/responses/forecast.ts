// The province's list of the units' expected-results reports (GET /recognition/forecasts): the
// plan's date, how many expect each outcome and how many have not reported, and each unit.
import { z } from 'zod';
import { forecastRecord } from '../../domain/registration/forecast';
import { states } from '../../domain/states';
import { num, unit } from './common';

export const forecastYear = z.object({
  jurisdiction: z.object({ slug: z.string(), name: z.string() }),
  year: num,
  deadline: z.object({ label: z.string(), date: z.string(), clause: z.string() }).nullable(),
  counts: z.object({ achieve: num, maintain: num, not_this_year: num, missing: num }),
  units: z.array(
    z.object({
      documentId: z.string(),
      unit,
      state: z.enum(states),
      forecast: forecastRecord.extend({ label: z.string() }).nullable(),
    }),
  ),
});
