import type { HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockDb, type MockDb } from './db.js';
import { createHandlers, type HandlerOptions } from './handlers.js';

export interface MockWorkerOptions extends Omit<HandlerOptions, 'db'> {
  /** The database to serve; a fresh one by default. */
  db?: MockDb;
  /** No console line per answered request (the line never carries a body: see `startMockWorker`). */
  quiet?: boolean;
  /**
   * The host's own mock routes (e.g. for its own sections), answered before ours — ours answer
   * every other request under the base URL, unknown ones with a 404.
   */
  handlers?: readonly HttpHandler[];
}

/**
 * Starts the mock server in the browser through MSW's service worker (`/mockServiceWorker.js`,
 * served from the site root). Requests the handlers do not know go to the network untouched.
 *
 * MSW's own log prints every request and response with its body — a new API key's secret
 * included — so it stays silent; instead each answered request gets one line with its method,
 * path and status (`[mocks] POST /api/organization/api-keys → 201`), unless `quiet`.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<{ worker: SetupWorker; db: MockDb }> {
  const { db = createMockDb(), quiet = false, handlers = [], ...handlerOptions } = options;
  const worker = setupWorker(...handlers, ...createHandlers({ db, ...handlerOptions }));
  if (!quiet) {
    worker.events.on('response:mocked', ({ request, response }) => {
      console.info(`[mocks] ${request.method} ${new URL(request.url).pathname} → ${response.status}`);
    });
  }
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  return { worker, db };
}
