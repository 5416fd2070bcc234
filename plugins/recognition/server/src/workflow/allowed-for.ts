// What an actor may do to one registration now, as every view shows it (`allowedEvents`): the
// machine's answer for the stored state, year and conflicts, so a button appears only when the
// step would be accepted. A read that leaves out the rules hides the selection steps.
import { conflictedMembers } from '../../../shared/domain/council';
import type { State } from '../../../shared/domain/states';
import { allowedEvents, type Actor } from '../../../shared/domain/workflow';

export const allowedFor = (
  actor: Actor,
  r: {
    state: string;
    year: number;
    conflicts?: { email: string }[] | null;
    /** The rules the registration was bound to: whether its plan has the selection step. */
    rules?: { selection?: boolean | null } | null;
    /** The unit's expected-results report, if sent: it is sent once. */
    forecast?: unknown;
  },
  now: Date,
  unitId?: string,
) =>
  allowedEvents(r.state as State, actor, unitId, {
    conflictedUserIds: conflictedMembers(r.conflicts),
    now,
    year: r.year,
    selection: !!r.rules?.selection,
    forecastGiven: !!r.forecast,
  });
