// The edge of the plugin: zod parsing of input, and the one map from failures to HTTP errors.
import { errors } from '@strapi/utils';
import type { ZodType } from 'zod';

/** Parses input with a schema; a failure is a 400 whose Vietnamese message names the field. */
export function parseInput<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  const first = issues[0];
  const field = first?.path.join('.') || '(toàn bộ)';
  throw new errors.ValidationError(`Trường "${field}" không hợp lệ: ${first?.message}`, { errors: issues });
}

export type Failure = { reason: 'not-found' } | { reason: 'render-failed'; code: string; message: string };

export function toHttpError(failure: Failure): Error {
  switch (failure.reason) {
    case 'not-found':
      return new errors.NotFoundError('Không tìm thấy giấy chứng nhận (not found).');
    case 'render-failed':
      return new errors.ApplicationError(`Không dựng được văn bản: ${failure.message}`, { code: failure.code });
  }
}
