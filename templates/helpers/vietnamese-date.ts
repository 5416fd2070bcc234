// Date wording of Decree 30/2020/NĐ-CP: "Huế, ngày 08 tháng 12 năm 2026", with a leading zero
// for days below 10 and for months 1 and 2; a day that is not known stays blank as in the source.

/** An ISO date "2026-12-08", or "2026-01-??" when the day is not known. */
export type IsoDateMaybeDay = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2}|\?\?)$/;

export function parseIsoDate(value: IsoDateMaybeDay): {
  year: number;
  month: number;
  day: number | null;
} {
  const m = pattern.exec(value);
  if (!m) throw new Error(`Ngày không hợp lệ: "${value}" (expected YYYY-MM-DD or YYYY-MM-??)`);
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] === '??' ? null : Number(m[3]) };
}

export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 08 tháng 12 năm 2026"; an unknown day leaves room for it to be written in by hand. */
export function formatDateWords(value: IsoDateMaybeDay): string {
  const { year, month, day } = parseIsoDate(value);
  const dayText = day === null ? '\u00a0\u00a0\u00a0\u00a0' : formatDay(day);
  return `ngày ${dayText} tháng ${formatMonth(month)} năm ${year}`;
}

/** "Huế, ngày 08 tháng 12 năm 2026". */
export function formatDateLine(place: string, value: IsoDateMaybeDay): string {
  return `${place}, ${formatDateWords(value)}`;
}

/** "08/12/2026", for lists and tables. */
export function formatShortDate(value: IsoDateMaybeDay): string {
  const { year, month, day } = parseIsoDate(value);
  return `${day === null ? '..' : String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * The signing moment as Vietnamese read it under a digital signature: "Ký số lúc 10:00:00 ngày
 * 08/12/2026" from "2026-12-08T10:00:00+07:00" (the document's data keeps the ISO form, in
 * Vietnam's time, which is what the line states).
 */
export function formatSignTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})\+07:00$/.exec(iso);
  if (!m)
    throw new Error(`Thời điểm ký không hợp lệ: "${iso}" (expected YYYY-MM-DDThh:mm:ss+07:00)`);
  return `Ký số lúc ${m[4]} ngày ${m[3]}/${m[2]}/${m[1]}`;
}
