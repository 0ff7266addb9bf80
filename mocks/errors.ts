import type { FieldErrors } from '../src/api/errors.js';

/**
 * An error the mock server answers with. Thrown anywhere in the db or the handlers and turned into
 * `{ "error": { "code", "message", "fields"? } }` with its status (and `Retry-After`) in one place.
 */
export class MockApiError extends Error {
  override name = 'MockApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors | undefined;
  /** Seconds, sent as `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, message: string, extra: { fields?: FieldErrors; retryAfter?: number } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = extra.fields;
    this.retryAfter = extra.retryAfter;
  }
}

export function unauthorized(message: string): MockApiError {
  return new MockApiError(401, 'unauthorized', message);
}

export function forbidden(message: string): MockApiError {
  return new MockApiError(403, 'forbidden', message);
}

export function notFound(message: string): MockApiError {
  return new MockApiError(404, 'not_found', message);
}

/** 409: the request is valid but clashes with the current state (`last_owner`, `already_member`, …). */
export function conflict(code: string, message: string): MockApiError {
  return new MockApiError(409, code, message);
}

/** 422 with a message per offending field, for the form to show next to each input. */
export function invalid(fields: FieldErrors, message = 'Some fields need attention.'): MockApiError {
  return new MockApiError(422, 'validation_failed', message, { fields });
}

export function rateLimited(retryAfter: number, message: string): MockApiError {
  return new MockApiError(429, 'rate_limited', message, { retryAfter });
}
