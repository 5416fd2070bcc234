// The unit's report of the result it expects this year (the plan's expected_results date): to
// achieve the title, to maintain it (a unit recognised before), or not this year, with a note.
// Sent once; the province reads the year's forecasts as a list (reporting/forecast-reads.ts).
import { z } from 'zod';
import { err, ok, type Result } from '../errors';
import type { RegistrationEvent } from './events';
import type { RegistrationRecord } from './record';

export const forecastOutcomes = ['achieve', 'maintain', 'not_this_year'] as const;
export type ForecastOutcome = (typeof forecastOutcomes)[number];
export const forecastLabels: Record<ForecastOutcome, string> = {
  achieve: 'Dự kiến đạt điển hình',
  maintain: 'Dự kiến duy trì điển hình',
  not_this_year: 'Dự kiến năm nay chưa đạt',
};
/** The forecast as stored and as answered (one schema for the row and the contracts). */
export const forecastRecord = z.object({
  outcome: z.enum(forecastOutcomes),
  note: z.string().nullable(),
  at: z.string(),
});
export type ForecastRecord = z.infer<typeof forecastRecord>;

export type ForecastCommand = {
  type: 'forecast';
  outcome: ForecastOutcome;
  note?: string;
  /** Whether the unit holds a recognition of an earlier year: it then maintains, it does not achieve. */
  previouslyRecognised: boolean;
};

/** The outcomes open to a unit: one recognised before maintains its title, a new one achieves it. */
export const forecastOptions = (previouslyRecognised: boolean): ForecastOutcome[] =>
  previouslyRecognised ? ['maintain', 'not_this_year'] : ['achieve', 'not_this_year'];

export function decideForecast(
  _r: RegistrationRecord,
  c: ForecastCommand,
  at: string,
): Result<RegistrationEvent[]> {
  const options = forecastOptions(c.previouslyRecognised);
  if (!options.includes(c.outcome))
    return err(
      'invalid-input',
      `Dự kiến kết quả phải là: ${options.map((o) => forecastLabels[o].toLocaleLowerCase('vi-VN')).join(' hoặc ')}.`,
      { allowed: options },
    );
  const note = c.note?.trim() || null;
  if (c.outcome === 'not_this_year' && (!note || note.length < 5))
    return err('reason-required', 'Cần ghi lý do dự kiến năm nay chưa đạt (ít nhất 5 ký tự).');
  return ok([{ type: 'forecast', forecast: { outcome: c.outcome, note, at } }]);
}
