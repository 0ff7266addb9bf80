import { expect, html } from '@open-wc/testing';
import type { Profile, Site } from '../../src/api/types.js';
import { SettingsApiError } from '../../src/api/errors.js';
import { renderErrorNotice, renderResource } from '../../src/kit/views/states.js';
import { renderSkeleton } from '../../src/kit/views/skeleton.js';
import { SettingsPanel } from '../../src/kit/settings-panel.js';
import type { WriteResult } from '../../src/kit/write-controller.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { drainMicrotasks, renderInProvider } from '../support/render.js';
import { company, testSession } from '../support/sessions.js';

class SaveEvent extends Event {
  constructor() {
    super('test-save', { bubbles: true, composed: true, cancelable: true });
  }
}

class SiteCreateEvent extends Event {
  constructor() {
    super('test-site-create', { bubbles: true, composed: true, cancelable: true });
  }
}

class SiteCreatedEvent extends Event {
  constructor(readonly site: Site) {
    super('test-site-created', { bubbles: true, composed: true });
  }
}

/** A minimal panel on the baseline, standing in for the real panels of later issues. */
class TestSitesPanel extends SettingsPanel {
  protected readonly sectionId = 'company/sites' as const;
  draft = '';
  sites = this.section.resource({
    args: (settings) => [settings.client, settings.companyId!] as const,
    load: ([client, companyId], signal) => client.listSites(companyId, {}, { signal }),
  });

  #create = this.section.write({
    intent: () => new SiteCreateEvent(),
    run: (name: string, { client, companyId }) => client.createSite(companyId!, { name, address: '', timeZone: 'UTC' }),
    change: (site) => ({ action: 'site.created', target: { type: 'site', id: site.id }, before: null, after: site }),
    fact: (site) => new SiteCreatedEvent(site),
  });

  /** A personal write from a company panel: its result does not depend on the selected company. */
  #save = this.section.write({
    companyScoped: false,
    intent: () => new SaveEvent(),
    run: (name: string, { client }) => client.updateProfile({ name }),
    change: (profile: Profile) => ({ action: 'profile.updated', target: { type: 'user', id: profile.id }, before: null, after: profile }),
  });

  addSite(): Promise<WriteResult<Site>> {
    return this.#create.run('New site');
  }

  save(): Promise<WriteResult<Profile>> {
    return this.#save.run(this.draft);
  }

  protected renderPanel() {
    return html`${renderResource(this.sites, {
      complete: (page) => (page.items.length === 0 ? html`<p>No sites yet.</p>` : html`<ul>${page.items.map((s) => html`<li>${s.name}</li>`)}</ul>`),
    })}
    ${this.section.canManage ? html`<button class="write" type="button" @click=${() => void this.addSite()}>Add site</button>` : ''}
    ${this.#save.fieldError('name') ? html`<p id="name-error">${this.#save.fieldError('name')}</p>` : ''}
    ${this.#save.error ? renderErrorNotice(this.#save.error) : ''} ${this.#create.error ? renderErrorNotice(this.#create.error) : ''}`;
  }
}
customElements.define('test-sites-panel', TestSitesPanel);

/** A host panel that draws its own loading skeleton. */
class TestSkeletonPanel extends TestSitesPanel {
  protected override renderPanel() {
    return html`${renderResource(this.sites, {
      loading: () => renderSkeleton(['heading', 'field', 'actions'], 'Loading sites…'),
      complete: (page) => html`<p>${page.items.length} sites</p>`,
    })}`;
  }
}
customElements.define('test-skeleton-panel', TestSkeletonPanel);

const page = (names: string[]) => ({
  items: names.map((name, i) => ({ id: `s${i}`, name, address: '', timeZone: 'UTC', status: 'active', createdAt: '2026-01-01T00:00:00Z' })),
  nextCursor: null,
  total: names.length,
});

describe('SettingsPanel (baseline)', () => {
  describePanelBaseline({
    tag: 'test-sites-panel',
    manageSession: testSession(),
    viewSession: testSession({ companies: [company('c2', 'Acme South', { role: { id: 'viewer', name: 'Viewer' }, permissions: ['company.sites.view'] })] }),
    deniedSession: testSession({ companies: [] }),
    deniedReason: 'no-company-access',
    firstLoad: 'listSites',
    firstLoadValue: page(['Harbor']),
    writeControls: '.write',
    otherCompanyId: 'c2',
    write: {
      start: (element) => element.shadowRoot!.querySelector<HTMLButtonElement>('.write')!.click(),
      method: 'createSite',
      result: page(['New site']).items[0],
      intent: 'test-site-create',
      fact: 'test-site-created',
    },
  });

  it("renders the panel's own skeleton, with its label, until the data arrives", async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<TestSkeletonPanel>(html`<test-skeleton-panel></test-skeleton-panel>`, { client: fake.client });
    const skeleton = element.shadowRoot!.querySelector('[part~=skeleton]')!;
    expect([skeleton.getAttribute('role'), skeleton.textContent.trim()]).to.deep.equal(['status', 'Loading sites…']);
    expect(skeleton.querySelectorAll('[aria-hidden=true] > *')).to.have.length(3);
    (await fake.nextCall('listSites')).resolve(page(['Harbor']));
    await element.taskComplete;
    expect(element.shadowRoot!.querySelector('[part~=skeleton]')).to.equal(null);
    expect(element.shadowRoot!.textContent).to.contain('1 sites');
  });

  it('settles when it leaves the page while loading (its load is aborted: nothing is left to wait for)', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    const load = await fake.nextCall('listSites');
    element.remove();
    await element.taskComplete;
    expect(load.signal?.aborted).to.equal(true);
  });

  it('sends no request while off the page (a write answered meanwhile), and loads once when back', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    await fake.nextCall('listSites');
    const parent = element.parentNode!;
    element.remove();
    await drainMicrotasks();
    element.requestUpdate(); // as a write's answer arriving while the user is in another section does
    await element.updateComplete;
    expect(fake.callsTo('listSites')).to.have.length(1);
    parent.append(element);
    (await fake.nextCall('listSites', 1)).resolve(page(['Harbor']));
    await element.taskComplete;
    expect(fake.callsTo('listSites')).to.have.length(2);
    expect(element.shadowRoot!.querySelector('li')?.textContent).to.equal('Harbor');
  });

  it('renders the empty state', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    (await fake.nextCall('listSites')).resolve(page([]));
    await element.taskComplete;
    expect(element.shadowRoot!.textContent).to.contain('No sites yet.');
  });

  it('drops the old company data at once and aborts its request when the company changes', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element, provider } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    const first = await fake.nextCall('listSites');
    expect(first.args[0]).to.equal('c1');
    provider.selectCompany('c2');
    const second = await fake.nextCall('listSites', 1);
    expect(first.signal?.aborted).to.equal(true);
    expect(second.args[0]).to.equal('c2');
    // A late answer for the old company must not appear under the new one (nothing to await but
    // its reactions and the render they would ask for).
    first.resolve(page(['North only']));
    await drainMicrotasks();
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.not.contain('North only');
    second.resolve(page(['South site']));
    await element.taskComplete;
    expect(element.shadowRoot!.textContent).to.contain('South site');
  });

  it("drops the error of a company write that finishes after a company switch (stale)", async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element, provider } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    const adding = element.addSite();
    const write = await fake.nextCall('createSite');
    provider.selectCompany('c2');
    // The panel has the other company (its list for it stays unanswered: no taskComplete here).
    await provider.taskComplete;
    await element.updateComplete;
    write.reject(new SettingsApiError({ status: 409, code: 'conflict', message: 'Acme North conflict' }));
    expect((await adding).status).to.equal('stale');
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.not.contain('Acme North conflict');
  });

  it('keeps the error of a personal write that fails after a company switch: it is still about this user', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element, provider } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    const saving = element.save();
    const write = await fake.nextCall('updateProfile');
    provider.selectCompany('c2');
    await provider.taskComplete;
    await element.updateComplete;
    write.reject(new SettingsApiError({ status: 409, code: 'conflict', message: 'Name taken' }));
    expect((await saving).status).to.equal('failed');
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Name taken');
  });

  it('refreshes the session once for repeated 403s, and again after a successful load', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    const forbidden = () => new SettingsApiError({ status: 403, code: 'forbidden', message: 'no' });
    (await fake.nextCall('listSites')).reject(forbidden());
    await element.taskComplete;
    void element.sites.reload();
    (await fake.nextCall('listSites', 1)).reject(forbidden());
    await element.taskComplete;
    expect(fake.callsTo('getSession')).to.have.length(2);
    void element.sites.reload();
    (await fake.nextCall('listSites', 2)).resolve(page(['Harbor']));
    await element.taskComplete;
    void element.sites.reload();
    (await fake.nextCall('listSites', 3)).reject(forbidden());
    await element.taskComplete;
    expect(fake.callsTo('getSession')).to.have.length(3);
  });

  it('does not write when the intent event is cancelled', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    element.addEventListener('test-save', (e) => e.preventDefault());
    expect(await element.save()).to.deep.equal({ status: 'cancelled', reason: 'intent' });
    expect(fake.callsTo('updateProfile')).to.have.length(0);
  });

  it('shows a 422 field error beside its field', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    const saving = element.save();
    (await fake.nextCall('updateProfile')).reject(
      new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { name: 'Enter a name.' } }),
    );
    await saving;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#name-error')?.textContent).to.equal('Enter a name.');
    expect(element.shadowRoot!.querySelector('[role=alert]')?.textContent).to.contain('Some fields need your attention.');
  });

  it('keeps the input and shows the error when a write fails', async () => {
    const fake = new FakeClient({ session: testSession() });
    const { element } = await renderInProvider<TestSitesPanel>(html`<test-sites-panel></test-sites-panel>`, { client: fake.client });
    element.draft = 'Ada Byron';
    const saving = element.save();
    (await fake.nextCall('updateProfile')).reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 30 }));
    expect((await saving).status).to.equal('failed');
    await element.updateComplete;
    expect(element.draft).to.equal('Ada Byron');
    expect(element.shadowRoot!.querySelector('[role=alert]')?.textContent).to.contain('Try again in 30 seconds');
  });
});
