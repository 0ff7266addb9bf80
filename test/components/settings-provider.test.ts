import { expect, fixture, html } from '@open-wc/testing';
import { SettingsApiError } from '../../src/api/errors.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import { settingsContext, type SettingsContextValue } from '../../src/context/settings-context.js';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { SettingsPreferencesUpdatedEvent } from '../../src/events/preferences-events.js';
import { FakeClient } from '../support/fake-client.js';
import { noRetries, once, renderInProvider, shadowText } from '../support/render.js';
import { testSession } from '../support/sessions.js';
import type { SettingsChange } from '../../src/events/settings-change.js';

const testChange: SettingsChange = {
  action: 'preferences.updated',
  section: 'personal/preferences',
  actor: { id: 'u1', name: 'Test User', email: 'test@example.com' },
  companyId: null,
  target: { type: 'user', id: 'u1' },
  changes: { theme: { before: 'dark', after: 'light' } },
  at: '2026-12-03T08:00:00.000Z',
};

/** A bare consumer that exposes what the provider shares. */
class ContextProbe extends LitElement {
  consumer = new ContextConsumer(this, { context: settingsContext, subscribe: true });
  get value(): SettingsContextValue | undefined {
    return this.consumer.value;
  }
}
customElements.define('test-context-probe', ContextProbe);

describe('settings-provider', () => {
  it('loads the session once and shares it, with the first company selected by default', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: fake.client });
    expect(fake.callsTo('getSession')).to.have.length(1);
    expect(element.value?.session.user.name).to.equal('Ada Lovelace');
    expect(element.value?.companyId).to.equal('c1');
    expect(element.value?.company?.name).to.equal('Acme North');
  });

  it('shows a loading status, then its content', async () => {
    const fake = new FakeClient();
    const provider = await fixture<SettingsProvider>(html`<settings-provider .retry=${noRetries} .client=${fake.client}><p>content</p></settings-provider>`);
    expect(provider.shadowRoot!.querySelector('[role=status]')?.textContent).to.contain('Loading');
    expect(provider.shadowRoot!.querySelector('slot')).to.equal(null);
    (await fake.nextCall('getSession')).resolve(testSession());
    await provider.taskComplete;
    expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('explains a failed session load and retries on request', async () => {
    const fake = new FakeClient();
    const provider = await fixture<SettingsProvider>(html`<settings-provider .retry=${noRetries} .client=${fake.client}></settings-provider>`);
    const failed = once(provider, 'settings-session-error');
    (await fake.nextCall('getSession')).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    expect((await failed).error.status).to.equal(500);
    await provider.taskComplete;
    const alert = provider.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('could not be loaded');
    alert.querySelector('button')!.click();
    (await fake.nextCall('getSession', 1)).resolve(testSession());
    await provider.taskComplete;
    expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  for (const [name, error, says, logs] of [
    [
      'a 404 on /session: the service is not at the base URL',
      new SettingsApiError({ status: 404, code: 'not_found', message: 'Not Found' }),
      'The settings service was not found.',
      'answered 404',
    ],
    [
      'no answer at all: the service could not be reached',
      new SettingsApiError({ status: 0, code: 'network_error', message: 'Failed to fetch' }),
      'The settings service could not be reached.',
      'could not be reached',
    ],
  ] as const) {
    it(`explains ${name}, to the user and to the host's developers in the console`, async () => {
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
      try {
        const fake = new FakeClient();
        const provider = await fixture<SettingsProvider>(html`<settings-provider .retry=${noRetries} .client=${fake.client}></settings-provider>`);
        (await fake.nextCall('getSession')).reject(error);
        await provider.taskComplete;
        const alert = provider.shadowRoot!.querySelector('[role=alert]')!.textContent;
        expect(alert).to.contain(says);
        expect(alert).not.to.contain('removed by someone else');
        expect(logged.some((line) => line.includes('/session') && line.includes(logs))).to.equal(true);
      } finally {
        console.error = original;
      }
    });
  }

  it('tells the host about a 401 once and does not retry', async () => {
    const fake = new FakeClient();
    const provider = await fixture<SettingsProvider>(html`<settings-provider .retry=${noRetries} .client=${fake.client}></settings-provider>`);
    let events = 0;
    provider.addEventListener('settings-unauthorized', () => events++);
    (await fake.nextCall('getSession')).reject(new SettingsApiError({ status: 401, code: 'unauthorized', message: 'expired' }));
    await provider.taskComplete;
    expect(events).to.equal(1);
    expect(fake.callsTo('getSession')).to.have.length(1);
    expect(shadowText(provider)).to.contain('Your session has ended');

    // After the host signs the user in again, reload() starts over.
    void provider.reload();
    (await fake.nextCall('getSession', 1)).resolve(testSession());
    await provider.taskComplete;
    expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('reports a 401 from any panel request through the wrapped client', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { provider, element } = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: fake.client });
    const unauthorized = once(provider, 'settings-unauthorized');
    const request = element.value!.client.getProfile();
    (await fake.nextCall('getProfile')).reject(new SettingsApiError({ status: 401, code: 'unauthorized', message: 'expired' }));
    const error = await request.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SettingsApiError);
    expect((await unauthorized).error.status).to.equal(401);
  });

  it('wraps anything a custom client throws into SettingsApiError', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: fake.client });
    const request = element.value!.client.getPreferences();
    (await fake.nextCall('getPreferences')).reject(new Error('GraphQL exploded'));
    const error = (await request.catch((e: unknown) => e)) as SettingsApiError;
    expect(error).to.be.instanceOf(SettingsApiError);
    expect(error.status).to.equal(0);
    expect(error.message).to.equal('GraphQL exploded');
  });

  it('switches company through the context, reflects it and fires settings-company-changed', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { provider, element } = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: fake.client });
    const changed = once(provider, 'settings-company-changed');
    element.value!.selectCompany('c2');
    expect((await changed).companyId).to.equal('c2');
    await provider.taskComplete;
    expect(provider.getAttribute('company')).to.equal('c2');
    expect(element.value?.company?.name).to.equal('Acme South');
  });

  it('honours the company attribute, and reports an unassigned company as no company', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: fake.client, company: 'c2' });
    expect(element.value?.company?.id).to.equal('c2');
    const other = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: new FakeClient({ session: testSession() }).client, company: 'nope' });
    expect(other.element.value?.companyId).to.equal('nope');
    expect(other.element.value?.company).to.equal(null);
    expect(other.element.value?.access('company/sites')).to.include({ allowed: false, reason: 'no-company-access' });
  });

  it('refreshes the session in place, keeping the content on screen', async () => {
    const fake = new FakeClient();
    const provider = await fixture<SettingsProvider>(html`<settings-provider .retry=${noRetries} .client=${fake.client}><test-context-probe></test-context-probe></settings-provider>`);
    (await fake.nextCall('getSession')).resolve(testSession());
    await provider.taskComplete;
    const probe = provider.querySelector<ContextProbe>('test-context-probe')!;
    const refreshing = probe.value!.refreshSession();
    // The refresh is still unanswered: only a render it might have asked for.
    await provider.updateComplete;
    expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
    (await fake.nextCall('getSession', 1)).resolve(testSession({ companies: [] }));
    await refreshing;
    await provider.taskComplete;
    expect(probe.value?.session.companies).to.have.length(0);
  });

  it('falls back to the first company when a refresh shows the selected one was lost', async () => {
    const fake = new FakeClient();
    const provider = await fixture<SettingsProvider>(html`<settings-provider .retry=${noRetries} .client=${fake.client} company="c2"><test-context-probe></test-context-probe></settings-provider>`);
    (await fake.nextCall('getSession')).resolve(testSession());
    await provider.taskComplete;
    const probe = provider.querySelector<ContextProbe>('test-context-probe')!;
    const changed = once(provider, 'settings-company-changed');
    const refreshing = probe.value!.refreshSession();
    (await fake.nextCall('getSession', 1)).resolve(testSession({ companies: testSession().companies.slice(0, 1) }));
    await refreshing;
    expect((await changed).companyId).to.equal('c1');
    await provider.taskComplete;
    expect(probe.value?.company?.id).to.equal('c1');
  });

  it('does not report a change when the already selected company is chosen', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { provider, element } = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: fake.client });
    let events = 0;
    provider.addEventListener('settings-company-changed', () => events++);
    element.value!.selectCompany('c1');
    expect(events).to.equal(0);
  });

  it('shares one session request between panels refreshing at the same time', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: fake.client });
    await Promise.all([element.value!.refreshSession(), element.value!.refreshSession(), element.value!.refreshSession()]);
    expect(fake.callsTo('getSession')).to.have.length(2);
  });

  it("follows the user's theme, a later saved preference, and a theme the host forces", async () => {
    const fake = new FakeClient({ session: testSession({ user: { ...testSession().user, theme: 'dark' } }) });
    const { provider, element } = await renderInProvider<ContextProbe>(html`<test-context-probe></test-context-probe>`, { client: fake.client });
    expect(provider.style.colorScheme).to.equal('dark');
    const preferences = { language: 'en', timeZone: 'UTC', dateFormat: 'YYYY-MM-DD', theme: 'light', emailNotifications: { productUpdates: true, securityAlerts: true, weeklyDigest: false } } as const;
    element.dispatchEvent(new SettingsPreferencesUpdatedEvent(preferences, testChange));
    await provider.updateComplete;
    expect(provider.style.colorScheme).to.equal('light');
    provider.theme = 'dark';
    await provider.updateComplete;
    expect(provider.style.colorScheme).to.equal('dark');
  });

  it('creates an HTTP client from base-url', async () => {
    const requested: string[] = [];
    const originalFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL) => {
      requested.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(new Response(JSON.stringify(testSession()), { headers: { 'Content-Type': 'application/json' } }));
    };
    try {
      const provider = await fixture<SettingsProvider>(html`<settings-provider base-url="/backend/"></settings-provider>`);
      await provider.taskComplete;
      expect(requested).to.deep.equal(['/backend/session']);
    } finally {
      window.fetch = originalFetch;
    }
  });
});
