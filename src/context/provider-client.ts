import type { SettingsClient } from '../api/client.js';
import type { RequestOptions } from '../api/types.js';
import { toSettingsApiError, type SettingsApiError } from '../api/errors.js';
import { withRetries, type RetryPolicy } from '../api/retry.js';

export interface ProviderClientOptions {
  /** Called with every 401 (the provider reports the first to the host). */
  onUnauthorized: (error: SettingsApiError) => void;
  /** How reads are retried. */
  retry: RetryPolicy;
}

/** Reads by name: `get…` and `list…` (ours, and a host's methods that follow the convention). */
const isRead = (name: string): boolean => /^(get|list)[A-Z]/.test(name);

/**
 * Wraps a host's client the way every element needs it: each method rejects with a
 * `SettingsApiError` (whatever the host's client threw), a 401 is reported to `onUnauthorized`
 * (panels need no 401 handling), and reads that meet a network failure, a 429 or a 5xx are tried
 * again a few times (see `RetryPolicy`) before their error shows — only while the request's
 * `signal` is live, so an element that left the page stops retrying. Writes are sent once.
 */
export function wrapProviderClient(client: SettingsClient, options: ProviderClientOptions): SettingsClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      const once = async (args: unknown[]) => {
        try {
          return await method.apply(target, args);
        } catch (error) {
          throw toSettingsApiError(error);
        }
      };
      const read = typeof key === 'string' && isRead(key);
      return async (...args: unknown[]) => {
        try {
          // RequestOptions come last, by the client's contract.
          return await (read ? withRetries(() => once(args), options.retry, signalOf(args.at(-1))) : once(args));
        } catch (error) {
          const apiError = toSettingsApiError(error);
          if (apiError.status === 401) options.onUnauthorized(apiError);
          throw apiError;
        }
      };
    },
  });
}

function signalOf(last: unknown): AbortSignal | undefined {
  return typeof last === 'object' && last !== null && 'signal' in last ? (last as RequestOptions).signal : undefined;
}
