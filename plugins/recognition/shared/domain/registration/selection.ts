// What the province's choice of a registrant records: the police's advice (select or not, and
// why), which they may revise until the People's Committee decides, then the decision. The
// machine (../workflow.ts) judges who may take each step and when; this says what it keeps.
import { z } from 'zod';
import { ok, type Result } from '../errors';
import type { State } from '../states';
import type { RegistrationEvent } from './events';
import type { RegistrationRecord, SelectionRecord } from './record';

/** The selection record as stored and as answered (one schema for the row and the contract). */
export const selectionRecord = z.object({
  advice: z.enum(['select', 'not_select']),
  adviceReason: z.string(),
  advisedAt: z.string(),
  decision: z.enum(['selected', 'not_selected']).nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export type SelectionCommand =
  | { type: 'propose_selection'; advice: 'select' | 'not_select'; reason: string }
  | { type: 'select'; reason?: string }
  | { type: 'not_select'; reason: string };

export function decideSelection(
  r: RegistrationRecord,
  c: SelectionCommand,
  state: State,
  at: string,
): Result<RegistrationEvent[]> {
  if (c.type === 'propose_selection') {
    const selection: SelectionRecord = {
      advice: c.advice,
      adviceReason: c.reason.trim(),
      advisedAt: at,
      decision: null,
      reason: null,
      decidedAt: null,
    };
    return ok([{ type: c.type, state, selection }]);
  }
  // The machine lets the decision follow the advice only, so the advice is there.
  const advice = r.selection as SelectionRecord;
  const reason = c.reason?.trim() || null;
  if (c.type === 'select')
    return ok([
      {
        type: c.type,
        state,
        selection: { ...advice, decision: 'selected', reason, decidedAt: at },
        stateReason: null,
      },
    ]);
  return ok([
    {
      type: c.type,
      state,
      selection: { ...advice, decision: 'not_selected', reason, decidedAt: at },
      stateReason: c.reason.trim(),
    },
  ]);
}
