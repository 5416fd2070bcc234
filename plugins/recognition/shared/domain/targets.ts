// A plan's yearly targets against what was achieved: the total, and each per-kind target
// (for example one xã, one phường, and one cơ quan or doanh nghiệp or cơ sở giáo dục).

import { defaultMaintenance, targetStates, type MaintenanceRule } from './maintenance';
import { selectedStates } from './states';
import { isUnitKind, kindFlags, type KindFlags } from './units';

export type { KindFlags } from './units';
export type TargetDef = KindFlags & { label: string; minimum: number; clause?: string | null };
export type TargetStatus = {
  label: string;
  minimum: number;
  achieved: number;
  met: boolean;
  clause: string | null;
  /** Registrants chosen to build toward this target (every registrant without a selection step). */
  selected: number;
};

const sumOf = (byKind: Record<string, number>, t?: KindFlags) =>
  Object.entries(byKind).reduce(
    (s, [kind, n]) => s + (!t || (isUnitKind(kind) && t[kindFlags[kind]]) ? n : 0),
    0,
  );

/** `achieved` counts the units of the year the targets count by unit kind (new titles, and maintained ones where the plan says), `selected` the units chosen to build. */
export function evaluateTargets(
  total: { minimum: number; clause?: string | null },
  targets: TargetDef[],
  achieved: Record<string, number>,
  selected: Record<string, number> = {},
): TargetStatus[] {
  const row = (label: string, minimum: number, clause: string | null, t?: KindFlags) => {
    const count = sumOf(achieved, t);
    return {
      label,
      minimum,
      achieved: count,
      met: count >= minimum,
      clause,
      selected: sumOf(selected, t),
    };
  };
  return [
    row('Tổng số đơn vị đạt điển hình', total.minimum, total.clause ?? null),
    ...targets.map((t) => row(t.label, t.minimum, t.clause ?? null, t)),
  ];
}

/** The registration states of a unit holding the title for the year (new or maintained). */
export const achievingStates: readonly string[] = ['recognised', 'maintained'];

export type Tally = {
  registrations: number;
  byState: Record<string, number>;
  /** What counts towards the targets, by unit kind: new titles, and maintained ones where the plan says. */
  achievedByKind: Record<string, number>;
  maintainedByKind: Record<string, number>;
  selectedByKind: Record<string, number>;
};

/**
 * A year's registrations counted by state, the achieving ones and the selected ones by unit kind,
 * from rows of (state, kind, how many); `selection` says whether the plan has the selection step.
 */
export function tally(
  rows: { state: string; kind: string; n: number }[],
  selection = false,
  rule: Pick<MaintenanceRule, 'targetsCountMaintained'> = defaultMaintenance,
): Tally {
  const t: Tally = {
    registrations: 0,
    byState: {},
    achievedByKind: {},
    maintainedByKind: {},
    selectedByKind: {},
  };
  const counted: readonly string[] = targetStates(rule);
  const chosen: readonly string[] = selectedStates(selection);
  const add = (to: Record<string, number>, kind: string, n: number) => {
    to[kind] = (to[kind] ?? 0) + n;
  };
  for (const { state, kind, n } of rows) {
    t.registrations += n;
    add(t.byState, state, n);
    if (counted.includes(state)) add(t.achievedByKind, kind, n);
    if (state === 'maintained') add(t.maintainedByKind, kind, n);
    if (chosen.includes(state)) add(t.selectedByKind, kind, n);
  }
  return t;
}
