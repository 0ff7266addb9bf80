/**
 * What went wrong, coarse enough for a UI to pick a message and a recovery. The server's own
 * `error.code` wins when it sends one: one of the contract's codes, listed once in openapi.json
 * (`ErrorDetail.code`; docs/contract.md has each with its status and meaning). Without
 * one, the status picks a coarse code (`conflict` for a 409, `http_error` for a status with none of
 * its own); `invalid_response` (a body that is not JSON), `network_error` and `aborted` are the
 * client's own. The contract's conflict codes (409):
 * - any write sent with an `Idempotency-Key`: `idempotency_key_in_use` (the first request with the
 *   key has not been answered yet; nothing was done: send it again);
 * - members: `last_owner`, `already_member`, `not_invited`, `managed_by_organization`;
 * - password: `sso_managed` (the user's identity provider manages it);
 * - API keys: `idempotency_key_spent` (a create replayed after its key stopped being active: the
 *   secret is not sent again; create another key under a new `Idempotency-Key`),
 *   `rotation_in_progress` (the key already has an active replacement), `already_revoked`,
 *   `already_disabled`, `not_active` (revoked or expired), `not_disabled`, `not_rotating` (no active
 *   replacement to expire after);
 * - billing: `billing_profile_not_set_up`.
 *
 * A duplicate API-key name is a 422 `validation_failed` with `fieldErrors.name`. A 400 is
 * `invalid_json` (the body is not a JSON object) or `idempotency_key_reused` (the same
 * `Idempotency-Key` with another body: new input needs a new key).
 */
export type SettingsErrorCode =
  | (string & {})
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation_failed'
  | 'rate_limited'
  | 'server_error'
  /** Any other unsuccessful status without a code of its own. */
  | 'http_error'
  | 'invalid_response'
  | 'network_error'
  | 'aborted'
  /** The 400s listed above. */
  | 'invalid_json'
  | 'idempotency_key_reused'
  /** The conflicts (409) listed above. */
  | 'idempotency_key_in_use'
  | 'idempotency_key_spent'
  | 'last_owner'
  | 'already_member'
  | 'not_invited'
  | 'managed_by_organization'
  | 'sso_managed'
  | 'rotation_in_progress'
  | 'already_revoked'
  | 'already_disabled'
  | 'not_active'
  | 'not_disabled'
  | 'not_rotating'
  | 'billing_profile_not_set_up';

/** Field name → message, as the server reported them with a 422. */
export type FieldErrors = Record<string, string>;

export interface SettingsApiErrorInit {
  status: number;
  code: SettingsErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  retryAfter?: number;
  cause?: unknown;
}

/**
 * The one error type every `SettingsClient` method rejects with. `status` is the HTTP status, or 0
 * when no response arrived (network failure, abort).
 */
export class SettingsApiError extends Error {
  override name = 'SettingsApiError';
  readonly status: number;
  readonly code: SettingsErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Seconds to wait before retrying (429 `Retry-After`). */
  readonly retryAfter?: number;

  constructor(init: SettingsApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    if (init.fieldErrors) this.fieldErrors = init.fieldErrors;
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
  }

  get isAbort(): boolean {
    return this.code === 'aborted';
  }
}

export function isSettingsApiError(value: unknown): value is SettingsApiError {
  return value instanceof SettingsApiError;
}

/** True for an abort, whichever shape it arrived in; aborted work is never shown as an error. */
export function isAbortError(value: unknown): boolean {
  if (value instanceof SettingsApiError) return value.isAbort;
  return value instanceof DOMException && value.name === 'AbortError';
}

/** Wraps anything a custom client threw so panels only ever deal with `SettingsApiError`. */
export function toSettingsApiError(value: unknown): SettingsApiError {
  if (value instanceof SettingsApiError) return value;
  if (isAbortError(value)) return new SettingsApiError({ status: 0, code: 'aborted', message: 'The request was aborted.', cause: value });
  const message = value instanceof Error ? value.message : String(value);
  return new SettingsApiError({ status: 0, code: 'network_error', message, cause: value });
}
