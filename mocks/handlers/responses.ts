import { HttpResponse } from 'msw';
import type { FieldErrors } from '../../src/api/errors.js';
import { MockApiError } from '../errors.js';

/** The contract's error body: `{ "error": { "code", "message", "fields"? } }`. */
export function errorJson(status: number, code: string, message: string, headers?: Record<string, string>, fields?: FieldErrors): Response {
  return HttpResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status, ...(headers ? { headers } : {}) });
}

/**
 * Turns anything a handler threw into a response. A `MockApiError` is the server's answer; anything
 * else is a bug in the mocks, logged and answered as a 500 so the UI's error state still shows.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof MockApiError) {
    const headers = error.retryAfter !== undefined ? { 'Retry-After': String(error.retryAfter) } : undefined;
    return errorJson(error.status, error.code, error.message, headers, error.fields);
  }
  console.error('[settings-elements mocks] handler failed', error);
  return errorJson(500, 'server_error', 'The mock server failed unexpectedly. See the console.');
}

/** The body of a write (its text) as an object; `{}` when empty. 400 `invalid_json` for anything else. */
export function parseJsonObject(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new MockApiError(400, 'invalid_json', 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}
