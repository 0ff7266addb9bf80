import type { SettingsApiError, SettingsErrorCode } from '../api/errors.js';
import { msg, type MessageKey } from '../i18n/localize.js';

/**
 * The conflicts (409) said in the user's words: "still being processed" of any write, and those a
 * section's module registers with its strings (`addConflictMessages`), so a section's words ship
 * with it. Another code's server message is shown as it came (see `describeError`).
 */
const conflictMessages: Partial<Record<SettingsErrorCode, MessageKey>> = {
  idempotency_key_in_use: 'error.conflict.idempotencyKeyInUse',
};

/** Says a section's conflicts in its own words; its module calls it beside `addMessages`. */
export function addConflictMessages(messages: Partial<Record<SettingsErrorCode, MessageKey>>): void {
  Object.assign(conflictMessages, messages);
}

/**
 * A sentence a user can act on for any failed request, in the locale in effect. A 409 conflict
 * the library knows is said in its own words; for any other conflict the server's message is
 * shown, as it is meant for users (it explains the rule that was broken), and so is a 422's
 * without field errors.
 */
export function describeError(error: SettingsApiError): string {
  switch (error.status) {
    case 0:
      return msg('error.network');
    case 401:
      return msg('error.unauthorized');
    case 403:
      return msg('error.forbidden');
    case 404:
      return msg('error.notFound');
    case 409: {
      const known = conflictMessages[error.code];
      return known ? msg(known) : error.message;
    }
    case 422:
      return error.fieldErrors ? msg('error.validation') : error.message;
    case 429:
      return error.retryAfter !== undefined ? msg('error.rateLimited', { seconds: error.retryAfter }) : msg('error.rateLimitedSoon');
  }
  if (error.code === 'invalid_response') return msg('error.invalidResponse');
  return msg('error.server');
}
