// Named domain errors: a code the HTTP edge maps to a status, and a Vietnamese message for people.
export const workflowErrorCodes = [
  'invalid-transition',
  'forbidden-role',
  'not-own-unit',
  'not-member',
  'deadline-passed',
  'year-not-started',
  'no-selection-step',
  'not-selected-yet',
  'ineligible',
  'dossier-incomplete',
  'evidence-missing',
  'scores-incomplete',
  'score-invalid',
  'threshold-not-met',
  'council-incomplete',
  'vote-required',
  'quorum-not-met',
  'vote-invalid',
  'conflict-of-interest',
  'four-eyes',
  'separation-of-duties',
  'out-of-jurisdiction',
  'file-type-refused',
  'file-too-large',
  'reason-required',
  'justification-required',
  'decision-invalid',
  'number-taken',
  'report-invalid',
  'marks-locked',
  'council-scores-sent',
  'not-found',
  'invalid-input',
] as const;

export type WorkflowErrorCode = (typeof workflowErrorCodes)[number];

export type WorkflowError = {
  code: WorkflowErrorCode;
  message: string;
  details?: Record<string, unknown>;
};

export type Result<T, E = WorkflowError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (
  code: WorkflowErrorCode,
  message: string,
  details?: Record<string, unknown>,
): Result<never> => ({
  ok: false,
  error: { code, message, ...(details ? { details } : {}) },
});
