// The only helpers templates may call (compiled with knownHelpersOnly).
import Handlebars, { type HelperDelegate } from 'handlebars';
import {
  formatDateLine,
  formatDateWords,
  formatShortDate,
  formatSignTime,
} from './vietnamese-date';

export const helpers: Record<string, HelperDelegate> = {
  dateLine: (place: string, date: string) => formatDateLine(place, date),
  dateWords: (date: string) => formatDateWords(date),
  shortDate: (date: string) => formatShortDate(date),
  signTime: (iso: string) => formatSignTime(iso),
  upper: (text: string) => String(text).toLocaleUpperCase('vi-VN'),
  eq: (a: unknown, b: unknown) => a === b,
  inc: (n: number) => n + 1,
  /** A section's Roman numeral, as Vietnamese reports number their parts: 1 → I, 4 → IV. */
  roman: (n: number) =>
    ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n),
  /** Escaped text whose hyphenated tokens ("3554/QĐ-BCA-V05") never break across lines. */
  keep: (text: string) =>
    new Handlebars.SafeString(
      Handlebars.escapeExpression(String(text)).replace(
        /[^\s<>]*[^\s<>-]-[^\s<>]+/g,
        (m) => `<span class="nb">${m}</span>`,
      ),
    ),
};
