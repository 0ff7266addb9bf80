import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { sections } from '../../src/access/sections.js';
import type { ReactiveElement } from 'lit';
import type { SectionDefinition } from '../../src/access/sections.js';
import type { Page, Site } from '../../src/api/types.js';
import type { SettingsApp } from '../../src/components/settings-app/settings-app.js';
import { SettingsPanel } from '../../src/kit/settings-panel.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { PersonaId } from '../../mocks/personas.js';
import { FakeClient } from '../support/fake-client.js';
import { drainMicrotasks, renderInProvider, taskComplete } from '../support/render.js';

/**
 * The page themes what is inside `<settings-app>`: every panel's parts reach it through the shell,
 * as `<section>-<part>` (the last segment of the section id) and, for the kit's shared parts, by
 * their bare name too. Styled the way a host does: a stylesheet in the page, read back as computed style.
 */

/** Acme's reports, a host section: a viewer gets the kit's "View only" line (`part="view-only"`). */
class AcmeReports extends SettingsPanel {
  protected readonly sectionId = 'acme/reports';
  protected renderPanel() {
    return html`<p>reports panel</p>`;
  }
}
customElements.define('acme-reports', AcmeReports);
const reports: SectionDefinition = {
  id: 'acme/reports',
  scope: 'personal',
  label: 'Reports',
  tagName: 'acme-reports',
  rule: () => ({ allowed: true, mode: 'view', roleName: 'Report reader' }),
};

const site = (id: string, name: string): Site => ({
  id,
  name,
  address: `${id} Harbor Road, Seattle`,
  timeZone: 'America/Los_Angeles',
  status: 'active',
  createdAt: '2026-01-05T10:00:00Z',
});
const sitesPage: Page<Site> = { items: [site('s1', 'Harbor Store'), site('s2', 'Pike Outlet')], nextCursor: null, total: 2 };

/** A stylesheet in the page, as a host's would be; removed after the test. */
function pageStyle(text: string): void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  cleanups.push(() => style.remove());
}
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

async function renderApp(persona: PersonaId, section: string, hostSections: readonly SectionDefinition[] = []) {
  const fake = new FakeClient({ session: createMockDb().sessionFor(persona) });
  const { element } = await renderInProvider<SettingsApp>(html`<settings-app section=${section}></settings-app>`, {
    client: fake.client,
    sections: hostSections,
  });
  return { fake, app: element };
}

/** The element `tagName` the shell shows in its own shadow root (a panel, the company switcher). */
function shownIn(app: SettingsApp, tagName: string): ReactiveElement {
  const panel = app.shadowRoot!.querySelector<ReactiveElement>(tagName);
  if (!panel) throw new Error(`the shell shows no <${tagName}>`);
  return panel;
}

/** The computed `property` of the first `[part~=<part>]` in the panel's shadow root. */
function partStyle(panel: HTMLElement, part: string, property: string): string {
  const element = panel.shadowRoot!.querySelector(`[part~=${part}]`);
  if (!element) throw new Error(`<${panel.localName}> has no [part~=${part}]`);
  return getComputedStyle(element).getPropertyValue(property);
}

/** The names a page can use for the panel's parts: the outer names of its `exportparts`. */
function exportedNames(panel: HTMLElement): string[] {
  return (panel.getAttribute('exportparts') ?? '')
    .split(',')
    .map((entry) => entry.split(':').at(-1)!.trim())
    .filter(Boolean)
    .sort();
}

interface ManifestDeclaration {
  name?: string;
  tagName?: string;
  cssParts?: { name: string }[];
}

async function documentedParts(): Promise<Map<string, string[]>> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run analyze` first');
  const manifest = (await response.json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  return new Map(declarations.map((d) => [d.tagName ?? d.name ?? '', (d.cssParts ?? []).map((p) => p.name)]));
}

describe('parts through <settings-app>', () => {
  it('lets a page restyle a row of Sites as sites-row, and every row as row', async () => {
    pageStyle(`
      settings-app::part(sites-row) { outline: 3px solid rgb(255, 0, 0); }
      settings-app::part(row) { background-color: rgb(0, 128, 0); }
      settings-app::part(api-keys-row) { color: rgb(0, 0, 255); }
    `);
    const { fake, app } = await renderApp('company-admin', 'company/sites');
    const sites = shownIn(app, 'settings-sites');
    (await fake.nextCall('listSites')).resolve(structuredClone(sitesPage));
    await taskComplete(sites);

    expect(partStyle(sites, 'row', 'outline-color')).to.equal('rgb(255, 0, 0)');
    expect(partStyle(sites, 'row', 'outline-width')).to.equal('3px');
    expect(partStyle(sites, 'row', 'background-color')).to.equal('rgb(0, 128, 0)');
    // Another section's name does not reach this one.
    expect(partStyle(sites, 'row', 'color')).not.to.equal('rgb(0, 0, 255)');
  });

  it('lets a page restyle a panel-specific part under its section name only', async () => {
    pageStyle(`
      settings-app::part(sites-header) { color: rgb(255, 0, 0); }
      settings-app::part(header) { background-color: rgb(0, 128, 0); }
    `);
    const { app } = await renderApp('company-admin', 'company/sites');
    const sites = shownIn(app, 'settings-sites');
    await sites.updateComplete;

    expect(partStyle(sites, 'header', 'color')).to.equal('rgb(255, 0, 0)');
    // `header` is the shell's own part: the panel's header is not exported under it.
    expect(partStyle(sites, 'header', 'background-color')).not.to.equal('rgb(0, 128, 0)');
    expect(getComputedStyle(app.shadowRoot!.querySelector('[part=header]')!).backgroundColor).to.equal('rgb(0, 128, 0)');
  });

  it("lets a page restyle a host section's kit parts, by its section name and bare", async () => {
    pageStyle(`
      settings-app::part(reports-view-only) { outline: 3px solid rgb(255, 0, 0); }
      settings-app::part(view-only) { background-color: rgb(0, 128, 0); }
    `);
    const { app } = await renderApp('owner', 'acme/reports', [reports]);
    const panel = shownIn(app, 'acme-reports');
    await panel.updateComplete;

    expect(partStyle(panel, 'view-only', 'outline-color')).to.equal('rgb(255, 0, 0)');
    expect(partStyle(panel, 'view-only', 'background-color')).to.equal('rgb(0, 128, 0)');
  });

  for (const [section, tag, press] of [
    ['organization/api-keys', 'settings-api-keys', 'Create key'],
    ['organization/api-keys', 'settings-api-keys', 'Rotate'],
    ['organization/admin-team', 'settings-admin-team', 'Add member'],
  ] as const) {
    it(`lets a page restyle the dialog ${press} opens, drawn by an element of the panel's own, as dialog and ${section.split('/')[1]}-dialog`, async () => {
      const name = section.split('/')[1]!;
      pageStyle(`
        settings-app::part(dialog) { outline: 3px solid rgb(255, 0, 0); }
        settings-app::part(${name}-dialog) { background-color: rgb(0, 128, 0); }
      `);
      const client = createMockClient({ persona: 'owner', db: createMockDb() });
      const { element: app } = await renderInProvider<SettingsApp>(html`<settings-app section=${section}></settings-app>`, { client });
      await app.updateComplete;
      const panel = shownIn(app, tag);
      await taskComplete(panel);
      [...panel.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === press)!.click();
      // The dialog's element arrives with its code, then opens.
      await taskComplete(panel);
      const dialogs = [...panel.shadowRoot!.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('dialog[open]'));
      const dialog = dialogs?.shadowRoot!.querySelector('dialog[open]');
      if (!dialog) throw new Error(`${press} opened no dialog`);
      await (dialog.parentElement as ReactiveElement).updateComplete;

      expect(getComputedStyle(dialog).outlineColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(0, 128, 0)');
    });
  }

  it("lets a page restyle the company switcher's button", async () => {
    pageStyle(`settings-app::part(company-switcher-trigger) { outline: 3px solid rgb(255, 0, 0); }`);
    const { app } = await renderApp('company-viewer', 'company/sites');
    const switcher = shownIn(app, 'settings-company-switcher');
    await switcher.updateComplete;

    expect(partStyle(switcher, 'trigger', 'outline-color')).to.equal('rgb(255, 0, 0)');
  });

  it("sizes the section's controls and draws their focus ring from the control and focus-ring tokens", async () => {
    pageStyle(`
      settings-provider {
        --settings-control-height: 44px;
        --settings-control-padding-block: 6px;
        --settings-control-padding-inline: 10px;
        --settings-button-padding-inline: 20px;
        --settings-button-font-weight: 700;
        --settings-color-focus: transparent;
        --settings-focus-ring-width: 3px;
        --settings-focus-ring-offset: 0px;
        --settings-focus-ring-shadow: 0 0 0 3px rgb(255, 0, 0);
      }
    `);
    const { fake, app } = await renderApp('company-admin', 'company/sites');
    const sites = shownIn(app, 'settings-sites');
    (await fake.nextCall('listSites')).resolve(structuredClone(sitesPage));
    await taskComplete(sites);
    const style = (selector: string) => getComputedStyle(sites.shadowRoot!.querySelector(selector)!);

    for (const selector of ['#site-search', '#site-status']) {
      expect(style(selector).minHeight, selector).to.equal('44px');
      expect(style(selector).paddingTop, selector).to.equal('6px');
      expect(style(selector).paddingLeft, selector).to.equal('10px');
    }
    const add = style('[part~=toolbar] button.primary');
    expect([add.minHeight, add.paddingTop, add.paddingLeft, add.fontWeight]).to.deep.equal(['44px', '6px', '20px', '700']);

    await sendKeys({ press: 'Shift' }); // keyboard use: programmatic focus then shows the ring
    sites.shadowRoot!.querySelector<HTMLButtonElement>('[part~=toolbar] button.primary')!.focus();
    const focused = style('[part~=toolbar] button.primary');
    expect([focused.outlineWidth, focused.outlineOffset, focused.outlineColor]).to.deep.equal(['3px', '0px', 'rgba(0, 0, 0, 0)']);
    expect(focused.boxShadow).to.contain('rgb(255, 0, 0)');
  });

  it('exports every documented part of every built-in panel, and the kit’s shared parts bare', async () => {
    const documented = await documentedParts();
    const shared = documented.get('SettingsPanel') ?? [];
    expect(shared, 'SettingsPanel documents its parts').to.include.members(['row', 'status', 'state']);
    const { app } = await renderApp('owner', 'personal/general');
    for (const section of sections) {
      app.section = section.id;
      await app.updateComplete;
      await drainMicrotasks();
      const name = section.id.split('/').at(-1)!;
      const parts = documented.get(section.tagName) ?? [];
      expect(parts.length, `${section.tagName} is in custom-elements.json`).to.be.greaterThan(0);
      const expected = [...new Set([...shared, ...parts.map((part) => `${name}-${part}`), ...shared.map((part) => `${name}-${part}`)])].sort();
      expect(exportedNames(shownIn(app, section.tagName)), section.id).to.deep.equal(expected);
    }
  });
});
