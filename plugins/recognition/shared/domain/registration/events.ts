// What can happen to a registration once it exists, as facts, and what each fact changes
// (evolve). The audit log keeps these events as they are; the repository saves what evolve
// made of the record, and a member's own marks for the council events.
import type { Marks, ScoreIssue } from '../scoring';
import type { State } from '../states';
import type { ForecastRecord } from './forecast';
import type { FileRef, RegistrationFields, SelectionRecord } from './record';

export type RegistrationEvent =
  | {
      type: 'self_assess';
      state: State;
      selfMarks: Marks;
      selfTotal: number;
      saved: string[];
      refused: ScoreIssue[];
    }
  | { type: 'evidence.add'; criterion: string; file: FileRef }
  | { type: 'evidence.remove'; criterion: string; file: FileRef }
  | { type: 'dossier.add'; part: string; file: FileRef }
  | { type: 'dossier.remove'; part: string; file: FileRef }
  /** The council's issued minutes, as the parts of the dossier the plan says the council provides. */
  | { type: 'file_minutes'; parts: string[]; file: FileRef }
  | { type: 'propose_selection'; state: State; selection: SelectionRecord }
  | { type: 'select'; state: State; selection: SelectionRecord; stateReason: null }
  | { type: 'not_select'; state: State; selection: SelectionRecord; stateReason: string }
  | { type: 'forecast'; forecast: ForecastRecord }
  | { type: 'submit'; state: State; submittedAt: string }
  | { type: 'start_appraisal'; state: State }
  | {
      type: 'conflict.declare';
      member: string;
      reason: string;
      at: string;
      voidedScores: number;
      councilTotal: number | null;
    }
  | {
      type: 'council_score';
      member: string;
      marks: Marks;
      total: number;
      complete: boolean;
      councilTotal: number | null;
      /** These marks completed the council's: the dossier is ready for the vote. */
      readyForVote: boolean;
    }
  | {
      type: 'council-score.draft';
      member: string;
      marks: Marks;
      total: number;
      complete: boolean;
      saved: string[];
      refused: ScoreIssue[];
    }
  | { type: 'reopen_scoring'; reason: string; voidedVotes: string[] }
  | { type: 'propose'; state: State; stateReason: null }
  | { type: 'not_propose'; state: State; stateReason: string }
  | { type: 'reject'; state: State; stateReason: string; decidedAt: string }
  | {
      type: 'recognise';
      state: State;
      decidedAt: string;
      /** The draft decision the recognition joins, and the certificate serial it is given. */
      decision: string;
      serial: string;
      certificate: boolean;
    }
  | {
      type: 'revoke';
      state: State;
      stateReason: string;
      /** The revoking decision, issued with this step, and the certificate it revokes. */
      decision: string;
      date: string;
      serial: string;
      sha256: string;
    };

export type RegistrationEventType = RegistrationEvent['type'];
type Live = Exclude<State, 'none'>;

/** The record after one event: the only place a registration's fields are given new values. */
export function evolve<R extends RegistrationFields>(r: R, e: RegistrationEvent): R {
  switch (e.type) {
    case 'self_assess':
      return { ...r, state: e.state as Live, selfMarks: e.selfMarks, selfTotal: e.selfTotal };
    case 'evidence.add': {
      const evidence = { ...(r.evidence ?? {}) };
      evidence[e.criterion] = [...(evidence[e.criterion] ?? []), e.file];
      return { ...r, evidence };
    }
    case 'evidence.remove':
      return {
        ...r,
        evidence: {
          ...(r.evidence ?? {}),
          [e.criterion]: (r.evidence?.[e.criterion] ?? []).filter((f) => f.id !== e.file.id),
        },
      };
    case 'dossier.add':
      return { ...r, dossier: { ...(r.dossier ?? {}), [e.part]: e.file } };
    case 'file_minutes':
      return {
        ...r,
        dossier: { ...(r.dossier ?? {}), ...Object.fromEntries(e.parts.map((p) => [p, e.file])) },
      };
    case 'dossier.remove': {
      const dossier = { ...(r.dossier ?? {}) };
      delete dossier[e.part];
      return { ...r, dossier };
    }
    case 'propose_selection':
      return { ...r, state: e.state as Live, selection: e.selection };
    case 'select':
    case 'not_select':
      return { ...r, state: e.state as Live, selection: e.selection, stateReason: e.stateReason };
    case 'forecast':
      return { ...r, forecast: e.forecast };
    case 'submit':
      return { ...r, state: e.state as Live, submittedAt: e.submittedAt };
    case 'start_appraisal':
      return { ...r, state: e.state as Live };
    case 'conflict.declare':
      return {
        ...r,
        conflicts: [
          ...(r.conflicts ?? []).filter((c) => c.email !== e.member),
          { email: e.member, reason: e.reason, at: e.at },
        ],
        councilTotal: e.councilTotal,
      };
    case 'council_score':
      return { ...r, councilTotal: e.councilTotal };
    case 'council-score.draft':
      return r;
    case 'reopen_scoring':
      return { ...r, voidedVotes: e.voidedVotes };
    case 'propose':
    case 'not_propose':
      return { ...r, state: e.state as Live, stateReason: e.stateReason };
    case 'reject':
      return { ...r, state: e.state as Live, stateReason: e.stateReason, decidedAt: e.decidedAt };
    case 'recognise':
      return { ...r, state: e.state as Live, decidedAt: e.decidedAt };
    case 'revoke':
      return { ...r, state: e.state as Live, stateReason: e.stateReason };
  }
}

const fieldNames: readonly (keyof RegistrationFields)[] = [
  'state',
  'selfMarks',
  'selfTotal',
  'councilTotal',
  'dossier',
  'evidence',
  'conflicts',
  'voidedVotes',
  'stateReason',
  'selection',
  'forecast',
  'submittedAt',
  'decidedAt',
];

/** The fields an event changed, with their values before: what the repository writes, what the audit shows was there. */
export function changedFields(
  before: RegistrationFields,
  after: RegistrationFields,
): { changed: Partial<RegistrationFields>; was: Partial<RegistrationFields> } {
  const changed: Record<string, unknown> = {};
  const was: Record<string, unknown> = {};
  for (const f of fieldNames) {
    if (JSON.stringify(before[f] ?? null) === JSON.stringify(after[f] ?? null)) continue;
    changed[f] = after[f] ?? null;
    was[f] = before[f] ?? null;
  }
  return { changed, was } as {
    changed: Partial<RegistrationFields>;
    was: Partial<RegistrationFields>;
  };
}
