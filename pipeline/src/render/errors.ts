// The fixed set of ways a render can fail, returned as values rather than thrown.

export const renderErrorCodes = [
  'unknown-template',
  'template-data-invalid',
  'template-error',
  'browser-unavailable',
  'render-failed',
  'timeout',
  'queue-full',
  'pool-closed',
] as const;

export type RenderErrorCode = (typeof renderErrorCodes)[number];

export type RenderError = { code: RenderErrorCode; message: string; details?: unknown };

export type Result<T, E = RenderError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: RenderErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: { code, message, ...(details === undefined ? {} : { details }) },
});
