import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SettingsApp } from '../../src/components/settings-app/settings-app.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import type { SettingsCompanySwitcher } from '../../src/components/settings-company-switcher/settings-company-switcher.js';
import { SettingsPanel } from '../../src/kit/settings-panel.js';
import { navigationContext } from '../../src/context/settings-context.js';
import { ContextConsumer } from '@lit/context';
import { createMockDb } from '../../mocks/db.js';
import type { PersonaId } from '../../mocks/personas.js';
import { FakeClient } from '../support/fake-client.js';
import { once, renderInProvider } from '../support/render.js';
import { link } from '../support/dom.js';
import { typeText } from '../support/keyboard.js';

/** Stands in for the API keys panel of a later issue: loads keys as soon as it renders. */
class FakeApiKeysPanel extends SettingsPanel {
  protected readonly sectionId = 'organization/api-keys' as const;
  navigation = new ContextConsumer(this, { context: navigationContext });
  keys = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => client.listApiKeys({}, { signal }),
  });
  protected renderPanel() {
    return html`<p>keys panel</p>`;
  }
}
customElements.define('settings-api-keys', FakeApiKeysPanel);

async function renderApp(persona: PersonaId, section?: string) {
  const fake = new FakeClient({ session: createMockDb().sessionFor(persona) });
  const { element, provider } = await renderInProvider<SettingsApp>(html`<settings-app section=${section ?? 'personal/general'}></settings-app>`, {
    client: fake.client,
  });
  return { fake, app: element, provider, root: element.shadowRoot! };
}

/** The shell's company switcher, once its code (loaded by the shell, on its own) has arrived. */
async function companySwitcher(root: ShadowRoot): Promise<SettingsCompanySwitcher> {
  await customElements.whenDefined('settings-company-switcher');
  const switcher = root.querySelector<SettingsCompanySwitcher>('settings-company-switcher')!;
  await switcher.updateComplete;
  return switcher;
}

const navLabels = (root: ShadowRoot) => [...root.querySelectorAll('[part~=nav-link]')].map((a) => a.textContent.trim());
const hiddenSections = (root: ShadowRoot) => [...root.querySelectorAll('[part=hidden-help] li')].map((li) => li.getAttribute('data-section'));

describe('settings-app', () => {
  it('shows an Owner every section, grouped Personal / Company / Organization', async () => {
    const { root } = await renderApp('owner');
    expect([...root.querySelectorAll('.group-label')].map((g) => g.textContent)).to.deep.equal(['Personal', 'Company', 'Organization']);
    expect(navLabels(root)).to.deep.equal([
      'General',
      'Preferences',
      'Membership',
      'Sites',
      'Data preferences',
      'Members',
      'Admin team',
      'API keys',
      'Billing',
      'Data repository',
    ]);
    expect(hiddenSections(root)).to.deep.equal([]);
    expect(root.querySelector('[part=hidden-help]')!.textContent).to.contain('You can see every section.');
  });

  it('hides the Organization group from a company-only member and explains it', async () => {
    const { root } = await renderApp('company-admin');
    expect(navLabels(root)).to.deep.equal(['General', 'Preferences', 'Membership', 'Sites', 'Data preferences', 'Members']);
    expect(hiddenSections(root)).to.deep.equal([
      'organization/admin-team',
      'organization/api-keys',
      'organization/billing',
      'organization/data-repository',
    ]);
    expect(root.querySelector('[part=hidden-help] li')!.textContent).to.contain('Contact an organization admin to be added.');
  });

  it('shows a billing manager no company sections and says they are not assigned', async () => {
    const { root } = await renderApp('billing-manager');
    expect(navLabels(root)).to.deep.equal(['General', 'Preferences', 'Membership', 'Admin team', 'Billing']);
    expect(root.querySelector('settings-company-switcher')).to.equal(null);
    const sites = root.querySelector('[part=hidden-help] li[data-section="company/sites"]')!;
    expect(sites.textContent).to.contain('not assigned to any company');
  });

  it('renders the panel of an allowed section, which loads its data', async () => {
    const { fake, root } = await renderApp('owner', 'organization/api-keys');
    expect(root.querySelector('h2')!.textContent).to.equal('API keys');
    expect(root.querySelector('settings-api-keys')).to.not.equal(null);
    await fake.nextCall('listApiKeys');
  });

  it('lets its panels link to and navigate to other sections', async () => {
    const { app, root } = await renderApp('owner', 'organization/api-keys');
    const panel = root.querySelector<FakeApiKeysPanel>('settings-api-keys')!;
    expect(panel.navigation.value?.href('organization/admin-team')).to.equal('#organization/admin-team');
    const navigating = once(app, 'settings-navigate');
    panel.navigation.value?.navigate('organization/admin-team');
    expect((await navigating).section).to.equal('organization/admin-team');
    await app.updateComplete;
    expect(app.section).to.equal('organization/admin-team');
  });

  for (const [persona, reason] of [
    ['company-admin', 'not-organization-member'],
    ['billing-manager', 'missing-permission'],
    ['no-api-keys', 'feature-unavailable'],
  ] as const) {
    it(`guards a deep link to API keys for ${persona}: explanation, no panel, no request`, async () => {
      const { fake, root } = await renderApp(persona, 'organization/api-keys');
      expect(root.querySelector('h2')!.textContent).to.equal('API keys is not available');
      expect(root.querySelector('[part=access-notice]')!.getAttribute('data-reason')).to.equal(reason);
      expect(root.querySelector('settings-api-keys')).to.equal(null);
      expect(fake.calls.map((c) => c.method)).to.deep.equal(['getSession']);
    });
  }

  it('shows a host section whose element is not registered as its heading and scope only, then its panel once the host registers it', async () => {
    const late = { id: 'acme/audit', scope: 'organization', label: 'Audit', tagName: 'acme-late-audit' } as const;
    const fake = new FakeClient({ session: createMockDb().sessionFor('owner') });
    const { element: app } = await renderInProvider<SettingsApp>(html`<settings-app section="acme/audit"></settings-app>`, { client: fake.client, sections: [late] });
    const root = app.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Audit');
    expect(root.querySelector('.scope-description')!.textContent).to.equal('Organization settings apply across all companies.');
    expect(root.querySelector('acme-late-audit')).to.equal(null);
    class LateAuditPanel extends SettingsPanel {
      protected readonly sectionId = 'acme/audit';
      protected renderPanel() {
        return html`<p>audit</p>`;
      }
    }
    customElements.define('acme-late-audit', LateAuditPanel);
    // The shell's own whenDefined callback came first and asked for a render.
    await customElements.whenDefined('acme-late-audit');
    await app.updateComplete;
    expect(root.querySelector('acme-late-audit')).to.not.equal(null);
  });

  it('explains an unknown section id', async () => {
    const { root } = await renderApp('owner', 'organization/nope');
    expect(root.querySelector('h2')!.textContent).to.contain('no settings section called “organization/nope”');
  });

  it('navigates on click after a cancelable settings-navigate', async () => {
    const { app, root } = await renderApp('owner');
    const billing = link(root, 'Billing');
    expect(billing.getAttribute('href')).to.equal('#organization/billing');
    const navigating = once(app, 'settings-navigate');
    billing.click();
    expect((await navigating).section).to.equal('organization/billing');
    await app.updateComplete;
    expect(app.section).to.equal('organization/billing');
    expect(billing.getAttribute('aria-current')).to.equal('page');
  });

  it('routes by the URL hash when asked to (follow-hash)', async () => {
    const { app, root } = await renderApp('owner');
    app.followHash = true;
    try {
      link(root, 'Billing').click();
      expect(location.hash).to.equal('#organization/billing');
      location.hash = 'company/sites';
      // The shell listened first: it has asked for a render by the time this resolves.
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await app.updateComplete;
      expect(app.section).to.equal('company/sites');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('lets the host cancel navigation to route itself', async () => {
    const { app, root } = await renderApp('owner');
    app.addEventListener('settings-navigate', (e) => e.preventDefault());
    link(root, 'Billing').click();
    await app.updateComplete;
    expect(app.section).to.equal('personal/general');
  });

  it('switches company with the keyboard and describes the company scope', async () => {
    const { app, root, provider } = await renderApp('company-viewer', 'company/sites');
    const switcher = await companySwitcher(root);
    const trigger = switcher.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!;
    const [first, second] = createMockDb().sessionFor('company-viewer').companies;
    expect(root.querySelector('.scope-description')!.textContent).to.contain(first!.name);

    trigger.focus();
    await sendKeys({ press: 'ArrowDown' });
    await switcher.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    const focused = () => switcher.shadowRoot!.activeElement;
    expect(focused()?.getAttribute('aria-checked')).to.equal('true');
    expect(focused()?.textContent).to.contain(first!.name);

    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.textContent).to.contain(second!.name);
    const changed = once(provider, 'settings-company-changed');
    await sendKeys({ press: 'Enter' });
    expect((await changed).companyId).to.equal(second!.id);
    // The provider's render of the company, then the shell's and the switcher's.
    await provider.taskComplete;
    await app.updateComplete;
    await switcher.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(switcher.shadowRoot!.activeElement === trigger, 'focus on trigger').to.equal(true);
    expect(trigger.textContent.trim()).to.equal(second!.name);
    expect(root.querySelector('.scope-description')!.textContent).to.contain(second!.name);
  });

  it('closes the company menu with Escape and returns focus to its button', async () => {
    const { root } = await renderApp('company-viewer');
    const switcher = await companySwitcher(root);
    const trigger = switcher.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await switcher.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await switcher.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(switcher.shadowRoot!.activeElement === trigger, 'focus on trigger').to.equal(true);
  });

  it('filters a long company list as the user types (large organization)', async () => {
    const { root } = await renderApp('large-org');
    const switcher = await companySwitcher(root);
    const trigger = switcher.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await switcher.updateComplete;
    const input = switcher.shadowRoot!.querySelector('input')!;
    expect(switcher.shadowRoot!.activeElement === input, 'focus on input').to.equal(true);
    const all = switcher.shadowRoot!.querySelectorAll('[role=menuitemradio]').length;
    const target = createMockDb().sessionFor('large-org').companies[150]!;
    await typeText(target.name);
    await switcher.updateComplete;
    const items = [...switcher.shadowRoot!.querySelectorAll('[role=menuitemradio]')];
    expect(items.length).to.be.lessThan(all);
    expect(items.some((i) => i.textContent.includes(target.name))).to.equal(true);
  });

  it('is accessible, with the hidden-section help open', async () => {
    const { app, root } = await renderApp('company-viewer', 'company/sites');
    root.querySelector('details')!.open = true;
    await app.updateComplete;
    await expect(app).to.be.accessible();
  });
});

describe('settings-app with a host registry', () => {
  it('leaves out omitted built-in sections: not in the navigation, not listed as hidden, a deep link is unknown', async () => {
    const fake = new FakeClient({ session: createMockDb().sessionFor('org-admin') });
    const { element } = await renderInProvider<SettingsApp>(html`<settings-app section="organization/billing"></settings-app>`, { client: fake.client });
    const provider = element.parentElement as SettingsProvider;
    // org-admin cannot see Billing: listed as hidden until the host omits it.
    expect(hiddenSections(element.shadowRoot!)).to.include('organization/billing');
    provider.setAttribute('omit-sections', 'organization/billing organization/data-repository');
    // The provider's render of its new sections, then the shell's.
    await provider.taskComplete;
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(hiddenSections(root)).to.not.include('organization/billing');
    expect(navLabels(root)).to.not.include('Data repository');
    expect(root.querySelector('h2')!.textContent).to.contain('organization/billing');
  });

  it('leaves out only the host section that is defined wrong, keeping the others (the console says why)', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args[0]);
    try {
      const fake = new FakeClient({ session: createMockDb().sessionFor('owner') });
      const good = { id: 'acme/webhooks', scope: 'organization', label: 'Webhooks', tagName: 'acme-webhooks' } as const;
      const reserved = { id: 'organization/webhooks', scope: 'organization', label: 'Bad', tagName: 'acme-bad' } as const;
      const twice = { ...good, label: 'Webhooks again' };
      const { element } = await renderInProvider<SettingsApp>(html`<settings-app section="personal/general"></settings-app>`, {
        client: fake.client,
        sections: [reserved, good, twice],
      });
      expect(navLabels(element.shadowRoot!).filter((label) => label.startsWith('Webhooks'))).to.deep.equal(['Webhooks']);
      expect(navLabels(element.shadowRoot!)).to.not.include('Bad');
      expect(logged.map((error) => (error as Error).name)).to.deep.equal(['SectionDefinitionError', 'SectionDefinitionError']);
    } finally {
      console.error = original;
    }
  });

  it('ignores a malformed hash (#100%) instead of throwing on every hashchange', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const fake = new FakeClient({ session: createMockDb().sessionFor('owner') });
    const { element } = await renderInProvider<SettingsApp>(html`<settings-app follow-hash section="personal/general"></settings-app>`, { client: fake.client });
    location.hash = '100%';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await element.updateComplete;
    window.removeEventListener('error', onError);
    history.replaceState(null, '', location.pathname + location.search);
    expect(errors).to.deep.equal([]);
    expect(element.section).to.equal('personal/general');
  });
});
