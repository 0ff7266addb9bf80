import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import { SettingsPreferencesUpdatedEvent } from '../../src/events/preferences-events.js';
import { getLocale, msg, registerTranslation, setLocale, withLocale, type Translation } from '../../src/i18n/localize.js';
import { de } from '../../src/i18n/catalogs/de/index.js';
import { loadLocale } from '../../src/i18n/load-locale.js';
import '../../src/i18n/catalogs/pseudo/register.js';
import { FakeClient } from '../support/fake-client.js';
import { link } from '../support/dom.js';
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
    expect(provider.getAttribute('lang')).to.equal('xx');
    expect(shadowText(app)).to.contain('Xeneral');
    // The language is the provider's: the page's own is left as it was.
    expect(getLocale()).to.equal('en');
  });

  it("follows the page's lang when it has none, and falls back to English for a language without a catalog", async () => {
    const first = await renderProvider({ pageLang: 'xx' });
    expect(first.provider.getAttribute('lang')).to.equal('xx');
    expect(shadowText(first.app)).to.contain('Xeneral');
    const { provider, app } = await renderProvider({ locale: 'tlh' });
    expect(provider.getAttribute('lang')).to.equal('en');
    expect(shadowText(app)).to.contain('General');
  });

  it('loads a catalog on demand and mirrors the area for Arabic', async () => {
    const { provider, app } = await renderProvider({ locale: 'ar', loader: loadLocale });
    expect(provider.getAttribute('lang')).to.equal('ar');
    expect(provider.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(app).direction).to.equal('rtl');
    expect(shadowText(app)).to.contain(withLocale('ar', () => msg('section.personal/general')));
    expect(shadowText(app)).not.to.contain('General');
  });

  it("follows the user's language when the host opts in: from the session, then from a saved preference", async () => {
    const { provider, app } = await renderProvider({ locale: 'en', follow: true, language: 'xx' });
    expect(shadowText(app)).to.contain('Xeneral');
    const preferences = { language: 'en-GB', timeZone: 'UTC', dateFormat: 'YYYY-MM-DD', theme: 'system', emailNotifications: { productUpdates: true, securityAlerts: true, weeklyDigest: false } } as const;
    app.dispatchEvent(new SettingsPreferencesUpdatedEvent(preferences, change));
    // The update that asks for the language, then its load.
    await provider.updateComplete;
    await provider.taskComplete;
    await app.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('en-GB');
    expect(shadowText(app)).to.contain('General');
    // Back to left-to-right: the direction is the page's again.
    expect(provider.hasAttribute('dir')).to.equal(false);
  });

  it('does not follow the user unless asked', async () => {
    const { provider, app } = await renderProvider({ locale: 'en', language: 'xx' });
    expect(provider.getAttribute('lang')).to.equal('en');
    expect(shadowText(app)).to.contain('General');
  });

  it('re-renders its elements in a locale the host switches to', async () => {
    const { provider, app } = await renderProvider({ locale: 'xx' });
    provider.locale = 'en';
    await provider.taskComplete;
    await app.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('en');
    expect(shadowText(app)).to.contain('General');
  });

  it('shows the pseudo-locale accented, longer and bracketed, keeping the values it was built with', async () => {
    const { app } = await renderProvider({ locale: 'en-XA' });
    expect(shadowText(app)).to.contain('[Ĝéñéŕàļ ~~~]');
    expect(withLocale('en-XA', () => msg('access.viewOnly', { role: 'Viewer' }))).to.match(/^\[Ṽîéŵ öñļý: ýöûŕ ŕöļé îš Viewer\. ~+\]$/);
  });
});

/** A loader that answers when the test says so: the catalog's download in flight. */
function slowLoader() {
  const asked: string[] = [];
  let answer: (catalog: Translation | undefined) => void = () => {};
  const loader = (tag: string) => {
    asked.push(tag);
    return new Promise<Translation | undefined>((resolve) => (answer = resolve));
  };
  return { loader, asked, answer: (catalog: Translation | undefined) => answer(catalog) };
}

describe('a provider that leaves the page while its language loads', () => {
  afterEach(() => setLocale('en'));

  it('leaves the language of the provider that came next alone when the load finishes', async () => {
    const german = slowLoader();
    const area = await fixture<HTMLElement>(html`<div>
      <settings-provider .retry=${noRetries} .client=${new FakeClient({ session: testSession() }).client} .loadTranslation=${german.loader} locale="de">
        <settings-app></settings-app>
      </settings-provider>
    </div>`);
    const leaving = area.querySelector<SettingsProvider>('settings-provider')!;
    await leaving.updateComplete;
    expect(german.asked).to.deep.equal(['de']);

    // The host navigates away before the catalog arrives, and puts an English area in its place.
    leaving.remove();
    const { provider, app } = await renderProvider({ locale: 'en' });
    german.answer(de);
    await leaving.taskComplete;
    await provider.taskComplete;

    // The user goes on working in the English area: everything it renders now is still English.
    link(app, 'Preferences').click();
    await app.updateComplete;
    expect(shadowText(app)).to.contain('General');
    expect(shadowText(app)).not.to.contain('Allgemein');
    expect(provider.getAttribute('lang')).to.equal('en');
    // The provider that left took no language with it either.
    expect(leaving.hasAttribute('lang')).to.equal(false);
  });

  it('asks for its language again when it comes back, and speaks it', async () => {
    const dutch = slowLoader();
    const area = await fixture<HTMLElement>(html`<div>
      <settings-provider .retry=${noRetries} .client=${new FakeClient({ session: testSession() }).client} .loadTranslation=${dutch.loader} locale="nl">
        <settings-app></settings-app>
      </settings-provider>
    </div>`);
    const provider = area.querySelector<SettingsProvider>('settings-provider')!;
    await provider.updateComplete;
    provider.remove();
    area.append(provider);
    await provider.updateComplete;
    // The first load was dropped when the provider left: only the second one's answer counts.
    expect(dutch.asked).to.deep.equal(['nl', 'nl']);
    dutch.answer({ 'section.personal/general': 'Algemeen' });
    await provider.taskComplete;
    const app = provider.querySelector('settings-app')!;
    await app.updateComplete;
    expect(provider.getAttribute('lang')).to.equal('nl');
    expect(shadowText(app)).to.contain('Algemeen');
  });
});
