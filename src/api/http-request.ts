import { SettingsApiError, type FieldErrors, type SettingsErrorCode } from './errors.js';

export interface HttpClientOptions {
  /** Where the REST contract is mounted, e.g. `/api` or `https://api.example.com/v1`. */
  baseUrl: string;
  /** Sent with every request; a function is called per request so rotating tokens stay fresh. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Defaults to the global `fetch`; pass your own for auth wrappers or tests. */
  fetch?: typeof fetch;
}

export type Query = Record<string, string | number | undefined | null>;

/** One request: its query string, JSON body and the signal that aborts it. */
export interface HttpCall {
  query?: Query | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Sent as `Idempotency-Key` (see `RequestOptions.idempotencyKey`). */
  idempotencyKey?: string | undefined;
}

/** Sends one JSON request under the base URL; answers the parsed body or throws a `SettingsApiError`. */
export type HttpRequest = <T>(method: string, path: string, call?: HttpCall) => Promise<T>;

const codeForStatus: Record<number, SettingsErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'validation_failed',
  429: 'rate_limited',
};

/**
 * The JSON transport under `createHttpClient`, for a host's own routes beside ours (its own
 * section's API): the same headers, the same error type (401, 403, 422 with field errors, 429 with
 * `retryAfter`, network failures, aborts), so its panel gets the kit's states and the provider's
 * 401 report like ours.
 *
 * ```ts
 * const request = createHttpRequest({ baseUrl: '/api', headers });
 * const getWebhooks = (signal?: AbortSignal) => request<Webhooks>('GET', '/acme/webhooks', { signal });
 * ```
 */
export function createHttpRequest(options: HttpClientOptions): HttpRequest {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  return async function request<T>(method: string, path: string, call: HttpCall = {}): Promise<T> {
    const { signal } = call;
    if (signal?.aborted) throw abortError(signal.reason);
    let headers: Headers;
    try {
      headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    } catch (error) {
      // e.g. the host's token refresh failed: still one error type for the caller.
      throw new SettingsApiError({ status: 0, code: 'network_error', message: 'The request headers could not be prepared.', cause: error });
    }
    headers.set('Accept', 'application/json');
    if (call.idempotencyKey) headers.set('Idempotency-Key', call.idempotencyKey);
    const init: RequestInit = { method, headers };
    if (signal) init.signal = signal;
    if (call.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      init.body = JSON.stringify(call.body);
    }

    let response: Response;
    try {
      response = await doFetch(base + path + queryString(call.query), init);
    } catch (error) {
      if (signal?.aborted || isDomAbort(error)) throw abortError(error);
      throw new SettingsApiError({ status: 0, code: 'network_error', message: 'The server could not be reached.', cause: error });
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal?.aborted || isDomAbort(error)) throw abortError(error);
      throw new SettingsApiError({ status: response.status, code: 'network_error', message: 'The response was interrupted.', cause: error });
    }

    const body = parseJson(text);
    if (!response.ok) throw errorFromResponse(response, body);
    // Only deletions answer without a body; an empty answer to anything else is a broken response.
    if (response.status === 204 || (text === '' && method === 'DELETE')) return undefined as T;
    if (body === invalidJson || body === undefined) {
      throw new SettingsApiError({ status: response.status, code: 'invalid_response', message: 'The server sent a response that is not JSON.' });
    }
    return body as T;
  };
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const invalidJson = Symbol('invalid-json');

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return invalidJson;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown };
}

function errorFromResponse(response: Response, body: unknown): SettingsApiError {
  const detail = typeof body === 'object' && body !== null ? (body as ErrorBody).error : undefined;
  const status = response.status;
  const code = typeof detail?.code === 'string' ? detail.code : (codeForStatus[status] ?? (status >= 500 ? 'server_error' : 'http_error'));
  const message = typeof detail?.message === 'string' ? detail.message : `The server answered ${status} ${response.statusText}`.trim();
  const fieldErrors = parseFieldErrors(detail?.fields);
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  return new SettingsApiError({
    status,
    code,
    message,
    ...(fieldErrors ? { fieldErrors } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
}

function parseFieldErrors(fields: unknown): FieldErrors | undefined {
  if (typeof fields !== 'object' || fields === null) return undefined;
  const result: FieldErrors = {};
  for (const [name, message] of Object.entries(fields)) {
    if (typeof message === 'string') result[name] = message;
  }
  return Object.keys(result).length ? result : undefined;
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isDomAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function abortError(cause: unknown): SettingsApiError {
  return new SettingsApiError({ status: 0, code: 'aborted', message: 'The request was aborted.', cause });
}
