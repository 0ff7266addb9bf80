import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-data-repository.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { DataRepositorySettings, Session } from '../../src/api/types.js';
import type { SettingsDataRepository } from '../../src/components/settings-data-repository/settings-data-repository.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { once, renderInProvider, shadowText } from '../support/render.js';
import { button, choose } from '../support/dom.js';

const db = createMockDb({ now: new Date('2026-03-15T10:00:00Z') });
const ownerSession = db.sessionFor('owner');
// Northwind: EU West (Ireland), 365 days, no sharing.
const settings = db.actingAs('owner').getDataRepository();

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector);
const dialog = (element: Element) => $<SettingsDialog>(element, 'settings-dialog')!;

/** The panel's render, then its dialog's: the native dialog opens (showModal) in the dialog's own update. */
async function rendered(element: SettingsDataRepository) {
  await element.updateComplete;
  await dialog(element).updateComplete;
}

async function render(session: Session = ownerSession, value: DataRepositorySettings = settings) {
  const fake = new FakeClient({ session });
  const { element, provider } = await renderInProvider<SettingsDataRepository>(html`<settings-data-repository></settings-data-repository>`, {
    client: fake.client,
  });
  (await fake.nextCall('getDataRepository')).resolve(structuredClone(value));
  await element.taskComplete;
  return { fake, element, provider };
}

/** Chooses `value` in the select `#id` and waits for the panel to render the edit. */
async function pick(element: SettingsDataRepository, id: 'region' | 'retention', value: string) {
  choose($<HTMLSelectElement>(element, `#${id}`)!, value);
  await element.updateComplete;
}

const optionLabels = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent.trim());

describe('settings-data-repository', () => {
  describePanelBaseline({
    tag: 'settings-data-repository',
    manageSession: ownerSession,
    viewSession: db.sessionFor('org-admin'),
    deniedSession: db.sessionFor('billing-manager'),
    deniedReason: 'missing-permission',
    firstLoad: 'getDataRepository',
    firstLoadValue: settings,
    writeControls: 'form, select, input, button[type=submit]',
    write: {
      start: async (element) => {
        await pick(element as SettingsDataRepository, 'retention', '730');
        $<HTMLButtonElement>(element, 'button[type=submit]')!.click();
      },
      method: 'updateDataRepository',
      result: { ...settings, retentionDays: 730 },
      intent: 'settings-data-repository-update',
      fact: 'settings-data-repository-updated',
    },
  });

  it('shows the current settings and says they apply across all companies', async () => {
    const { element } = await render();
    expect(shadowText(element)).to.contain('Organization settings apply across all companies.');
    const region = $<HTMLSelectElement>(element, '#region')!;
    expect(region.value).to.equal('eu-west');
    expect(region.selectedOptions[0]!.textContent).to.equal('EU West (Ireland)');
    const retention = $<HTMLSelectElement>(element, '#retention')!;
    expect(optionLabels(retention)).to.deep.equal(['30 days', '90 days', '1 year', '2 years', 'Keep indefinitely']);
    expect(retention.selectedOptions[0]!.textContent.trim()).to.equal('1 year');
    const sharing = $<HTMLInputElement>(element, '#sharing')!;
    expect(sharing.checked).to.equal(false);
    expect(sharing.getAttribute('role')).to.equal('switch');
    // Every control says what it does, for all companies.
    for (const id of ['region', 'retention', 'sharing']) {
      expect($(element, `#${id}`)!.getAttribute('aria-describedby')).to.equal(`${id}-hint`);
      expect($(element, `#${id}-hint`)!.textContent).to.match(/all companies/);
    }
  });

  it('enables Save and Cancel only with changes; Cancel restores the saved values', async () => {
    const { element, fake } = await render();
    expect(button(element, 'Save').getAttribute('aria-disabled')).to.equal('true');
    expect(button(element, 'Cancel').getAttribute('aria-disabled')).to.equal('true');
    button(element, 'Save').click();
    await element.updateComplete;
    expect(fake.callsTo('updateDataRepository'), 'nothing to save').to.have.length(0);
    await pick(element, 'retention', '');
    $<HTMLInputElement>(element, '#sharing')!.click();
    await element.updateComplete;
    expect($(element, '[part=status]')!.textContent).to.equal('You have unsaved changes.');
    expect(button(element, 'Save').getAttribute('aria-disabled')).to.equal('false');
    // Back to the saved value: nothing to save for that field.
    await pick(element, 'retention', '365');
    $<HTMLInputElement>(element, '#sharing')!.click();
    await element.updateComplete;
    expect(button(element, 'Save').getAttribute('aria-disabled')).to.equal('true');
    await pick(element, 'region', 'us-west');
    button(element, 'Cancel').focus();
    button(element, 'Cancel').click();
    // The restored form's render; focus moves to the form once it has rendered.
    await element.updateComplete;
    expect($<HTMLSelectElement>(element, '#region')!.value).to.equal('eu-west');
    expect(element.shadowRoot!.activeElement?.id, 'focus stays in the form').to.equal('region');
    expect($(element, '[part=status]')!.textContent).to.equal('');
    expect(button(element, 'Save').getAttribute('aria-disabled')).to.equal('true');
  });

  it('asks before moving the data to another region; cancelling sends nothing and keeps the choice', async () => {
    const { element, fake } = await render();
    await pick(element, 'region', 'us-east');
    button(element, 'Save').click();
    await rendered(element);
    expect(dialog(element).open).to.equal(true);
    expect(dialog(element).heading).to.equal('Move data to US East (Virginia)?');
    expect(dialog(element).textContent).to.contain('Moving data to US East (Virginia) may take a while').and.contain('all companies');
    // The dialog's own Cancel (its buttons are slotted, so they live in the panel's shadow root).
    button(dialog(element), 'Cancel').click();
    await rendered(element);
    expect(dialog(element).open).to.equal(false);
    expect(fake.callsTo('updateDataRepository')).to.have.length(0);
    expect($<HTMLSelectElement>(element, '#region')!.value).to.equal('us-east');
  });

  it('moves the region once confirmed and says it was saved', async () => {
    const { element, fake } = await render();
    await pick(element, 'region', 'us-east');
    button(element, 'Save').click();
    await rendered(element);
    const intent = once(element, 'settings-data-repository-update');
    button(element, 'Move data and save').click();
    expect((await intent).update).to.deep.equal({ storageRegion: 'us-east' });
    await element.updateComplete;
    expect(button(element, 'Saving…').getAttribute('aria-busy')).to.equal('true');
    const call = await fake.nextCall('updateDataRepository');
    expect(call.args[0]).to.deep.equal({ storageRegion: 'us-east' });
    const fact = once(element, 'settings-data-repository-updated');
    const closed = once(dialog(element), 'settings-dialog-closed');
    call.resolve({ ...settings, storageRegion: 'us-east' });
    expect((await fact).settings.storageRegion).to.equal('us-east');
    await element.taskComplete;
    // The native dialog reports its close in a task of its own; the panel then keeps focus in the form.
    await closed;
    await element.updateComplete;
    expect(dialog(element).open).to.equal(false);
    expect($(element, '[part=status]')!.textContent).to.equal('Data repository settings saved. They apply to all companies.');
    expect(button(element, 'Save').getAttribute('aria-disabled')).to.equal('true');
    expect(element.shadowRoot!.activeElement !== null, 'focus in the panel').to.equal(true);
  });

  it('keeps focus on Save while it saves, and holds the form still meanwhile', async () => {
    const { element, fake } = await render();
    await pick(element, 'retention', '730');
    const save = button(element, 'Save');
    save.focus();
    save.click();
    await element.updateComplete;
    const call = await fake.nextCall('updateDataRepository');
    expect(element.shadowRoot!.activeElement === save, 'focus on save').to.equal(true);
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(save.getAttribute('aria-busy')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    // A change while saving is not taken: the form shows what is being saved.
    await pick(element, 'retention', '30');
    $<HTMLInputElement>(element, '#sharing')!.click();
    await element.updateComplete;
    expect($<HTMLSelectElement>(element, '#retention')!.value).to.equal('730');
    expect($<HTMLInputElement>(element, '#sharing')!.checked).to.equal(false);
    expect(fake.callsTo('updateDataRepository')).to.have.length(1);
    call.resolve({ ...settings, retentionDays: 730 });
    await element.taskComplete;
    expect($(element, '[part=status]')!.textContent).to.equal('Data repository settings saved. They apply to all companies.');
  });

  it('keeps focus on the sharing switch when Enter on it saves', async () => {
    const { element, fake } = await render();
    const sharing = $<HTMLInputElement>(element, '#sharing')!;
    sharing.focus();
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextCall('updateDataRepository');
    await element.updateComplete;
    expect(call.args[0]).to.deep.equal({ crossCompanySharing: true });
    expect(element.shadowRoot!.activeElement === sharing, 'focus on sharing').to.equal(true);
    expect(sharing.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(sharing.checked, 'not toggled while saving').to.equal(true);
    call.resolve({ ...settings, crossCompanySharing: true });
    await element.taskComplete;
    expect(element.shadowRoot!.activeElement === sharing, 'focus on sharing').to.equal(true);
  });

  it('keeps focus on "Move data and save" while the move is saved', async () => {
    const { element, fake } = await render();
    await pick(element, 'region', 'us-east');
    button(element, 'Save').click();
    await rendered(element);
    const move = button(element, 'Move data and save');
    move.focus();
    move.click();
    await element.updateComplete;
    const call = await fake.nextCall('updateDataRepository');
    expect(element.shadowRoot!.activeElement === move, 'focus on move').to.equal(true);
    expect(move.getAttribute('aria-disabled')).to.equal('true');
    button(dialog(element), 'Cancel').click();
    move.click();
    await rendered(element);
    expect(dialog(element).open, 'the dialog stays while saving').to.equal(true);
    expect(fake.callsTo('updateDataRepository')).to.have.length(1);
    call.resolve({ ...settings, storageRegion: 'us-east' });
    await element.taskComplete;
    expect(dialog(element).open).to.equal(false);
  });

  it('keeps the dialog open with the error when the move fails, and sends it again', async () => {
    const { element, fake } = await render();
    await pick(element, 'region', 'ap-southeast');
    button(element, 'Save').click();
    await rendered(element);
    button(element, 'Move data and save').click();
    (await fake.nextCall('updateDataRepository')).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    await element.taskComplete;
    expect(dialog(element).open).to.equal(true);
    expect(dialog(element).querySelector('[role=alert]')!.textContent).to.contain('Something went wrong');
    button(element, 'Move data and save').click();
    const retry = await fake.nextCall('updateDataRepository', 1);
    expect(retry.args[0]).to.deep.equal({ storageRegion: 'ap-southeast' });
  });

  it('keeps the edits when a save fails and retries it', async () => {
    const { element, fake } = await render();
    await pick(element, 'retention', '30');
    button(element, 'Save').click();
    (await fake.nextCall('updateDataRepository')).reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 12 }));
    await element.taskComplete;
    expect($<HTMLSelectElement>(element, '#retention')!.value).to.equal('30');
    const alert = $(element, 'form [role=alert]')!;
    expect(alert.textContent).to.contain('Try again in 12 seconds');
    alert.querySelector('button')!.click();
    const retry = await fake.nextCall('updateDataRepository', 1);
    expect(retry.args[0]).to.deep.equal({ retentionDays: 30 });
    retry.resolve({ ...settings, retentionDays: 30 });
    await element.taskComplete;
    expect($(element, '[role=alert]')).to.equal(null);
    expect($<HTMLSelectElement>(element, '#retention')!.value).to.equal('30');
  });

  it('shows a 422 field error beside its control', async () => {
    const { element, fake } = await render();
    await pick(element, 'retention', '90');
    button(element, 'Save').click();
    (await fake.nextCall('updateDataRepository')).reject(
      new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { retentionDays: 'Choose one of the offered retention periods.' } }),
    );
    await element.taskComplete;
    const retention = $(element, '#retention')!;
    expect(retention.getAttribute('aria-invalid')).to.equal('true');
    expect(retention.getAttribute('aria-describedby')).to.equal('retention-hint retention-error');
    expect($(element, '#retention-error')!.textContent).to.equal('Choose one of the offered retention periods.');
    expect($(element, 'form [role=alert] button')).to.equal(null);
  });

  it('shows a 422 on the sharing switch after its hint, and keeps the switch as the user set it', async () => {
    const { element, fake } = await render();
    $<HTMLInputElement>(element, '#sharing')!.click();
    await element.updateComplete;
    button(element, 'Save').click();
    (await fake.nextCall('updateDataRepository')).reject(
      new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { crossCompanySharing: 'Sharing needs a data processing agreement.' } }),
    );
    await element.taskComplete;
    const sharing = $<HTMLInputElement>(element, '#sharing')!;
    expect(sharing.checked).to.equal(true);
    expect(sharing.getAttribute('aria-invalid')).to.equal('true');
    expect(sharing.getAttribute('aria-describedby')).to.equal('sharing-hint sharing-error');
    expect($(element, '#sharing-error')!.textContent).to.equal('Sharing needs a data processing agreement.');
    expect($(element, '[part=status]')!.textContent, 'still unsaved').to.equal('You have unsaved changes.');
  });

  it('applies to every company: switching company neither reloads nor drops the edits', async () => {
    const { element, fake, provider } = await render();
    await pick(element, 'retention', '30');
    provider.selectCompany(ownerSession.companies[1]!.id);
    // The provider renders the other company, then the panel (a reload would be sent in that update).
    await provider.taskComplete;
    await element.updateComplete;
    expect(fake.callsTo('getDataRepository')).to.have.length(1);
    expect($<HTMLSelectElement>(element, '#retention')!.value).to.equal('30');
  });

  it('shows the values as text with view permission', async () => {
    const { element } = await render(db.sessionFor('org-admin'), { ...settings, retentionDays: null, crossCompanySharing: true });
    const values = $(element, '[part=values]')!.textContent.replace(/\s+/g, ' ');
    expect(values).to.contain('EU West (Ireland)').and.contain('Keep indefinitely').and.contain('On');
    expect(shadowText(element)).to.contain('View only: your role is Admin.');
  });

  it('is operable by keyboard: toggle sharing with Space, save with Enter', async () => {
    const { element, fake } = await render();
    $(element, '#sharing')!.focus();
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Save');
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextCall('updateDataRepository');
    expect(call.args[0]).to.deep.equal({ crossCompanySharing: true });
  });

  it('saves through the mock server and the change applies for everyone', async () => {
    const mockDb = createMockDb();
    const client = createMockClient({ persona: 'owner', db: mockDb });
    const { element } = await renderInProvider<SettingsDataRepository>(html`<settings-data-repository></settings-data-repository>`, { client });
    await element.taskComplete;
    expect($(element, '#retention')).to.not.equal(null);
    await pick(element, 'retention', '');
    button(element, 'Save').click();
    await element.taskComplete;
    expect($(element, '[part=status]')!.textContent).to.contain('settings saved');
    expect(mockDb.actingAs('org-admin').getDataRepository().retentionDays).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
