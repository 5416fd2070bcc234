// A plan's yearly targets against what was achieved: the total, and each per-kind target
// (for example one xã, one phường, and one cơ quan or doanh nghiệp or cơ sở giáo dục).

import { isUnitKind, kindFlags, type KindFlags } from './units';

export type { KindFlags } from './units';
export type TargetDef = KindFlags & { label: string; minimum: number; clause?: string | null };
export type TargetStatus = {
  label: string;
  minimum: number;
  achieved: number;
  met: boolean;
  clause: string | null;
};

/** `achieved` counts recognised (or maintained) units of the year by unit kind. */
export function evaluateTargets(
  total: { minimum: number; clause?: string | null },
  targets: TargetDef[],
  achieved: Record<string, number>,
): TargetStatus[] {
  const sum = Object.values(achieved).reduce((s, n) => s + n, 0);
  const rows: TargetStatus[] = [
    {
      label: 'Tổng số đơn vị đạt điển hình',
      minimum: total.minimum,
      achieved: sum,
      met: sum >= total.minimum,
      clause: total.clause ?? null,
    },
  ];
  for (const t of targets) {
    const count = Object.entries(achieved).reduce(
      (s, [kind, n]) => s + (isUnitKind(kind) && t[kindFlags[kind]] ? n : 0),
      0,
    );
    rows.push({
      label: t.label,
      minimum: t.minimum,
      achieved: count,
      met: count >= t.minimum,
      clause: t.clause ?? null,
    });
  }
  return rows;
}

/** The registration states that count towards a year's targets. */
export const achievingStates: readonly string[] = ['recognised', 'maintained'];

export type Tally = {
  registrations: number;
  byState: Record<string, number>;
  achievedByKind: Record<string, number>;
};

/** A year's registrations counted by state, and the achieving ones by unit kind, from rows of (state, kind, how many). */
export function tally(rows: { state: string; kind: string; n: number }[]): Tally {
  const t: Tally = { registrations: 0, byState: {}, achievedByKind: {} };
  for (const { state, kind, n } of rows) {
    t.registrations += n;
    t.byState[state] = (t.byState[state] ?? 0) + n;
    if (achievingStates.includes(state)) t.achievedByKind[kind] = (t.achievedByKind[kind] ?? 0) + n;
  }
  return t;
}
