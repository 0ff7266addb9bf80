import type { SettingsClient } from '../api/client.js';
import { toSettingsApiError, type SettingsApiError } from '../api/errors.js';

/**
 * Wraps a host's client so every method rejects with a `SettingsApiError` (whatever the host's own
 * client threw) and a 401 is reported once to `onUnauthorized` — panels need no 401 handling.
 */
export function withErrorReporting(client: SettingsClient, onUnauthorized: (error: SettingsApiError) => void): SettingsClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]) => {
        try {
          return await method.apply(target, args);
        } catch (error) {
          const apiError = toSettingsApiError(error);
          if (apiError.status === 401) onUnauthorized(apiError);
          throw apiError;
        }
      };
    },
  });
}
