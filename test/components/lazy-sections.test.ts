import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import type { SettingsApp } from '../../src/components/settings-app/settings-app.js';
import type { SectionDefinition } from '../../src/access/sections.js';
import { SettingsPanel } from '../../src/kit/settings-panel.js';
import { createMockDb } from '../../mocks/db.js';
import type { PersonaId } from '../../mocks/personas.js';
import { FakeClient } from '../support/fake-client.js';
import { renderInProvider } from '../support/render.js';
import { link } from '../support/dom.js';
import { isWebKit } from '../support/engine.js';

// This file registers only the provider and the shell (test/support/render.ts): every section's code
// comes through the shell's own loading, as in a host that imports nothing more. The custom-element
// registry lives as long as the page, so the tests run in an order where what one loads is not what
// the next checks is missing.

async function renderApp(persona: PersonaId, options: { section?: string; prefetch?: string; sections?: readonly SectionDefinition[] } = {}) {
  const fake = new FakeClient({ session: createMockDb().sessionFor(persona) });
  const { element: app } = await renderInProvider<SettingsApp>(
    html`<settings-app section=${options.section ?? 'personal/general'} prefetch=${options.prefetch ?? 'idle'}></settings-app>`,
    { client: fake.client, sections: options.sections ?? [] },
  );
  return { fake, app, root: app.shadowRoot! };
}

/** Waits for what a section's code brings; a chunk served by the test server can take seconds in a busy engine. */
const untilShown = (shown: () => Element | null, what: string) => waitUntil(shown, what, { timeout: 15_000 });

const defined = (tag: string) => customElements.get(tag) !== undefined;

/** Keeps the console quiet for a failure the test causes, and answers what was logged. */
async function withConsoleErrors(run: (logged: unknown[][]) => Promise<void>): Promise<void> {
  const logged: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    await run(logged);
  } finally {
    console.error = original;
  }
}

/** A host section whose loader the test settles by hand, counting its calls. */
function handLoadedSection(tagName: string) {
  const loads: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const section: SectionDefinition = {
    id: `acme/${tagName}`,
    scope: 'personal',
    label: 'Notifications',
    tagName,
    load: () => new Promise<void>((resolve, reject) => loads.push({ resolve, reject })),
  };
  const define = () => {
    customElements.define(
      tagName,
      class extends SettingsPanel {
        protected readonly sectionId = section.id;
        protected renderPanel() {
          return html`<p>notifications panel</p>`;
        }
      },
    );
  };
  return { section, loads, define };
}

describe('settings-app: section code loaded when needed', () => {
  it('fetches no company switcher for a user without companies', async () => {
    const { app } = await renderApp('billing-manager', { prefetch: 'none' });
    await app.updateComplete;
    expect(defined('settings-company-switcher')).to.equal(false);
    const { root } = await renderApp('owner', { prefetch: 'none' });
    await customElements.whenDefined('settings-company-switcher');
    expect(root.querySelector('settings-company-switcher')).to.not.equal(null);
  });

  it("loads a built-in section's code when it is opened, showing a skeleton while it loads, and no other section's", async () => {
    const { app, root, fake } = await renderApp('owner', { prefetch: 'none' });
    expect(defined('settings-billing')).to.equal(false);
    link(root, 'Billing').click();
    await app.updateComplete;
    expect(root.querySelector('[part~=skeleton]')?.getAttribute('role')).to.equal('status');
    expect(root.querySelector('h2')!.textContent).to.equal('Billing');
    await untilShown(() => root.querySelector('settings-billing'), 'the Billing panel once its code arrived');
    expect(root.querySelector('[part~=skeleton]')).to.equal(null);
    await fake.nextCall('getBilling');
    for (const tag of ['settings-api-keys', 'settings-admin-team', 'settings-sites', 'settings-data-repository']) {
      expect(defined(tag), tag).to.equal(false);
    }
  });

  it('fetches the code of a section whose link the pointer rests on, without making its panel or asking for its data', async () => {
    const { root, fake } = await renderApp('owner', { prefetch: 'intent' });
    expect(defined('settings-sites')).to.equal(false);
    link(root, 'Sites').dispatchEvent(new PointerEvent('pointerenter'));
    await customElements.whenDefined('settings-sites');
    expect(root.querySelector('settings-sites')).to.equal(null);
    expect(fake.callsTo('listSites')).to.deep.equal([]);
  });

  it('fetches, once idle, the code of every section the user may see and none of those hidden from them, then the dialog', async () => {
    expect(defined('settings-dialog'), 'no section brings the dialog with it').to.equal(false);
    const { fake } = await renderApp('company-admin', { section: 'personal/membership' });
    const allowed = ['settings-preferences', 'settings-membership', 'settings-data-preferences', 'settings-company-members', 'settings-dialog'];
    await Promise.all(allowed.map((tag) => customElements.whenDefined(tag)));
    for (const tag of ['settings-api-keys', 'settings-admin-team', 'settings-data-repository']) expect(defined(tag), tag).to.equal(false);
    // Code, not data: no panel was made for them, so the server heard only of the session and Membership.
    expect(fake.calls.map((call) => call.method)).to.deep.equal(['getSession', 'getMemberships']);
  });

  it("fetches the code of the section to open while the session loads, and its data only once it may be seen", async () => {
    const fake = new FakeClient();
    const provider = await fixture<SettingsProvider>(html`
      <settings-provider .client=${fake.client}><settings-app section="organization/data-repository"></settings-app></settings-provider>
    `);
    const session = await fake.nextCall('getSession');
    await customElements.whenDefined('settings-data-repository');
    expect(fake.calls.map((call) => call.method)).to.deep.equal(['getSession']);
    session.resolve(createMockDb().sessionFor('owner'));
    await provider.taskComplete;
    await fake.nextCall('getDataRepository');
  });

  it("shows an error with Try again when a section's code fails to load, then loads it on Try again", async () => {
    await withConsoleErrors(async (logged) => {
      const notifications = handLoadedSection('acme-flaky-notifications');
      const { app, root } = await renderApp('owner', { section: notifications.section.id, prefetch: 'none', sections: [notifications.section] });
      expect(root.querySelector('[part~=skeleton]')).to.not.equal(null);
      notifications.loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
      await untilShown(() => root.querySelector('[part=panel-error]'), 'the error in place of the section');
      const alert = root.querySelector('[part=panel-error]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('This section could not be loaded. Check your connection and try again');
      expect(String(logged[0]?.[0])).to.contain('acme/acme-flaky-notifications');

      alert.querySelector('button')!.click();
      await app.updateComplete;
      expect(notifications.loads.length).to.equal(2);
      expect(root.querySelector('[part~=skeleton]')).to.not.equal(null);
      // The button went with the error: focus waits on the section's heading, not the page.
      expect(root.activeElement?.id).to.equal('section-heading');
      notifications.define();
      notifications.loads[1]!.resolve();
      await untilShown(() => root.querySelector('acme-flaky-notifications'), 'the panel once its code arrived');
      expect(root.querySelector('[part=panel-error]')).to.equal(null);
    });
  });

  it("fetches a section's code anew on Try again after its first fetch failed, though the engine keeps that failure", async function () {
    // Engines keep a failed module fetch in their module map, so importing the same address again
    // fails without asking the server; Chromium and Firefox name the address in their error, and Try
    // again imports it anew under another. WebKit does not name it: there, only a reload fetches it.
    if (isWebKit()) this.skip();
    await withConsoleErrors(async () => {
      const tagName = 'acme-chunk-notifications';
      const run = Math.random().toString(36).slice(2);
      const section: SectionDefinition = { id: `acme/${tagName}`, scope: 'personal', label: 'Notifications', tagName, load: () => import(/* @vite-ignore */ `/__flaky/${tagName}.js?run=${run}`) };
      const { root } = await renderApp('owner', { section: section.id, prefetch: 'none', sections: [section] });
      await untilShown(() => root.querySelector('[part=panel-error] button'), 'the error with Try again');
      root.querySelector<HTMLButtonElement>('[part=panel-error] button')!.click();
      await untilShown(() => root.querySelector(tagName), 'the panel once its code arrived');
      expect(root.querySelector(tagName)!.textContent).to.equal('arrived');
      expect(root.querySelector('[part=panel-error]')).to.equal(null);
    });
  });

  it("asks a section's loader once, however often its link is hovered and focused before it arrives", async () => {
    const notifications = handLoadedSection('acme-once-notifications');
    const { app, root } = await renderApp('owner', { prefetch: 'intent', sections: [notifications.section] });
    const navLink = link(root, 'Notifications');
    navLink.dispatchEvent(new FocusEvent('focus'));
    navLink.dispatchEvent(new FocusEvent('focus'));
    navLink.click();
    await app.updateComplete;
    expect(notifications.loads.length).to.equal(1);
    notifications.define();
    notifications.loads[0]!.resolve();
    await untilShown(() => root.querySelector('acme-once-notifications'), 'the panel once its code arrived');
  });

  it('puts a section whose code failed on screen when a later prefetch brings its code, without Try again', async () => {
    await withConsoleErrors(async () => {
      const notifications = handLoadedSection('acme-recovered-notifications');
      const { root } = await renderApp('owner', { section: notifications.section.id, prefetch: 'intent', sections: [notifications.section] });
      notifications.loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
      await untilShown(() => root.querySelector('[part=panel-error]'), 'the error in place of the section');
      // Focus passes its link again (the keyboard going through the navigation): its code is fetched ahead.
      link(root, 'Notifications').dispatchEvent(new FocusEvent('focus'));
      await waitUntil(() => notifications.loads.length === 2, 'its loader asked again');
      notifications.define();
      notifications.loads[1]!.resolve();
      await untilShown(() => root.querySelector('acme-recovered-notifications'), 'the panel once its code arrived');
      expect(root.querySelector('[part=panel-error]')).to.equal(null);
    });
  });

  it('plans its idle prefetch again when the host moves it to another place in the page', async () => {
    const notifications = handLoadedSection('acme-moved-notifications');
    const { app } = await renderApp('owner', { prefetch: 'idle', sections: [notifications.section] });
    // Moved before the browser was idle: leaving the page dropped the plan, coming back makes it again.
    const provider = app.parentElement!;
    app.remove();
    provider.append(app);
    await waitUntil(() => notifications.loads.length > 0, 'the section fetched once the browser was idle', { timeout: 15_000 });
  });

  it('shows the error when a loader resolves without defining its element', async () => {
    await withConsoleErrors(async (logged) => {
      const notifications = handLoadedSection('acme-undefined-notifications');
      const { root } = await renderApp('owner', { section: notifications.section.id, prefetch: 'none', sections: [notifications.section] });
      notifications.loads[0]!.resolve();
      await untilShown(() => root.querySelector('[part=panel-error]'), 'the error in place of the section');
      expect(String((logged[0]?.[1] as Error | undefined)?.message)).to.contain('<acme-undefined-notifications> is still not defined');
    });
  });
});
