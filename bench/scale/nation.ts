// The country loaded through the workflow services, as bench:scale and bench:backup both need it:
// every province and commune, the organisations, then each year's registrations and the reports
// its communes and provinces send up.
import { arg } from '../pdf/measure';
import { loadCountry } from './reference';
import { loadYear } from './years';
import { loadReports } from './hierarchy';

export type NationOptions = {
  provinces: number;
  communes: number;
  organisations: number;
  years: number;
  concurrency: number;
  drafts: number;
  /** The share of units registering each year; every commune still files its reports. */
  share: number;
};

export const FIRST_YEAR = 2020;

/** The country's size from the command line; each benchmark gives its own years and share. */
export const nationOptions = (years: number, share: number): NationOptions => ({
  provinces: arg('provinces', 34),
  communes: arg('communes', 3321),
  organisations: arg('organisations', 10_000),
  years: arg('years', years),
  concurrency: arg('concurrency', 6),
  drafts: arg('drafts', 2),
  share: arg('share', share),
});

const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(0);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadNation(strapi: any, opts: NationOptions) {
  const lastYear = FIRST_YEAR + opts.years - 1;
  const started = performance.now();
  const country = await loadCountry(strapi, {
    ...opts,
    firstYear: FIRST_YEAR,
    lastYear,
    bigProvinceOrganisations: Math.min(1_600, Math.floor(opts.organisations / 5)),
  });
  const big: string = country.provinces[2]?.slug ?? country.provinces[0].slug;
  console.log(
    `country: ${country.provinces.length} provinces, ${country.units.length} units in ${seconds(started)} s`,
  );
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    const t = performance.now();
    const counts = await loadYear(strapi, country, year, {
      concurrency: opts.concurrency,
      leaveProposed: year === lastYear ? big : undefined,
      revokePerProvince: year === lastYear ? 0 : 1,
      drafts: opts.drafts,
      share: opts.share,
    });
    const reported = await loadReports(strapi, country, year, opts.concurrency);
    const events = await strapi.db.query('plugin::recognition.audit-event').count();
    console.log(
      `year ${year}: ${Object.entries({ ...counts, ...reported })
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} in ${seconds(t)} s; audit events so far ${events}`,
    );
  }
  return { country, big, lastYear, loadSeconds: (performance.now() - started) / 1000 };
}
