import { SettingsApiError } from './errors.js';

/**
 * How reads are retried before their error (and its Retry button) shows. Writes never are: a
 * write whose answer was lost may have been applied, and only the user can decide to send it again.
 */
export interface RetryPolicy {
  /** Retries after the first attempt; `0` turns retrying off. */
  readonly retries: number;
  /** The first wait; each retry doubles it, with jitter so many clients do not retry in step. */
  readonly baseDelayMs: number;
  /** No wait is longer: a `Retry-After` beyond it shows the error (which says when to try) at once. */
  readonly maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelayMs: 400, maxDelayMs: 8000 };

/** Failures that a second try may not meet: no answer (not an abort), 429 and 5xx. */
export function isRetryable(error: SettingsApiError): boolean {
  if (error.status === 0) return error.code !== 'aborted' && error.code !== 'invalid_response';
  return error.status === 429 || error.status >= 500;
}

/**
 * The wait before retry number `attempt` (0-based), or `undefined` when the policy says stop:
 * the server's `Retry-After` when it sent one, else exponential backoff with "equal jitter"
 * (between half and all of the doubled delay).
 */
export function retryDelay(policy: RetryPolicy, attempt: number, error: SettingsApiError, random: () => number = Math.random): number | undefined {
  if (attempt >= policy.retries || !isRetryable(error)) return undefined;
  if (error.retryAfter !== undefined) {
    const serverDelay = error.retryAfter * 1000;
    return serverDelay <= policy.maxDelayMs ? serverDelay : undefined;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * Runs `attempt` until it succeeds, fails for good, or `signal` aborts (the element that asked
 * left the page: nobody is waiting any more). Rejects with the last error.
 */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (thrown) {
      if (signal?.aborted) throw abortError();
      const delay = thrown instanceof SettingsApiError ? retryDelay(policy, tries, thrown) : undefined;
      if (delay === undefined) throw thrown;
      await sleep(delay, signal);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

function abortError(): SettingsApiError {
  return new SettingsApiError({ status: 0, code: 'aborted', message: 'The request was aborted.' });
}
