import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-sites.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { SettingsClient } from '../../src/api/client.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { Page, Site } from '../../src/api/types.js';
import type { SettingsSites } from '../../src/components/settings-sites/settings-sites.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { drainMicrotasks, once, renderInProvider, shadowText } from '../support/render.js';
import { button, findButton, type } from '../support/dom.js';
import { retryWhereWebKitMissesKeys } from '../support/engine.js';

const db = createMockDb();
const companyAdmin = db.sessionFor('company-admin');
const orgAdmin = db.sessionFor('org-admin');
const retail = 'northwind-retail';
const logistics = 'northwind-logistics';

const site = (id: string, name: string, overrides: Partial<Site> = {}): Site => ({
  id,
  name,
  address: `${id} Harbor Road, Seattle`,
  timeZone: 'America/Los_Angeles',
  status: 'active',
  createdAt: '2026-01-05T10:00:00Z',
  ...overrides,
});
const pageOf = (sites: Site[], nextCursor: string | null = null, total = sites.length): Page<Site> => ({ items: sites, nextCursor, total });
const harbor = site('s1', 'Harbor Store');
const loaded = pageOf([harbor, site('s2', 'Pike Outlet')]);

const root = (element: Element) => element.shadowRoot!;
const field = (element: Element, id: string) => root(element).querySelector<HTMLInputElement>(`#${id}`)!;
const dialog = (element: Element) => root(element).querySelector('settings-dialog')!;

/** The panel's render, then its dialog's: the native dialog opens (showModal moves focus in) in the dialog's own update. */
async function rendered(element: SettingsSites) {
  await element.updateComplete;
  await dialog(element).updateComplete;
}

async function renderSites(session = companyAdmin) {
  const fake = new FakeClient({ session });
  const { element, provider } = await renderInProvider<SettingsSites>(html`<settings-sites></settings-sites>`, { client: fake.client });
  return { fake, element, provider };
}

async function renderLoaded(page = loaded, session = companyAdmin) {
  const rendered = await renderSites(session);
  (await rendered.fake.nextCall('listSites')).resolve(structuredClone(page));
  await rendered.element.taskComplete;
  return rendered;
}

/** Opens a row's actions menu and picks an item, as a user would. */
async function chooseRowAction(element: SettingsSites, siteName: string, action: string) {
  const menu = [...root(element).querySelectorAll('settings-action-menu')].find((m) => m.label === `Actions for ${siteName}`)!;
  menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!.click();
  // The menu renders its items (shown as a popover at once: no frame needed to click one).
  await menu.updateComplete;
  [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent.trim() === action)!.click();
  await rendered(element);
}

async function fillAndSubmit(element: SettingsSites, values: { name?: string; address?: string; timeZone?: string }) {
  if (values.name !== undefined) field(element, 'site-name').value = values.name;
  if (values.address !== undefined) field(element, 'site-address').value = values.address;
  if (values.timeZone !== undefined) field(element, 'site-timeZone').value = values.timeZone;
  root(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  // The form's own errors, or the write's pending state (its answer is the test's to give).
  await element.updateComplete;
}

describe('settings-sites', () => {
  describePanelBaseline({
    tag: 'settings-sites',
    manageSession: orgAdmin,
    viewSession: db.sessionFor('company-viewer'),
    deniedSession: db.sessionFor('billing-manager'),
    deniedReason: 'no-company-access',
    firstLoad: 'listSites',
    firstLoadValue: loaded,
    writeControls: 'button.primary, settings-action-menu, form',
    otherCompanyId: logistics,
    write: {
      start: async (element) => {
        button(element, 'Add site').click();
        await rendered(element as SettingsSites);
        await fillAndSubmit(element as SettingsSites, { name: 'Dock 9', address: '9 Pier Way', timeZone: 'Europe/Paris' });
      },
      method: 'createSite',
      result: site('s9', 'Dock 9'),
      intent: 'settings-site-create',
      fact: 'settings-site-created',
    },
  });

  it('names the company, lists its active sites and counts them', async () => {
    const { element, fake } = await renderSites();
    const call = await fake.nextCall('listSites');
    expect(call.args[0]).to.equal(retail);
    expect(call.args[1]).to.deep.include({ status: 'active', limit: 25 });
    call.resolve(pageOf([harbor], 'next', 40));
    await element.taskComplete;
    expect(root(element).querySelector('h3')!.textContent).to.equal('Sites of Northwind Retail');
    expect(root(element).querySelector('table')!.getAttribute('aria-labelledby')).to.equal('sites-heading');
    expect(root(element).querySelector('tbody th[scope=row]')!.textContent).to.equal('Harbor Store');
    expect(shadowText(element)).to.contain('Showing 1 of 40 sites');
  });

  it('searches on the server once typing pauses, and at once on Enter', async function () {
    retryWhereWebKitMissesKeys(this);
    const { element, fake } = await renderLoaded();
    const search = field(element, 'site-search');
    search.focus();
    await sendKeys({ type: 'pike' });
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextSearch('listSites', 1, 'pike', 1, pageOf([]));
    expect(call.args[1]).to.deep.include({ q: 'pike', status: 'active' });
    call.resolve(pageOf([]));
    await element.taskComplete;
    expect(shadowText(element)).to.contain('No sites match “pike”.');
    // The debounced search of the same text does not ask again (on a busy machine a search for what
    // was typed so far may have gone out first: only the searches for "pike" count).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const searchesForPike = fake.callsTo('listSites').filter((search) => (search.args[1] as { q?: string }).q === 'pike');
    expect(searchesForPike).to.have.length(1);
  });

  it('filters by status on the server', async () => {
    const { element, fake } = await renderLoaded();
    const select = root(element).querySelector<HTMLSelectElement>('#site-status')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Active', 'Archived', 'All']);
    select.value = 'archived';
    select.dispatchEvent(new Event('change'));
    const call = await fake.nextCall('listSites', 1);
    expect(call.args[1]).to.deep.include({ status: 'archived' });
    call.resolve(pageOf([]));
    await element.taskComplete;
    expect(shadowText(element)).to.contain('Northwind Retail has no archived sites.');
  });

  it('loads the next page on "Show more sites", and offers a retry when it fails', async () => {
    const { element, fake } = await renderLoaded(pageOf([harbor], 'cursor-2', 2));
    button(element, 'Show more sites').click();
    const failed = await fake.nextCall('listSites', 1);
    expect(failed.args[1]).to.deep.include({ cursor: 'cursor-2' });
    await element.updateComplete;
    expect(button(element, 'Loading more sites…').getAttribute('aria-busy')).to.equal('true');
    failed.reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    await element.taskComplete;
    expect(root(element).querySelector('tbody th')!.textContent).to.equal('Harbor Store');
    button(element, 'Try again').click();
    (await fake.nextCall('listSites', 2)).resolve(pageOf([site('s2', 'Pike Outlet')], null, 2));
    await element.taskComplete;
    expect([...root(element).querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Harbor Store', 'Pike Outlet']);
    expect(findButton(element, 'Show more sites')).to.equal(null);
  });

  it('says what to do next when the company has no sites', async () => {
    const { element } = await renderLoaded(pageOf([]));
    expect(shadowText(element)).to.contain('Northwind Retail has no active sites. Use Add site to create one.');
  });

  it('checks the form before sending: errors beside the fields, focus on the first, nothing sent', async () => {
    const { element, fake } = await renderLoaded();
    button(element, 'Add site').click();
    await rendered(element);
    expect(field(element, 'site-timeZone').value).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    await fillAndSubmit(element, { name: '  ', address: '1 Main St', timeZone: 'Mars/Olympus' });
    const name = field(element, 'site-name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(root(element).querySelector(`#${name.getAttribute('aria-describedby')}`)!.textContent).to.equal('Enter a site name.');
    expect(root(element).querySelector('#site-timeZone-error')!.textContent).to.contain('Choose a time zone from the list');
    expect(root(element).activeElement).to.equal(name);
    expect(fake.callsTo('createSite')).to.have.length(0);
  });

  it('adds a site: intent and fact name the company, the dialog closes, the list reloads', async () => {
    const { element, fake } = await renderLoaded();
    const intent = once(element, 'settings-site-create');
    const fact = once(element, 'settings-site-created');
    button(element, 'Add site').click();
    await rendered(element);
    await fillAndSubmit(element, { name: 'Dock 9', address: '9 Pier Way', timeZone: 'Europe/Paris' });
    expect(await intent).to.deep.include({ companyId: retail, site: { name: 'Dock 9', address: '9 Pier Way', timeZone: 'Europe/Paris' } });
    const create = await fake.nextCall('createSite');
    expect(create.args.slice(0, 2)).to.deep.equal([retail, { name: 'Dock 9', address: '9 Pier Way', timeZone: 'Europe/Paris' }]);
    expect(button(element, 'Adding…').getAttribute('aria-disabled')).to.equal('true');
    create.resolve(site('s9', 'Dock 9'));
    expect((await fact).site.id).to.equal('s9');
    // The list reloads; answered, the panel has settled.
    (await fake.nextCall('listSites', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(false);
    expect(root(element).querySelector('[part=status]')!.textContent).to.contain('Dock 9 was added.');
    expect(fake.callsTo('listSites')).to.have.length(2);
  });

  it('keeps focus on the submit button while adding is pending; Cancel waits too; a second submit sends nothing', async () => {
    const { element, fake } = await renderLoaded();
    button(element, 'Add site').click();
    await rendered(element);
    field(element, 'site-name').value = 'Dock 9';
    field(element, 'site-address').value = '9 Pier Way';
    field(element, 'site-timeZone').value = 'Europe/Paris';
    const submit = root(element).querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.focus();
    submit.click();
    const create = await fake.nextCall('createSite');
    await element.updateComplete;
    expect(root(element).activeElement).to.equal(submit);
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(submit.getAttribute('aria-busy')).to.equal('true');
    submit.click();
    const cancel = button(element, 'Cancel');
    expect(cancel.disabled).to.equal(false);
    expect(cancel.getAttribute('aria-disabled')).to.equal('true');
    cancel.click();
    await rendered(element);
    expect(fake.callsTo('createSite')).to.have.length(1);
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(true);
    create.resolve(site('s9', 'Dock 9'));
    (await fake.nextCall('listSites', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(false);
  });

  it('keeps focus on the confirm button while archiving is pending', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'Harbor Store', 'Archive');
    const confirm = button(element, 'Archive site');
    confirm.focus();
    confirm.click();
    const call = await fake.nextCall('updateSite');
    await element.updateComplete;
    expect(root(element).activeElement).to.equal(confirm);
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    expect(confirm.textContent.trim()).to.equal('Archiving…');
    call.resolve({ ...harbor, status: 'archived' });
    // The archive ends before the test does: its reload answered, the panel settled.
    (await fake.nextCall('listSites', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
  });

  it('keeps focus on Cancel while archiving is pending: announced unavailable, a click does not close the dialog', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'Harbor Store', 'Archive');
    button(element, 'Archive site').click();
    const call = await fake.nextCall('updateSite');
    await element.updateComplete;
    const cancel = button(element, 'Cancel');
    cancel.focus();
    cancel.click();
    await rendered(element);
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(true);
    expect(root(element).activeElement).to.equal(cancel);
    expect(cancel.disabled).to.equal(false);
    expect(cancel.getAttribute('aria-disabled')).to.equal('true');
    call.resolve({ ...harbor, status: 'archived' });
    (await fake.nextCall('listSites', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(false);
    expect(root(element).querySelector('[part=status]')!.textContent).to.contain('Harbor Store was archived.');
  });

  it('drops an add that fails after a company switch: the new company shows no error and no dialog', async () => {
    const { element, fake, provider } = await renderLoaded(loaded, orgAdmin);
    const created = once(element, 'settings-site-created');
    button(element, 'Add site').click();
    await rendered(element);
    await fillAndSubmit(element, { name: 'Dock 9', address: '9 Pier Way', timeZone: 'Europe/Paris' });
    const create = await fake.nextCall('createSite');
    provider.selectCompany(logistics);
    (await fake.nextCall('listSites', 1)).resolve(structuredClone(loaded));
    // The new company's list is on screen before the late answer; the panel's taskComplete would
    // also wait for that pending create, so nothing but the answer's reactions is left to run.
    await drainMicrotasks();
    await element.updateComplete;
    expect(root(element).querySelectorAll('tbody th')).to.have.length(2);
    create.resolve(site('s9', 'Dock 9'));
    // The fact still names the company the site was added to.
    expect((await created).companyId).to.equal(retail);
    await element.taskComplete;
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(false);
    expect(root(element).querySelector('[part=status]')!.textContent).to.not.contain('Dock 9');
    expect(fake.callsTo('listSites')).to.have.length(2);

    button(element, 'Add site').click();
    await rendered(element);
    await fillAndSubmit(element, { name: 'Dock 10', address: '10 Pier Way', timeZone: 'Europe/Paris' });
    const second = await fake.nextCall('createSite', 1);
    expect(second.args[0]).to.equal(logistics);
    provider.selectCompany(retail);
    const reload = await fake.nextCall('listSites', 2);
    second.reject(new SettingsApiError({ status: 409, code: 'conflict', message: 'Logistics conflict' }));
    // The late failure came while the other company's list loaded; answered, the panel settles.
    reload.resolve(structuredClone(loaded));
    await element.taskComplete;
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
  });

  it('keeps what was typed and shows the server field errors beside the fields when adding fails', async () => {
    const { element, fake } = await renderLoaded();
    button(element, 'Add site').click();
    await rendered(element);
    await fillAndSubmit(element, { name: 'Harbor Store', address: '9 Pier Way', timeZone: 'Europe/Paris' });
    (await fake.nextCall('createSite')).reject(
      new SettingsApiError({
        status: 422,
        code: 'validation_failed',
        message: 'Invalid',
        fieldErrors: { name: 'Another site in this company already has this name.' },
      }),
    );
    await element.taskComplete;
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(true);
    expect(field(element, 'site-name').value).to.equal('Harbor Store');
    expect(field(element, 'site-address').value).to.equal('9 Pier Way');
    expect(field(element, 'site-name').getAttribute('aria-invalid')).to.equal('true');
    expect(root(element).querySelector('#site-name-error')!.textContent).to.equal('Another site in this company already has this name.');
    expect(root(element).querySelector('[role=alert]')!.textContent).to.contain('Some fields need your attention.');
  });

  it('edits a site from its row menu and shows the server answer in place', async () => {
    const { element, fake } = await renderLoaded();
    const intent = once(element, 'settings-site-update');
    await chooseRowAction(element, 'Harbor Store', 'Edit');
    expect(root(element).querySelector('settings-dialog')!.heading).to.equal('Edit Harbor Store');
    expect(field(element, 'site-address').value).to.equal(harbor.address);
    await fillAndSubmit(element, { name: 'Harbor Flagship' });
    const event = await intent;
    expect(event.site).to.deep.equal(harbor);
    expect(event.changes).to.deep.include({ name: 'Harbor Flagship' });
    const update = await fake.nextCall('updateSite');
    expect(update.args.slice(0, 2)).to.deep.equal([retail, 's1']);
    const updated = once(element, 'settings-site-updated');
    update.resolve({ ...harbor, name: 'Harbor Flagship' });
    // Its audit record: the renamed field only, never the whole site.
    expect((await updated).change.changes).to.deep.equal({ name: { before: harbor.name, after: 'Harbor Flagship' } });
    await element.taskComplete;
    expect(root(element).querySelector('tbody th')!.textContent).to.equal('Harbor Flagship');
    expect(fake.callsTo('listSites')).to.have.length(1);
  });

  it('archives after a confirmation; a failure keeps the dialog open and says when to retry', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'Harbor Store', 'Archive');
    expect(root(element).querySelector('settings-dialog')!.heading).to.equal('Archive Harbor Store?');
    button(element, 'Archive site').click();
    const first = await fake.nextCall('updateSite');
    expect(first.args.slice(0, 3)).to.deep.equal([retail, 's1', { status: 'archived' }]);
    first.reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 30 }));
    await element.taskComplete;
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(true);
    expect(root(element).querySelector('[role=alert]')!.textContent).to.contain('Try again in 30 seconds');

    const archived = once(element, 'settings-site-archived');
    button(element, 'Archive site').click();
    (await fake.nextCall('updateSite', 1)).resolve({ ...harbor, status: 'archived' });
    const fact = await archived;
    expect(fact.site.status).to.equal('archived');
    // Its audit record: the one field the archive changed, in this company.
    expect([fact.change.action, fact.change.companyId, fact.change.target]).to.deep.equal(['site.archived', retail, { type: 'site', id: 's1' }]);
    expect(fact.change.changes).to.deep.equal({ status: { before: 'active', after: 'archived' } });
    // Filtered on active sites, the list asks the server again.
    (await fake.nextCall('listSites', 1)).resolve(pageOf([site('s2', 'Pike Outlet')]));
    await element.taskComplete;
    expect(root(element).querySelector('[part=status]')!.textContent).to.contain('Harbor Store was archived.');
    expect(fake.callsTo('listSites')).to.have.length(2);
  });

  it('restores an archived site', async () => {
    const { element, fake } = await renderLoaded(pageOf([site('s3', 'Old Depot', { status: 'archived' })]));
    const intent = once(element, 'settings-site-restore');
    await chooseRowAction(element, 'Old Depot', 'Restore');
    button(element, 'Restore site').click();
    expect((await intent).site.id).to.equal('s3');
    const update = await fake.nextCall('updateSite');
    expect(update.args[2]).to.deep.equal({ status: 'active' });
    const restored = once(element, 'settings-site-restored');
    update.resolve(site('s3', 'Old Depot', { status: 'active' }));
    const { change } = await restored;
    expect([change.action, change.changes]).to.deep.equal(['site.restored', { status: { before: 'archived', after: 'active' } }]);
  });

  it('closes an open dialog when the company changes', async () => {
    const { element, fake, provider } = await renderLoaded(loaded, orgAdmin);
    await chooseRowAction(element, 'Harbor Store', 'Edit');
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(true);
    provider.selectCompany(logistics);
    // The provider renders the new company, then the panel (its list for it stays unanswered).
    await provider.taskComplete;
    await rendered(element);
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(false);
    expect(root(element).querySelector('form')).to.equal(null);
    expect((await fake.nextCall('listSites', 1)).args[0]).to.equal(logistics);
  });

  it('is read-only for a Viewer: says why, no Add site, no row actions', async () => {
    const { element } = await renderLoaded(loaded, db.sessionFor('company-viewer'));
    expect(shadowText(element)).to.contain('View only: your role is Viewer.');
    expect(findButton(element, 'Add site')).to.equal(null);
    expect(root(element).querySelector('settings-action-menu')).to.equal(null);
  });

  it('is operable by keyboard: the row menu opens the edit form with focus inside', async () => {
    const { element } = await renderLoaded();
    const menu = root(element).querySelector('settings-action-menu')!;
    menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    // The menu opens and focuses its first item as it renders.
    await menu.updateComplete;
    await sendKeys({ press: 'Enter' });
    await rendered(element);
    expect(root(element).querySelector('settings-dialog')!.open).to.equal(true);
    expect(root(element).activeElement?.id).to.equal('site-name');
  });

  describe('against the mock server', () => {
    it('adds a site, finds it by search and archives it', async () => {
      const client = createMockClient({ persona: 'company-admin' });
      const { element } = await renderInProvider<SettingsSites>(html`<settings-sites></settings-sites>`, { client });
      await element.taskComplete;
      expect(root(element).querySelector('tbody')).to.not.equal(null);
      button(element, 'Add site').click();
      await rendered(element);
      await fillAndSubmit(element, { name: 'Pier 39 Kiosk', address: 'Pier 39, San Francisco', timeZone: 'America/Los_Angeles' });
      // The write, then the list's reload it starts.
      await element.taskComplete;
      expect(shadowText(element)).to.contain('Pier 39 Kiosk was added.');

      const search = field(element, 'site-search');
      search.focus();
      type(search, 'Pier 39');
      // Enter searches at once: a debounced search has no promise until its timer starts the load.
      await sendKeys({ press: 'Enter' });
      await element.taskComplete;
      expect(root(element).querySelectorAll('tbody tr')).to.have.length(1);
      expect(root(element).querySelector('tbody th')!.textContent).to.equal('Pier 39 Kiosk');

      await chooseRowAction(element, 'Pier 39 Kiosk', 'Archive');
      button(element, 'Archive site').click();
      await element.taskComplete;
      expect(shadowText(element)).to.contain('Pier 39 Kiosk was archived.');
      expect(shadowText(element)).to.contain('No sites match “Pier 39”.');
    });

    it('pages through the 5,000 sites of a large company', async () => {
      const client = createMockClient({ persona: 'large-org' });
      const { element } = await renderInProvider<SettingsSites>(html`<settings-sites></settings-sites>`, { client });
      const select = root(element).querySelector<HTMLSelectElement>('#site-status')!;
      select.value = 'all';
      select.dispatchEvent(new Event('change'));
      await element.taskComplete;
      expect(shadowText(element)).to.contain('Showing 25 of 5,000 sites');
      button(element, 'Show more sites').click();
      await element.taskComplete;
      expect(shadowText(element)).to.contain('Showing 50 of 5,000 sites');
      expect(root(element).querySelectorAll('tbody tr')).to.have.length(50);
    });

    /** The mock server with a paging bug: it ignores the cursor (every page is the first) and always sends the same next one. */
    function repeatingServer(): SettingsClient {
      const client = createMockClient({ persona: 'large-org' });
      return {
        ...client,
        listSites: async (companyId, { cursor, ...query } = {}, options) => ({ ...(await client.listSites(companyId, query, options)), nextCursor: 'again' }),
      };
    }

    it('stops, and says so, when the server sends the same page and cursor again', async () => {
      const { element } = await renderInProvider<SettingsSites>(html`<settings-sites></settings-sites>`, { client: repeatingServer() });
      await element.taskComplete;
      button(element, 'Show more sites').click();
      await element.taskComplete;
      expect(root(element).querySelectorAll('tbody tr')).to.have.length(25);
      expect(findButton(element, 'Show more sites')).to.equal(null);
      expect(root(element).querySelector('[part=more] [role=alert]')!.textContent.trim()).to.equal(
        'The server sent the same rows again, so the list stops at 25 rows.',
      );
    });

    it('never says it shows more sites than there are, whatever total the server sends', async () => {
      const mock = createMockClient({ persona: 'large-org' });
      const client: SettingsClient = { ...mock, listSites: async (...args) => ({ ...(await mock.listSites(...args)), total: 0 }) };
      const { element } = await renderInProvider<SettingsSites>(html`<settings-sites></settings-sites>`, { client });
      await element.taskComplete;
      expect(root(element).querySelector('[part=more] [role=status]')!.textContent).to.equal('Showing 25 of 25 sites');
    });
  });
});

describe('settings-sites: a create whose answer was lost (issue 8)', () => {
  it('sends the same idempotency key when the user retries the same site, and a new one for a changed site', async () => {
    const { fake, element } = await renderLoaded();
    button(element, 'Add site').click();
    await rendered(element);
    await fillAndSubmit(element, { name: 'Dock 9', address: '9 Pier Way', timeZone: 'Europe/Paris' });
    const first = await fake.nextCall('createSite');
    first.reject(new SettingsApiError({ status: 0, code: 'network_error', message: 'The server could not be reached.' }));
    await element.taskComplete;
    expect(field(element, 'site-name').value, 'the input is kept').to.equal('Dock 9');
    await fillAndSubmit(element, {});
    const retry = await fake.nextCall('createSite', 1);
    const keyOf = (call: { args: unknown[] }) => (call.args[2] as { idempotencyKey?: string } | undefined)?.idempotencyKey;
    expect(keyOf(first)).to.be.a('string');
    expect(keyOf(retry)).to.equal(keyOf(first));
    retry.reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'Internal error' }));
    await element.taskComplete;
    await fillAndSubmit(element, { name: 'Dock 10' });
    expect(keyOf(await fake.nextCall('createSite', 2))).not.to.equal(keyOf(first));
  });

  it('sends the same site under a new key once the server says the old key can never be answered again', async () => {
    const { fake, element } = await renderLoaded();
    button(element, 'Add site').click();
    await rendered(element);
    await fillAndSubmit(element, { name: 'Dock 9', address: '9 Pier Way', timeZone: 'Europe/Paris' });
    const first = await fake.nextCall('createSite');
    first.reject(new SettingsApiError({ status: 409, code: 'idempotency_key_spent', message: 'Spent.' }));
    await element.taskComplete;
    await fillAndSubmit(element, {});
    const keyOf = (call: { args: unknown[] }) => (call.args[2] as { idempotencyKey?: string } | undefined)?.idempotencyKey;
    expect(keyOf(await fake.nextCall('createSite', 1))).to.be.a('string').and.not.equal(keyOf(first));
  });
});
