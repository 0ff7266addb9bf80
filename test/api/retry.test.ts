import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/settings-app.js';
import '../../src/define/settings-sites.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { SettingsApiError } from '../../src/api/errors.js';
import { isRetryable, retryDelay, withRetries, type RetryPolicy } from '../../src/api/retry.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import { createMockDb } from '../../mocks/db.js';
import { FakeClient } from '../support/fake-client.js';
import { renderInProvider, shadowText } from '../support/render.js';
import { findButton } from '../support/dom.js';
import type { SettingsPanel } from '../../src/kit/settings-panel.js';

const policy: RetryPolicy = { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 };
const fast: RetryPolicy = { retries: 3, baseDelayMs: 1, maxDelayMs: 50 };
const error = (status: number, extra: Partial<ConstructorParameters<typeof SettingsApiError>[0]> = {}) =>
  new SettingsApiError({ status, code: status === 0 ? 'network_error' : 'server_error', message: 'failed', ...extra });

describe('read retries (issue 8)', () => {
  describe('the policy', () => {
    it('retries network failures, 429 and 5xx, never an abort or a 4xx', () => {
      expect([0, 429, 500, 502, 503].map((s) => isRetryable(error(s)))).to.deep.equal([true, true, true, true, true]);
      expect([400, 401, 403, 404, 409, 422].some((s) => isRetryable(error(s)))).to.equal(false);
      expect(isRetryable(new SettingsApiError({ status: 0, code: 'aborted', message: 'aborted' }))).to.equal(false);
    });

    it('backs off exponentially with jitter, and stops after the last retry', () => {
      const low = [0, 1, 2].map((attempt) => retryDelay(policy, attempt, error(500), () => 0));
      const high = [0, 1, 2].map((attempt) => retryDelay(policy, attempt, error(500), () => 1));
      expect(low).to.deep.equal([50, 100, 200]);
      expect(high).to.deep.equal([100, 200, 400]);
      expect(retryDelay(policy, 3, error(500))).to.equal(undefined);
      expect(retryDelay({ ...policy, baseDelayMs: 800 }, 2, error(500), () => 1), 'capped').to.equal(1000);
    });

    it('waits as long as Retry-After says, or shows the error when that is too long', () => {
      expect(retryDelay(policy, 0, error(429, { retryAfter: 1 }))).to.equal(1000);
      expect(retryDelay(policy, 0, error(429, { retryAfter: 30 }))).to.equal(undefined);
    });

    it('stops waiting when the signal aborts (the element left the page)', async () => {
      const abort = new AbortController();
      let attempts = 0;
      const run = withRetries(() => Promise.reject(error(500, { message: `attempt ${++attempts}` })), { ...policy, baseDelayMs: 10_000, maxDelayMs: 10_000 }, abort.signal);
      abort.abort();
      const result = await run.catch((e: SettingsApiError) => e);
      expect(result.code).to.equal('aborted');
      expect(attempts).to.equal(1);
    });
  });

  describe('in the provider', () => {
    it('retries the session and a panel read, so a flaky start still opens', async () => {
      const fake = new FakeClient({ session: createMockDb().sessionFor('owner') });
      const session = new FakeClient();
      const client = new Proxy(fake.client, {
        get: (target, key) => (key === 'getSession' ? (o?: { signal?: AbortSignal }) => session.client.getSession(o) : (Reflect.get(target, key) as unknown)),
      });
      const pending = renderInProvider<SettingsPanel>(html`<settings-sites></settings-sites>`, { client, retry: fast });
      (await session.nextCall('getSession')).reject(error(503));
      (await session.nextCall('getSession', 1)).resolve(createMockDb().sessionFor('owner'));
      const { element } = await pending;
      (await fake.nextCall('listSites')).reject(error(0));
      (await fake.nextCall('listSites', 1)).reject(error(429, { retryAfter: 0 }));
      (await fake.nextCall('listSites', 2)).resolve({ items: [], nextCursor: null, total: 0 });
      await element.taskComplete;
      expect(shadowText(element)).not.to.contain('Something went wrong');
      expect(element.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
    });

    it('shows the error and its Try again once the retries are spent', async () => {
      const fake = new FakeClient({ session: createMockDb().sessionFor('owner') });
      const { element } = await renderInProvider<SettingsPanel>(html`<settings-sites></settings-sites>`, { client: fake.client, retry: { ...fast, retries: 1 } });
      (await fake.nextCall('listSites')).reject(error(500));
      (await fake.nextCall('listSites', 1)).reject(error(500));
      await element.taskComplete;
      expect(shadowText(element)).to.contain('Something went wrong on our side');
      expect(findButton(element, 'Try again')).to.not.equal(null);
      expect(fake.callsTo('listSites')).to.have.length(2);
    });

    it('never retries a write', async () => {
      const fake = new FakeClient({ session: createMockDb().sessionFor('owner') });
      const { provider } = await renderInProvider<HTMLElement>(html`<div></div>`, { client: fake.client, retry: fast });
      const client = (provider as unknown as { context: { client: typeof fake.client } }).context.client;
      const write = client.updateProfile({ jobTitle: 'x' }).catch((e: SettingsApiError) => e);
      (await fake.nextCall('updateProfile')).reject(error(503));
      expect((await write as SettingsApiError).status).to.equal(503);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(fake.callsTo('updateProfile')).to.have.length(1);
    });
  });

  it('opens the whole area as the unstable persona on 10 of 10 fresh loads (chaos: 30 % of requests fail)', async function () {
    this.timeout(20_000);
    let opened = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const client = createMockClient({ persona: 'unstable', chaos: { seed, rate: 0.3, latency: [0, 5], retryAfter: [0, 0] } });
      const provider = await fixture<SettingsProvider>(html`
        <settings-provider .client=${client} .retry=${fast}><settings-app></settings-app></settings-provider>
      `);
      const app = provider.querySelector('settings-app')!;
      // The session, with its retries, and the shell's render of it.
      await provider.taskComplete;
      await app.updateComplete;
      if (app.shadowRoot?.querySelector('nav')) opened++;
      provider.remove();
    }
    expect(opened).to.equal(10);
  });
});
