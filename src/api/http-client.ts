import type { SettingsClient } from './client.js';
import { SettingsApiError, type FieldErrors, type SettingsErrorCode } from './errors.js';
import type { RequestOptions } from './types.js';

export interface HttpClientOptions {
  /** Where the REST contract is mounted, e.g. `/api` or `https://api.example.com/v1`. */
  baseUrl: string;
  /** Sent with every request; a function is called per request so rotating tokens stay fresh. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Defaults to the global `fetch`; pass your own for auth wrappers or tests. */
  fetch?: typeof fetch;
}

type Query = Record<string, string | number | undefined | null>;

interface Call {
  query?: Query | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

const codeForStatus: Record<number, SettingsErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'validation_failed',
  429: 'rate_limited',
};

/** Creates a `SettingsClient` for the REST contract of DESIGN §5. */
export function createHttpClient(options: HttpClientOptions): SettingsClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request<T>(method: string, path: string, call: Call = {}): Promise<T> {
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
  }

  const get = <T>(path: string, query?: Query, o?: RequestOptions) => request<T>('GET', path, { query, signal: o?.signal });
  const send = <T>(method: string, path: string, body?: unknown, o?: RequestOptions) =>
    request<T>(method, path, { body, signal: o?.signal });
  const company = (id: string) => `/companies/${encodeURIComponent(id)}`;
  const seg = encodeURIComponent;

  return {
    getSession: (o) => get('/session', undefined, o),

    getProfile: (o) => get('/me/profile', undefined, o),
    updateProfile: (update, o) => send('PATCH', '/me/profile', update, o),
    requestPasswordReset: (o) => send('POST', '/me/password-reset', undefined, o),
    getPreferences: (o) => get('/me/preferences', undefined, o),
    updatePreferences: (update, o) => send('PATCH', '/me/preferences', update, o),
    getMemberships: (o) => get('/me/memberships', undefined, o),

    listOrganizationCompanies: (q, o) => get('/organization/companies', { ...q }, o),
    listAdminTeam: (q, o) => get('/organization/admin-team', { ...q }, o),
    addAdminTeamMember: (input, o) => send('POST', '/organization/admin-team', input, o),
    updateAdminTeamMember: (id, update, o) => send('PATCH', `/organization/admin-team/${seg(id)}`, update, o),
    removeAdminTeamMember: (id, o) => send('DELETE', `/organization/admin-team/${seg(id)}`, undefined, o),
    resendAdminTeamInvitation: (id, o) => send('POST', `/organization/admin-team/${seg(id)}/resend-invitation`, undefined, o),

    listApiKeys: (q, o) => get('/organization/api-keys', { ...q }, o),
    createApiKey: (input, o) => send('POST', '/organization/api-keys', input, o),
    revokeApiKey: (id, o) => send('POST', `/organization/api-keys/${seg(id)}/revoke`, undefined, o),

    getBilling: (o) => get('/organization/billing', undefined, o),
    updateBillingProfile: (update, o) => send('PATCH', '/organization/billing/profile', update, o),

    getDataRepository: (o) => get('/organization/data-repository', undefined, o),
    updateDataRepository: (update, o) => send('PATCH', '/organization/data-repository', update, o),

    listSites: (c, q, o) => get(`${company(c)}/sites`, { ...q }, o),
    createSite: (c, input, o) => send('POST', `${company(c)}/sites`, input, o),
    updateSite: (c, id, update, o) => send('PATCH', `${company(c)}/sites/${seg(id)}`, update, o),
    deleteSite: (c, id, o) => send('DELETE', `${company(c)}/sites/${seg(id)}`, undefined, o),

    getDataPreferences: (c, o) => get(`${company(c)}/data-preferences`, undefined, o),
    updateDataPreferences: (c, update, o) => send('PATCH', `${company(c)}/data-preferences`, update, o),

    listCompanyMembers: (c, q, o) => get(`${company(c)}/members`, { ...q }, o),
    inviteCompanyMember: (c, input, o) => send('POST', `${company(c)}/members`, input, o),
    updateCompanyMember: (c, id, update, o) => send('PATCH', `${company(c)}/members/${seg(id)}`, update, o),
    removeCompanyMember: (c, id, o) => send('DELETE', `${company(c)}/members/${seg(id)}`, undefined, o),
    resendCompanyInvitation: (c, id, o) => send('POST', `${company(c)}/members/${seg(id)}/resend-invitation`, undefined, o),
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
