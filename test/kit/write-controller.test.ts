import { expect, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SettingsApiError } from '../../src/api/errors.js';
import type { Profile, Site } from '../../src/api/types.js';
import { SectionController } from '../../src/kit/section-controller.js';
import type { WriteResult } from '../../src/kit/write-controller.js';
import { FakeClient } from '../support/fake-client.js';
import { renderInProvider } from '../support/render.js';
import { testSession } from '../support/sessions.js';

class SaveEvent extends Event {
  constructor(readonly name: string) {
    super('test-save', { bubbles: true, composed: true, cancelable: true });
  }
}
class SavedEvent extends Event {
  constructor(readonly profile: Profile) {
    super('test-saved', { bubbles: true, composed: true });
  }
}

/** A plain element (not a panel) with two writes: one personal, one company-scoped. */
class TwoWrites extends LitElement {
  #personal = new SectionController(this, 'personal/general');
  #company = new SectionController(this, 'company/sites');

  profile = this.#personal.write({
    intent: (name: string) => new SaveEvent(name),
    run: (name, { client }): Promise<Profile> => client.updateProfile({ name }),
    change: (profile) => ({ action: 'profile.updated', target: { type: 'user', id: profile.id }, before: null, after: profile }),
    fact: (profile) => new SavedEvent(profile),
  });

  site = this.#company.write({
    run: (name: string, { client, companyId }): Promise<Site> => client.createSite(companyId!, { name, address: '', timeZone: 'UTC' }),
    change: (site) => ({ action: 'site.created', target: { type: 'site', id: site.id }, before: null, after: site }),
  });

  override render() {
    return html`<button id="save" aria-disabled=${this.profile.pending} aria-busy=${this.profile.pending}>Save</button>
      <p id="profile-error">${this.profile.error?.message ?? ''}</p>
      <p id="site-error">${this.site.error?.message ?? ''}</p>`;
  }
}
customElements.define('test-two-writes', TwoWrites);

const profile = { id: 'u1', name: 'Ada', email: 'ada@example.com', jobTitle: '', avatarUrl: null } as unknown as Profile;
const conflict = (message: string) => new SettingsApiError({ status: 409, code: 'conflict', message });

async function setup() {
  const fake = new FakeClient({ session: testSession() });
  const { element, provider } = await renderInProvider<TwoWrites>(html`<test-two-writes></test-two-writes>`, { client: fake.client });
  return { fake, element, provider };
}

describe('WriteController', () => {
  it('answers done with the value and fires intent then fact', async () => {
    const { fake, element } = await setup();
    const events: string[] = [];
    for (const type of ['test-save', 'test-saved']) element.addEventListener(type, () => events.push(type));
    const running = element.profile.run('Ada');
    (await fake.nextCall('updateProfile')).resolve(profile);
    const result = await running;
    expect(result.status).to.equal('done');
    if (result.status !== 'done') return;
    expect(result.value).to.deep.equal(profile);
    // The audit record comes with the result, so a caller can pass it on (the rotation's completion event does).
    expect(result.change).to.include({ action: 'profile.updated', section: 'personal/general' });
    expect(result.change.changes.name).to.deep.equal({ before: null, after: 'Ada' });
    expect(events).to.deep.equal(['test-save', 'test-saved']);
  });

  it('answers cancelled and sends nothing when a listener cancels the intent', async () => {
    const { fake, element } = await setup();
    element.addEventListener('test-save', (event) => event.preventDefault());
    expect(await element.profile.run('Ada')).to.deep.equal({ status: 'cancelled', reason: 'intent' });
    expect(fake.callsTo('updateProfile')).to.have.length(0);
  });

  it('answers cancelled (busy) for a second start while the first is in flight, sending once', async () => {
    const { fake, element } = await setup();
    const first = element.profile.run('Ada');
    expect(await element.profile.run('Ada')).to.deep.equal({ status: 'cancelled', reason: 'busy' });
    (await fake.nextCall('updateProfile')).resolve(profile);
    await first;
    expect(fake.callsTo('updateProfile')).to.have.length(1);
  });

  it('answers failed with the error and keeps it on the controller, with 422 field errors', async () => {
    const { fake, element } = await setup();
    const running = element.profile.run('');
    const error = new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { name: 'Enter a name.' } });
    (await fake.nextCall('updateProfile')).reject(error);
    const result: WriteResult<Profile> = await running;
    expect(result.status).to.equal('failed');
    expect(element.profile.error).to.equal(error);
    expect(element.profile.fieldError('name')).to.equal('Enter a name.');
    element.profile.reset();
    expect(element.profile.error).to.equal(undefined);
  });

  it('keeps pending state and errors per operation', async () => {
    const { fake, element } = await setup();
    const saving = element.profile.run('Ada');
    await element.updateComplete;
    expect(element.profile.pending).to.equal(true);
    expect(element.site.pending).to.equal(false);
    const creating = element.site.run('Harbor');
    (await fake.nextCall('createSite')).reject(conflict('Site exists'));
    await creating;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#site-error')!.textContent).to.equal('Site exists');
    expect(element.shadowRoot!.querySelector('#profile-error')!.textContent).to.equal('');
    expect(element.profile.pending).to.equal(true);
    (await fake.nextCall('updateProfile')).resolve(profile);
    await saving;
    expect(element.profile.pending).to.equal(false);
    expect(element.site.error?.message).to.equal('Site exists');
  });

  it('keeps focus on the busy control while the write runs (aria-disabled, never disabled)', async () => {
    const { fake, element } = await setup();
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('#save')!;
    button.focus();
    const running = element.profile.run('Ada');
    await element.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(element.shadowRoot!.activeElement === button, 'focus on button').to.equal(true);
    (await fake.nextCall('updateProfile')).resolve(profile);
    await running;
  });

  it('answers stale for a company write that finishes after a company switch, and drops its error', async () => {
    const { fake, element, provider } = await setup();
    const creating = element.site.run('Harbor');
    const call = await fake.nextCall('createSite');
    expect(call.args[0]).to.equal('c1');
    provider.selectCompany('c2');
    // The provider's render shares the other company with the element.
    await provider.taskComplete;
    call.reject(conflict('Acme North conflict'));
    const result = await creating;
    expect(result.status).to.equal('stale');
    expect(element.site.error).to.equal(undefined);
  });

  it('answers done for a personal write that finishes after a company switch', async () => {
    const { fake, element, provider } = await setup();
    const saving = element.profile.run('Ada');
    const call = await fake.nextCall('updateProfile');
    provider.selectCompany('c2');
    await provider.taskComplete;
    call.resolve(profile);
    expect((await saving).status).to.equal('done');
  });

  it('drops a company write error once the company changes', async () => {
    const { fake, element, provider } = await setup();
    const creating = element.site.run('Harbor');
    (await fake.nextCall('createSite')).reject(conflict('Acme North conflict'));
    await creating;
    expect(element.site.error?.message).to.equal('Acme North conflict');
    provider.selectCompany('c2');
    await provider.taskComplete;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('#site-error')!.textContent).to.equal('');
  });

  it('settles `complete` when the write in flight does, keeping no answer', async () => {
    const { fake, element } = await setup();
    const running = element.profile.run('Ada');
    const settled = element.profile.taskComplete;
    let done = false;
    void settled.then(() => (done = true));
    (await fake.nextCall('updateProfile')).resolve(profile);
    expect(await settled).to.equal(undefined);
    expect(done).to.equal(true);
    expect(element.profile.pending).to.equal(false);
    expect((await running).status).to.equal('done');
  });
});
