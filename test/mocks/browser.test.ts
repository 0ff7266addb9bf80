import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { createHttpClient } from '../../src/api/http-client.js';
import { startMockWorker } from '../../mocks/browser.js';
import type { MockDb } from '../../mocks/db.js';
import { tokenFor } from '../../mocks/personas.js';
import { leaveNoServiceWorker } from '../support/service-workers.js';

after(leaveNoServiceWorker);

describe('startMockWorker (real service worker)', () => {
  let worker: SetupWorker;
  let db: MockDb;

  before(async () => {
    ({ worker, db } = await startMockWorker({ quiet: true }));
  });
  after(() => worker.stop());

  it('serves the contract to the real fetch', async () => {
    const client = createHttpClient({ baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor('company-viewer')}` } });
    const session = await client.getSession();
    expect(session.companies.map((c) => c.role.name)).to.deep.equal(['Viewer', 'Viewer']);
    expect(db.sessionFor('company-viewer')).to.deep.equal(session);
  });

  it('lets other requests through to the network', async () => {
    const response = await fetch('/package.json');
    expect(((await response.json()) as { name: string }).name).to.equal('settings-elements');
  });
});

/**
 * The start's time limit and the stuck workers WebKit leaves behind (see `releaseStuckWorker`), driven
 * by replacing the page's `navigator.serviceWorker` methods: the registrations it lists, and a
 * registration that never settles.
 */
describe('startMockWorker (a worker that does not start)', () => {
  const container = navigator.serviceWorker;
  const workerScript = new URL('/mockServiceWorker.js', location.href).href;
  const restores: (() => void)[] = [];
  let warnings: string[];
  const warn = console.warn;

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    restores.splice(0).forEach((restore) => restore());
  });

  /** Replaces `navigator.serviceWorker[name]` in this page until the test ends. */
  function replace<K extends 'getRegistrations' | 'register'>(name: K, fake: ServiceWorkerContainer[K]): void {
    Object.defineProperty(container, name, { value: fake, configurable: true, writable: true });
    restores.push(() => delete (container as Partial<ServiceWorkerContainer>)[name]);
  }

  /** Lists `registration` (once: the next calls list the real ones), as an earlier page left it. */
  function leftBehind(registration: ServiceWorkerRegistration): void {
    let calls = 0;
    replace('getRegistrations', () =>
      calls++ === 0 ? Promise.resolve([registration]) : ServiceWorkerContainer.prototype.getRegistrations.call(container),
    );
  }

  /** A registration of MSW's worker as WebKit leaves it: its worker stuck in `state`, or none; `unregister` answers for it. */
  function stuckRegistration(state: 'installing' | 'activating' | 'no worker', unregister: () => Promise<boolean>): ServiceWorkerRegistration {
    const events = { addEventListener() {}, removeEventListener() {} };
    const worker = { ...events, state, scriptURL: workerScript, postMessage() {} };
    return {
      ...events,
      scope: new URL('/', location.href).href,
      active: state === 'activating' ? worker : null,
      installing: state === 'installing' ? worker : null,
      waiting: null,
      update: () => new Promise(() => {}),
      unregister,
    } as unknown as ServiceWorkerRegistration;
  }

  /** What `startMockWorker` came to within `ms`, and how long it took. */
  async function outcome(start: Promise<{ worker: SetupWorker }>, ms: number) {
    const began = performance.now();
    const result = await Promise.race([
      start.then(({ worker }) => ({ status: 'started' as const, worker })),
      new Promise<{ status: 'pending' }>((resolve) => setTimeout(resolve, ms, { status: 'pending' })),
    ]).catch((error: unknown) => ({ status: 'failed' as const, error: error as Error }));
    return { ...result, elapsed: performance.now() - began };
  }

  for (const state of ['activating', 'no worker'] as const) {
    it(`replaces a registration an earlier page left with ${state === 'no worker' ? 'no worker' : `its worker "${state}"`}, and starts`, async () => {
      let unregistered = false;
      leftBehind(stuckRegistration(state, () => Promise.resolve((unregistered = true))));
      const result = await outcome(startMockWorker({ quiet: true, timeout: 4000 }), 6000);
      expect(result.status).to.equal('started');
      if (result.status !== 'started') return;
      try {
        expect(unregistered).to.equal(true);
        expect(warnings.join('\n')).to.contain(state === 'no worker' ? 'has no worker' : `stuck "${state}"`);
        const session = await createHttpClient({ baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor('owner')}` } }).getSession();
        expect(session.user.id.length).to.be.greaterThan(0);
      } finally {
        result.worker.stop();
      }
    });
  }

  for (const state of ['installing', 'no worker'] as const) {
    it(`says to restart the browser, at once, when a registration with ${state === 'no worker' ? 'no worker' : `its worker "${state}"`} blocks a new one`, async () => {
      leftBehind(stuckRegistration(state, () => new Promise(() => {})));
      const result = await outcome(startMockWorker({ quiet: true, timeout: 4000 }), 6000);
      expect(result.status).to.equal('failed');
      if (result.status !== 'failed') return;
      expect(result.error.name).to.equal('MockWorkerStartError');
      expect(result.error.message).to.contain('Quit and reopen the browser');
      // two waits of a quarter of the time limit each, well before the limit itself
      expect(result.elapsed).to.be.below(3500);
    });
  }

  // Last: MSW's start stays pending for good in this page.
  it('rejects within its time limit, saying what to do, when the worker never starts', async () => {
    replace('getRegistrations', () => Promise.resolve([]));
    replace('register', () => new Promise(() => {}));
    const result = await outcome(startMockWorker({ quiet: true, timeout: 1000 }), 5000);
    expect(result.status).to.equal('failed');
    if (result.status !== 'failed') return;
    expect(result.error.name).to.equal('MockWorkerStartError');
    expect(result.error.message).to.contain('did not start within 1 s');
    expect(result.error.message).to.contain('Reload the page');
    expect(result.elapsed).to.be.within(900, 2500);
  });
});
