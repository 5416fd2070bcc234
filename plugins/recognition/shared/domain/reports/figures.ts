// The figures a report states, counted from the year's registrations as they stood at its cut-off
// (each with its state then, and its recognition by a decision issued by then). Pure.
import { selectedStates, submittedStates, type State } from '../states';
import type { ReportFigures } from './sections';

export function countFigures(
  rows: { state: string; recognition: string | null }[],
  units: number,
  cutOff: string,
  selection: boolean,
): ReportFigures {
  const chosen = selectedStates(selection);
  const count = (p: (r: (typeof rows)[number]) => boolean) => rows.filter(p).length;
  return {
    cutOff,
    units,
    registered: rows.length,
    selected: count((r) => chosen.includes(r.state as State)),
    submitted: count((r) => submittedStates.includes(r.state as State)),
    recognised: count((r) => r.recognition === 'recognised'),
    maintained: count((r) => r.recognition === 'maintained'),
  };
}

/** The figures of several reports added up (the province's roll-up of its tiers', the nation's). */
export function addFigures(all: ReportFigures[], cutOff: string): ReportFigures {
  const sum = (k: Exclude<keyof ReportFigures, 'cutOff'>) => all.reduce((n, f) => n + f[k], 0);
  return {
    cutOff,
    units: sum('units'),
    registered: sum('registered'),
    selected: sum('selected'),
    submitted: sum('submitted'),
    recognised: sum('recognised'),
    maintained: sum('maintained'),
  };
}
