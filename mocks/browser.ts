import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockDb, type MockDb } from './db.js';
import { createHandlers, type HandlerOptions } from './handlers.js';

export interface MockWorkerOptions extends Omit<HandlerOptions, 'db'> {
  /** The database to serve; a fresh one by default. */
  db?: MockDb;
  /** Silence MSW's per-request console log. */
  quiet?: boolean;
}

/**
 * Starts the mock server in the browser through MSW's service worker (`/mockServiceWorker.js`,
 * served from the site root). Requests the handlers do not know go to the network untouched.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<{ worker: SetupWorker; db: MockDb }> {
  const { db = createMockDb(), quiet = false, ...handlerOptions } = options;
  const worker = setupWorker(...createHandlers({ db, ...handlerOptions }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet, serviceWorker: { url: '/mockServiceWorker.js' } });
  return { worker, db };
}
