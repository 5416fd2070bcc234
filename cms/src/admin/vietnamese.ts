// Runs once, before the admin panel renders: what a Vietnamese provincial office should see
// without choosing anything.

const LANGUAGE_KEY = 'strapi-admin-language';

export function preferVietnamese(): void {
  // Strapi starts in English unless the browser stored a choice; Vietnamese is ours. A user who
  // picks English (login page or profile) keeps it: the choice is stored under the same key.
  if (!localStorage.getItem(LANGUAGE_KEY)) localStorage.setItem(LANGUAGE_KEY, 'vi');
  document.documentElement.lang = localStorage.getItem(LANGUAGE_KEY) ?? 'vi';
  dismissVendorBanners();
  yearsWithoutSeparator();
}

/**
 * Strapi's "new Media Library" banner is dismissed per project id (false when telemetry is off,
 * as here) and per feature-flag state; marking every combination dismissed keeps it away.
 */
function dismissVendorBanners(): void {
  for (const flag of ['true', 'false'])
    for (const scope of ['false', 'dienhinh-cms', 'undefined'])
      localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${flag}:${scope}`, 'true');
  localStorage.setItem(
    'STRAPI_NPS_SURVEY_SETTINGS',
    JSON.stringify({
      enabled: false,
      lastResponseDate: null,
      firstDismissalDate: null,
      lastDismissalDate: null,
    }),
  );
}

/**
 * Vietnamese groups thousands with a dot, and CLDR groups from four digits, so the admin showed
 * years as "2.026" in lists and number inputs. Grouping from five digits ("min2": 2026, 12.500)
 * keeps large numbers readable and years as they are written. Every number formatter in the
 * panel (react-intl, the design system's inputs) is built on Intl.NumberFormat, so it is set here.
 */
function yearsWithoutSeparator(): void {
  const Native = Intl.NumberFormat;
  if ((Native as unknown as { dienhinh?: boolean }).dienhinh) return;
  const Patched = function (
    this: unknown,
    locales?: string | string[],
    options?: Intl.NumberFormatOptions,
  ) {
    const grouping = options?.useGrouping;
    const o =
      grouping === undefined || grouping === true
        ? { ...options, useGrouping: 'min2' as unknown as boolean }
        : options;
    return new Native(locales, o);
  } as unknown as typeof Intl.NumberFormat;
  Object.assign(Patched, { supportedLocalesOf: Native.supportedLocalesOf, dienhinh: true });
  Patched.prototype = Native.prototype;
  Intl.NumberFormat = Patched;
}
