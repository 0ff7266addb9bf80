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
  /**
   * How long the start may take, in milliseconds (10 000 by default). Past it, `startMockWorker`
   * rejects with a `MockWorkerStartError` instead of never settling.
   */
  timeout?: number;
}

/**
 * `startMockWorker` gave up: MSW's service worker did not become active in time, or the browser holds
 * a stuck one for the site. The message says what happened and what to do (reload the page, or
 * restart the browser).
 */
export class MockWorkerStartError extends Error {
  override readonly name = 'MockWorkerStartError';
}

/** MSW's worker script, served from the site root so that its scope covers every page. */
const workerUrl = '/mockServiceWorker.js';

/**
 * Starts the mock server in the browser through MSW's service worker (`/mockServiceWorker.js`,
 * served from the site root). Requests the handlers do not know go to the network untouched.
 *
 * MSW's own log prints every request and response with its body — a new API key's secret
 * included — so it stays silent; instead each answered request gets one line with its method,
 * path and status (`[mocks] POST /api/organization/api-keys → 201`), unless `quiet`.
 *
 * The start has a time limit (`timeout`): past it, or when the browser holds a worker it cannot
 * replace, the promise rejects with a `MockWorkerStartError` that says what to do, so that a page can
 * show it instead of staying blank. A worker an earlier page left stuck is replaced first (see
 * `releaseStuckWorker`).
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<{ worker: SetupWorker; db: MockDb }> {
  const { db = createMockDb(), quiet = false, handlers = [], timeout = 10_000, ...handlerOptions } = options;
  const worker = setupWorker(...handlers, ...createHandlers({ db, ...handlerOptions }));
  if (!quiet) {
    worker.events.on('response:mocked', ({ request, response }) => {
      console.info(`[mocks] ${request.method} ${new URL(request.url).pathname} → ${response.status}`);
    });
  }
  const started = (async () => {
    await releaseStuckWorker(Math.min(2000, timeout / 4));
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: workerUrl } });
  })();
  if (!(await settlesWithin(started, timeout))) {
    // The caller is told the mocks did not start: a late start must not mock behind its back.
    void started.then(() => worker.stop()).catch(() => undefined);
    // So that a reload registers the worker anew instead of waiting for the same one again.
    await settlesWithin(unregisterMockWorker(), 1000).catch(() => undefined);
    throw new MockWorkerStartError(
      `The mock API did not start within ${timeout / 1000} s: its service worker (${workerUrl}) never became active. ` +
        'Reload the page. If that does not help, unregister the service worker (Chrome: DevTools > Application > ' +
        'Service workers), or quit and reopen the browser, and load the page again.',
    );
  }
  return { worker, db };
}

/**
 * WebKit (Safari's engine; seen in WebKitGTK 2.50) can leave MSW's registration stuck for the rest of
 * the browser session when the page that registered the worker is left while the worker installs: the
 * registration keeps a worker `activating` or `installing`, or no worker at all, for good. MSW waits
 * for the activation with no time limit (a blank page) or, on a page the worker does not control,
 * reloads the page over and over.
 *
 * So a registration an earlier page left behind gets `patience` ms to activate its worker; if it does
 * not, it is unregistered, and MSW registers a new one (this mends `activating`). The other two also
 * block the unregistration, since the browser runs a scope's registration jobs one at a time: nothing
 * in the page can mend that, so the start fails at once, saying what will.
 */
async function releaseStuckWorker(patience: number): Promise<void> {
  for (const registration of await mockRegistrations()) {
    if (await settlesWithin(activation(registration), patience)) continue;
    const worker = workerOf(registration);
    const stuck = worker ? `its worker stuck "${worker.state}"` : 'no worker';
    console.warn(`[mocks] the service worker registration an earlier page left has ${stuck}: registering it anew`);
    if (!(await settlesWithin(registration.unregister(), patience))) {
      throw new MockWorkerStartError(
        `The mock API cannot start: the browser holds a stuck registration of its service worker (${workerUrl}, with ` +
          `${stuck}, left by an earlier page), and it blocks a new one until the browser restarts. ` +
          'Quit and reopen the browser, then load the page again.',
      );
    }
  }
}

/** Unregisters MSW's worker, so that the next page registers a new one. */
async function unregisterMockWorker(): Promise<void> {
  await Promise.all((await mockRegistrations()).map((registration) => registration.unregister()));
}

/**
 * The registrations of MSW's worker: those running its script, and one at its scope that has no worker
 * yet (none where the browser has no service workers).
 */
async function mockRegistrations(): Promise<readonly ServiceWorkerRegistration[]> {
  if (!('serviceWorker' in navigator)) return [];
  const scope = new URL('/', location.href).href;
  const registrations = await navigator.serviceWorker.getRegistrations();
  return registrations.filter(
    (registration) =>
      workerOf(registration) !== undefined ||
      (registration.scope === scope && !registration.active && !registration.installing && !registration.waiting),
  );
}

/** The worker MSW picks from a registration: the first of active, installing, waiting that runs its script. */
function workerOf(registration: ServiceWorkerRegistration): ServiceWorker | undefined {
  const scriptUrl = new URL(workerUrl, location.href).href;
  return [registration.active, registration.installing, registration.waiting].find((worker) => worker?.scriptURL === scriptUrl) ?? undefined;
}

/** Resolves once the registration's worker (see `workerOf`), or a new one it gets, is activated. */
function activation(registration: ServiceWorkerRegistration): Promise<void> {
  return new Promise((resolve) => {
    const watched: ServiceWorker[] = [];
    const check = (): void => {
      if (workerOf(registration)?.state !== 'activated') return;
      registration.removeEventListener('updatefound', watchNew);
      watched.forEach((worker) => worker.removeEventListener('statechange', check));
      resolve();
    };
    const watch = (worker: ServiceWorker | null): void => {
      worker?.addEventListener('statechange', check);
      if (worker) watched.push(worker);
    };
    const watchNew = (): void => watch(registration.installing);
    registration.addEventListener('updatefound', watchNew);
    [registration.active, registration.installing, registration.waiting].forEach(watch);
    check();
  });
}

/** Whether `promise` fulfils within `ms` milliseconds; a rejection within them is thrown. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([promise.then(() => true), expired]);
  } finally {
    clearTimeout(timer);
  }
}
