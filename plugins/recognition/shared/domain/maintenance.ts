// Maintaining the title (duy trì) as a track of its own: what the plan says maintaining means
// (holding the title the year before, or at any year before), which units are due to maintain in
// a year and where each stands, who lapsed, how many consecutive years a unit has held it, and
// which holders' next-year result (the safety rating lost) calls for a review of their title.
// Pure: the services load the recognitions, registrations and results.
import { closedStates, recognisedStates } from './states';

/** What the plan says of maintaining, with its clause; both seeds read it as the year before. */
export type MaintenanceRule = {
  /** Maintaining means holding the title the year before; otherwise any earlier year counts. */
  consecutive: boolean;
  /** Whether the targets ("xây dựng ít nhất …") count maintained units; both seeds count new ones. */
  targetsCountMaintained: boolean;
  clause: string | null;
};
export const defaultMaintenance: MaintenanceRule = {
  consecutive: true,
  targetsCountMaintained: false,
  clause: null,
};

/** A unit's title in one year, as its recognitions say (a revoked one is no title). */
export type Title = { year: number; status: 'recognised' | 'maintained' | 'revoked' };

const held = (titles: Title[], year: number) =>
  titles.some((t) => t.year === year && t.status !== 'revoked');

/** Whether a recognition in `year` maintains the title rather than granting it anew. */
export function maintains(titles: Title[], year: number, rule: MaintenanceRule): boolean {
  if (rule.consecutive) return held(titles, year - 1);
  return titles.some((t) => t.year < year && t.status !== 'revoked');
}

/** The years in a row, ending with `year`, the unit has held the title (0 when not in `year`). */
export function consecutiveYears(titles: Title[], year: number): number {
  let n = 0;
  while (held(titles, year - n)) n += 1;
  return n;
}

/** The registration states that count towards the plan's targets ("build at least …"). */
export const targetStates = (rule: Pick<MaintenanceRule, 'targetsCountMaintained'>) =>
  rule.targetsCountMaintained ? recognisedStates : (['recognised'] as const);

export const maintenanceStatuses = [
  'maintained',
  'in_progress',
  'not_registered',
  'lapsed',
] as const;
export type MaintenanceStatus = (typeof maintenanceStatuses)[number];
export const maintenanceStatusLabels: Record<MaintenanceStatus, string> = {
  maintained: 'Đã duy trì',
  in_progress: 'Đang thực hiện',
  not_registered: 'Chưa đăng ký duy trì',
  lapsed: 'Không duy trì được',
};

export type DueUnit = {
  unit: { code: string; name: string; kind: string };
  /** The unit's titles, every year on record. */
  titles: Title[];
  /** Its registration of the year, if any. */
  state: string | null;
  /** Its result of the year, where recorded: the safety rating. */
  anttSafe: boolean | null;
};

export type MaintenanceRow = {
  unit: DueUnit['unit'];
  /** Years in a row the unit has held the title up to the year before. */
  heldYears: number;
  state: string | null;
  status: MaintenanceStatus;
  /** Why its title calls for a review: the year's result loses "An toàn về an ninh, trật tự". */
  flags: 'safety_lost'[];
};

/**
 * The year's maintenance list: every unit holding the title the year before, with where it
 * stands. One that registered is in progress until recognised (maintained) or its year closes
 * without (lapsed); one that never registered lapses once the year is over (`yearOver`).
 */
export function maintenanceList(due: DueUnit[], year: number, yearOver: boolean): MaintenanceRow[] {
  return due
    .filter((d) => held(d.titles, year - 1))
    .map((d) => {
      const status: MaintenanceStatus =
        d.state && (recognisedStates as readonly string[]).includes(d.state)
          ? 'maintained'
          : d.state && (closedStates as readonly string[]).includes(d.state)
            ? 'lapsed'
            : d.state
              ? yearOver
                ? 'lapsed'
                : 'in_progress'
              : yearOver
                ? 'lapsed'
                : 'not_registered';
      return {
        unit: d.unit,
        heldYears: consecutiveYears(d.titles, year - 1),
        state: d.state,
        status,
        flags: d.anttSafe === false ? ['safety_lost' as const] : [],
      };
    })
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
}
