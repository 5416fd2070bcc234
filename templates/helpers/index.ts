// The only helpers templates may call (compiled with knownHelpersOnly).
import type { HelperDelegate } from 'handlebars';
import { formatDateLine, formatDateWords, formatShortDate } from './vietnamese-date';

export const helpers: Record<string, HelperDelegate> = {
  dateLine: (place: string, date: string) => formatDateLine(place, date),
  dateWords: (date: string) => formatDateWords(date),
  shortDate: (date: string) => formatShortDate(date),
  upper: (text: string) => String(text).toLocaleUpperCase('vi-VN'),
  eq: (a: unknown, b: unknown) => a === b,
  inc: (n: number) => n + 1,
};
