// A unit's registration for a year as its decider sees it: the fields its events change, and the
// facts they are judged against (the criteria set and the plan's rules it was bound to).
import type { PlanRules } from '../plan-rules';
import type { CriteriaSetDef, Marks } from '../scoring';
import type { State } from '../states';
import type { z } from 'zod';
import type { ForecastRecord } from './forecast';
import type { selectionRecord } from './selection';

/** An attached file: kept privately (string id) or, in records older than the private store, an upload (number id, url). */
export type FileRef = {
  id: string | number;
  name: string;
  at: string;
  size?: number;
  mime?: string;
  sha256?: string;
  url?: string;
};
/** A council member's declared conflict of interest with the unit (`email` names their account). */
export type Conflict = { email: string; reason: string; at: string };
/** Where a file goes: evidence of one criterion, or one part of the dossier the plan asks for. */
export type FileTarget =
  | { kind: 'evidence'; criterion: string }
  | { kind: 'dossier'; part: string };

/** The province's choice of a registrant: the police's advice, then the People's Committee's decision. */
export type SelectionRecord = z.infer<typeof selectionRecord>;

/** The registration's own fields, each written only by an event of its decider. */
export type RegistrationFields = {
  state: Exclude<State, 'none'>;
  selfMarks: Marks | null;
  selfTotal: number | null;
  councilTotal: number | null;
  dossier: Record<string, FileRef> | null;
  evidence: Record<string, FileRef[]> | null;
  conflicts: Conflict[] | null;
  /** Meetings whose vote on this dossier the secretariat voided by reopening scoring. */
  voidedVotes: string[] | null;
  stateReason: string | null;
  /** Where the plan has the selection step: the advice and the decision on this registrant. */
  selection?: SelectionRecord | null;
  /** The unit's expected-results report, once sent. */
  forecast?: ForecastRecord | null;
  submittedAt: string | null;
  decidedAt?: string | null;
};

export type RegistrationRecord = RegistrationFields & {
  documentId: string;
  year: number;
  unitId: string;
  rules: PlanRules;
  criteriaSet: CriteriaSetDef & { code: string };
};

export const filesOf = (r: Pick<RegistrationFields, 'dossier' | 'evidence'>): FileRef[] => [
  ...Object.values(r.evidence ?? {}).flat(),
  ...Object.values(r.dossier ?? {}),
];
