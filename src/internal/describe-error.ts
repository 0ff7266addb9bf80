import type { SettingsApiError } from '../api/errors.js';
import { msg } from '../i18n/localize.js';

/**
 * A sentence a user can act on for any failed request. Server messages are shown only where they
 * are meant for users (409 conflicts and 422 validation explain the rule that was broken).
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
    case 409:
      return error.message;
    case 422:
      return error.fieldErrors ? msg('error.validation') : error.message;
    case 429:
      return error.retryAfter !== undefined ? msg('error.rateLimited', { seconds: error.retryAfter }) : msg('error.rateLimitedSoon');
  }
  if (error.code === 'invalid_response') return msg('error.invalidResponse');
  return msg('error.server');
}
