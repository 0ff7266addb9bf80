import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import { SettingsPreferencesUpdatedEvent } from '../../src/events/preferences-events.js';
import { getLocale, msg, registerTranslation, setLocale } from '../../src/i18n/localize.js';
import { loadLocale } from '../../src/i18n/load-locale.js';
import '../../src/i18n/catalogs/pseudo/register.js';
import { FakeClient } from '../support/fake-client.js';
import { shadowText } from '../support/render.js';
import { testSession } from '../support/sessions.js';
import type { SettingsChange } from '../../src/events/settings-change.js';

const noRetries = { retries: 0, baseDelayMs: 0, maxDelayMs: 0 };
registerTranslation('xx', { 'section.personal/general': 'Xeneral' });

async function renderProvider(attributes: { locale?: string; follow?: boolean; language?: string; pageLang?: string; loader?: typeof loadLocale }) {
  const fake = new FakeClient({ session: testSession({ user: { ...testSession().user, language: attributes.language ?? 'en' } }) });
  const wrapper = await fixture<HTMLElement>(html`<div lang=${attributes.pageLang ?? ''}>
    <settings-provider
      .retry=${noRetries}
      .client=${fake.client}
      .loadTranslation=${attributes.loader}
      locale=${attributes.locale ?? ''}
      ?follow-user-language=${attributes.follow ?? false}
    >
      <settings-app></settings-app>
    </settings-provider>
  </div>`);
  const provider = wrapper.querySelector<SettingsProvider>('settings-provider')!;
  await provider.taskComplete;
  const app = provider.querySelector('settings-app')!;
  await app.updateComplete;
  return { provider, app };
}

const change: SettingsChange = {
  action: 'preferences.updated',
  section: 'personal/preferences',
  actor: { id: 'u1', name: 'Ada', email: 'ada@example.com' },
  companyId: null,
  target: { type: 'user', id: 'u1' },
  changes: { language: { before: 'en', after: 'de' } },
  at: '2026-12-03T08:00:00.000Z',
};

describe('the provider chooses the language', () => {
  afterEach(() => setLocale('en'));

  it('speaks its locale attribute, sets lang on itself, and re-renders the elements in it', async () => {
    const { provider, app } = await renderProvider({ locale: 'xx' });
    expect(getLocale()).to.equal('xx');
    expect(provider.getAttribute('lang')).to.equal('xx');
    expect(shadowText(app)).to.contain('Xeneral');
  });

  it("follows the page's lang when it has none, and falls back to English for a language without a catalog", async () => {
    await renderProvider({ pageLang: 'xx' });
    expect(getLocale()).to.equal('xx');
    setLocale('en');
    const { provider, app } = await renderProvider({ locale: 'tlh' });
    expect(getLocale()).to.equal('en');
    expect(provider.getAttribute('lang')).to.equal('en');
    expect(shadowText(app)).to.contain('General');
  });

  it('loads a catalog on demand and mirrors the area for Arabic', async () => {
    const { provider, app } = await renderProvider({ locale: 'ar', loader: loadLocale });
    expect(getLocale()).to.equal('ar');
    expect(provider.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(app).direction).to.equal('rtl');
    expect(msg('section.personal/general')).to.not.equal('General');
  });

  it("follows the user's language when the host opts in: from the session, then from a saved preference", async () => {
    const { provider } = await renderProvider({ locale: 'en', follow: true, language: 'xx' });
    expect(getLocale()).to.equal('xx');
    const preferences = { language: 'en-GB', timeZone: 'UTC', dateFormat: 'YYYY-MM-DD', theme: 'system', emailNotifications: { productUpdates: true, securityAlerts: true, weeklyDigest: false } } as const;
    provider.querySelector('settings-app')!.dispatchEvent(new SettingsPreferencesUpdatedEvent(preferences, change));
    // The update that asks for the language, then its load.
    await provider.updateComplete;
    await provider.taskComplete;
    expect(getLocale()).to.equal('en-GB');
    // Back to left-to-right: the direction is the page's again.
    expect(provider.hasAttribute('dir')).to.equal(false);
  });

  it('does not follow the user unless asked', async () => {
    await renderProvider({ locale: 'en', language: 'xx' });
    expect(getLocale()).to.equal('en');
  });

  it('shows the pseudo-locale accented, longer and bracketed, keeping the values it was built with', async () => {
    const { app } = await renderProvider({ locale: 'en-XA' });
    expect(shadowText(app)).to.contain('[Ĝéñéŕàļ ~~~]');
    expect(msg('access.viewOnly', { role: 'Viewer' })).to.match(/^\[Ṽîéŵ öñļý: ýöûŕ ŕöļé îš Viewer\. ~+\]$/);
  });
});
