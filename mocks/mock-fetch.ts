import { getResponse, type RequestHandler } from 'msw';
import type { SettingsClient } from '../src/api/client.js';
import { createHttpClient } from '../src/api/http-client.js';
import { createMockDb, type MockDb } from './db.js';
import { createHandlers, type HandlerOptions } from './handlers.js';
import { tokenFor, type PersonaId } from './personas.js';

/**
 * A `fetch` that answers from MSW handlers in-process: no service worker, no network, so unit tests
 * (the library's and hosts') can use the real `createHttpClient` against the mock server. It fails
 * the way the real `fetch` does: a network error rejects with `TypeError('Failed to fetch')`, an
 * aborted signal with a DOMException named `AbortError`.
 */
export function createMockFetch(handlers: readonly RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : null);
    if (signal?.aborted) throw abortError();
    const request = input instanceof Request ? new Request(input, init) : new Request(new URL(String(input), pageOrigin()), init);
    const response = await whileNotAborted(getResponse([...handlers], request, { baseUrl: pageOrigin() }), signal);
    if (!response) throw new TypeError(`Failed to fetch: no mock handler for ${request.method} ${request.url}`);
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}

export interface MockClientOptions extends Omit<HandlerOptions, 'db'> {
  /** Who is signed in. */
  persona: PersonaId;
  /** Share one db between clients to see each other's changes; a fresh one by default. */
  db?: MockDb;
}

/** A `SettingsClient` signed in as a persona, answered by the mock server in-process. */
export function createMockClient(options: MockClientOptions): SettingsClient {
  const { persona, db = createMockDb(), ...handlerOptions } = options;
  return createHttpClient({
    baseUrl: handlerOptions.baseUrl ?? '/api',
    fetch: createMockFetch(createHandlers({ db, ...handlerOptions })),
    headers: { Authorization: `Bearer ${tokenFor(persona)}` },
  });
}

/** Relative URLs resolve against the page, or a stand-in origin outside a browser. */
function pageOrigin(): string {
  return globalThis.location?.href ?? 'http://localhost/';
}

/** Settles like `work`, unless the signal aborts first: then rejects as `fetch` would. */
function whileNotAborted<T>(work: Promise<T>, signal: AbortSignal | null): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}
