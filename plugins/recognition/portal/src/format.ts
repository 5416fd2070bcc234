// How the portal writes dates, numbers and sizes: Vietnamese conventions, one place.
const pad = (n: number) => String(n).padStart(2, '0');

/** A day as dd/mm/yyyy, from an ISO day or an ISO time (read in Vietnam's time zone). */
export function date(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso.split('-').reverse().join('/');
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}

/** A moment as hh:mm dd/mm/yyyy, in Vietnam's time. */
export function moment(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Points as Vietnamese write them: "12,5". */
export const points = (n: number | null | undefined) =>
  n == null ? '—' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

export function size(bytes: number | null): string {
  if (bytes == null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${points(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

export function daysLeft(n: number): string {
  if (n === 0) return 'hạn là hôm nay';
  if (n === 1) return 'còn 1 ngày';
  return `còn ${n} ngày`;
}
export { unitDisplayName as unitName } from '../../shared/domain/units';
