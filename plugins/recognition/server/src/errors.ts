// The one error path: a DomainFailure carries a named code out of the domain and the services;
// this file holds the only map from codes to HTTP statuses. A DomainFailure is an http-errors
// HttpError, so Strapi's own error middleware renders it wherever it is thrown (policy,
// controller or service) with the Strapi error shape and the code in `details.code`.
import { errors } from '@strapi/utils';
import type { ZodType } from 'zod';
import type { Result, WorkflowError, WorkflowErrorCode } from '../../shared/domain/errors';

export type FailureCode =
  | WorkflowErrorCode
  | 'render-failed'
  | 'unauthenticated'
  | 'idempotency-mismatch';

const statusOf: Record<FailureCode, number> = {
  'invalid-transition': 409,
  'year-not-started': 409,
  'no-selection-step': 409,
  'not-selected-yet': 409,
  'forbidden-role': 403,
  'not-own-unit': 403,
  'not-member': 403,
  'conflict-of-interest': 403,
  'four-eyes': 403,
  'separation-of-duties': 403,
  'out-of-jurisdiction': 403,
  'file-type-refused': 415,
  'file-too-large': 413,
  unauthenticated: 401,
  'deadline-passed': 422,
  'idempotency-mismatch': 422,
  ineligible: 422,
  'dossier-incomplete': 422,
  'evidence-missing': 422,
  'scores-incomplete': 422,
  'threshold-not-met': 422,
  'council-incomplete': 422,
  'vote-required': 409,
  'quorum-not-met': 422,
  'vote-invalid': 400,
  'score-invalid': 400,
  'invalid-input': 400,
  'reason-required': 400,
  'justification-required': 400,
  'decision-invalid': 400,
  'number-taken': 409,
  'report-invalid': 400,
  'marks-locked': 409,
  'council-scores-sent': 409,
  'not-found': 404,
  'render-failed': 503,
};

const nameOf = (status: number) =>
  ({
    400: 'ValidationError',
    401: 'UnauthorizedError',
    403: 'ForbiddenError',
    404: 'NotFoundError',
    409: 'ConflictError',
    413: 'PayloadTooLargeError',
    415: 'UnsupportedMediaTypeError',
    422: 'UnprocessableEntityError',
    503: 'ServiceUnavailableError',
  })[status] ?? 'ApplicationError';

/** A domain refusal carried out of a service (and out of its transaction, which rolls back). */
export class DomainFailure extends Error {
  readonly status: number;
  readonly statusCode: number;
  readonly expose = true;
  readonly details: Record<string, unknown>;
  constructor(
    readonly code: FailureCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = this.statusCode = statusOf[code];
    this.name = nameOf(this.status);
    this.details = { code, ...(details ?? {}) };
  }
  static of(e: WorkflowError): DomainFailure {
    return new DomainFailure(e.code, e.message, e.details);
  }
}
// Strapi's error middleware formats instances of http-errors' HttpError with their own status.
Object.setPrototypeOf(DomainFailure.prototype, errors.HttpError.prototype);

/** A domain result's value, or its refusal thrown as a DomainFailure. */
export const unwrap = <T>(r: Result<T>): T => {
  if (!r.ok) throw DomainFailure.of(r.error);
  return r.value;
};

/** Parses input with a schema; a failure is a 400 whose Vietnamese message names the field. */
export function parseInput<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  const first = issues[0];
  const field = first?.path.join('.') || '(toàn bộ)';
  throw new DomainFailure('invalid-input', `Trường "${field}" không hợp lệ: ${first?.message}`, {
    errors: issues,
  });
}
