// The edge of the plugin: zod parsing of input, and the one map from domain failures to HTTP.
import { errors } from '@strapi/utils';
import type { ZodType } from 'zod';
import type { WorkflowError, WorkflowErrorCode } from './domain/errors';

/** A domain refusal carried out of a service (and out of its transaction, which rolls back). */
export class DomainFailure extends Error {
  constructor(
    readonly code: WorkflowErrorCode | 'not-found' | 'not-member' | 'render-failed',
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
  static of(e: WorkflowError): DomainFailure {
    return new DomainFailure(e.code, e.message, e.details);
  }
}

const statusOf: Record<DomainFailure['code'], number> = {
  'invalid-transition': 409,
  'forbidden-role': 403,
  'not-own-unit': 403,
  'not-member': 403,
  'conflict-of-interest': 403,
  'four-eyes': 403,
  'deadline-passed': 422,
  ineligible: 422,
  'dossier-incomplete': 422,
  'scores-incomplete': 422,
  'score-invalid': 400,
  'reason-required': 400,
  'justification-required': 400,
  'not-found': 404,
  'render-failed': 503,
};

const nameOf = (status: number) =>
  ({ 400: 'ValidationError', 403: 'ForbiddenError', 404: 'NotFoundError', 409: 'ConflictError', 422: 'UnprocessableEntityError', 503: 'ServiceUnavailableError' })[status] ?? 'ApplicationError';

/** Parses input with a schema; a failure is a 400 whose Vietnamese message names the field. */
export function parseInput<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  const first = issues[0];
  const field = first?.path.join('.') || '(toàn bộ)';
  throw new errors.ValidationError(`Trường "${field}" không hợp lệ: ${first?.message}`, { errors: issues });
}

/** Runs a controller body; a DomainFailure becomes its status with the Strapi error shape. */
export async function handle(ctx: any, fn: () => Promise<unknown>): Promise<void> {
  try {
    const body = await fn();
    if (body !== undefined) ctx.body = body;
  } catch (err) {
    if (!(err instanceof DomainFailure)) throw err;
    const status = statusOf[err.code];
    ctx.status = status;
    ctx.body = { data: null, error: { status, name: nameOf(status), message: err.message, details: { code: err.code, ...(err.details ?? {}) } } };
  }
}
