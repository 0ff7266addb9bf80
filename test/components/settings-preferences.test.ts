import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import '../../src/define/settings-preferences.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { Preferences } from '../../src/api/types.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import type { SettingsPreferences } from '../../src/components/settings-preferences/settings-preferences.js';
import { once, renderInProvider } from '../support/render.js';
import { button, choose, text } from '../support/dom.js';

const db = createMockDb();
const ownerSession = db.sessionFor('owner');
/** Olivia: en-GB, Europe/London, DD/MM/YYYY, system theme; product updates and security alerts on. */
const ownerPreferences = db.actingAs('owner').getPreferences();

const control = <T extends HTMLElement = HTMLInputElement>(element: HTMLElement, id: string) => element.shadowRoot!.querySelector<T>(`#${id}`)!;
/** A field's error when changes are saved together (`${id}-error`, named by its aria-describedby). */
const fieldError = (element: HTMLElement, id: string) => text(element.shadowRoot!.getElementById(`${id}-error`));
/** How a field's automatic save is doing, beside it (`${id}-status`, a live region). */
const fieldStatus = (element: HTMLElement, id: string) => text(element.shadowRoot!.getElementById(`${id}-status`));

/** Chooses `value` in the control `#id` (a select, a checkbox or radio) and waits for the panel to render it. */
async function pick(element: SettingsPreferences, id: string, value: string | boolean): Promise<void> {
  choose(control<HTMLInputElement | HTMLSelectElement>(element, id), value);
  await element.updateComplete;
}

async function loaded(preferences: Preferences = ownerPreferences, autoSave = false) {
  const fake = new FakeClient({ session: ownerSession });
  const { element, provider } = await renderInProvider<SettingsPreferences>(html`<settings-preferences ?auto-save=${autoSave}></settings-preferences>`, {
    client: fake.client,
  });
  (await fake.nextCall('getPreferences')).resolve(structuredClone(preferences));
  await element.taskComplete;
  return { fake, element, provider };
}

describe('settings-preferences', () => {
  describePanelBaseline({
    tag: 'settings-preferences',
    manageSession: ownerSession,
    firstLoad: 'getPreferences',
    firstLoadValue: ownerPreferences,
    writeControls: 'input, select, button',
    write: {
      start: async (element) => {
        await pick(element as SettingsPreferences, 'theme-dark', true);
        button(element, 'Save changes').click();
      },
      method: 'updatePreferences',
      result: { ...ownerPreferences, theme: 'dark' },
      intent: 'settings-preferences-update',
      fact: 'settings-preferences-updated',
    },
  });

  it('names languages in themselves and in the user language', async () => {
    const { element } = await loaded();
    const language = control<HTMLSelectElement>(element, 'language');
    expect(language.selectedOptions[0]!.textContent.trim()).to.equal('British English');
    expect(Array.from(language.options).map((o) => o.textContent.trim())).to.include('Deutsch (Deutschland) — German (Germany)');
  });

  it('offers only the host languages, plus the user current one', async () => {
    const fake = new FakeClient({ session: ownerSession });
    const { element } = await renderInProvider<SettingsPreferences>(html`<settings-preferences .languages=${['en-US', 'fr-FR']}></settings-preferences>`, {
      client: fake.client,
    });
    (await fake.nextCall('getPreferences')).resolve(structuredClone(ownerPreferences));
    await element.taskComplete;
    expect(Array.from(control<HTMLSelectElement>(element, 'language').options).map((o) => o.value)).to.deep.equal(['en-US', 'fr-FR', 'en-GB']);
  });

  it('finds a time zone by typing part of its name, keeping the current one selected', async () => {
    const { element } = await loaded();
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(search.getAttribute('aria-label')).to.equal('Find a time zone');
    search.value = 'new york';
    search.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    const zones = control<HTMLSelectElement>(element, 'timeZone');
    expect(Array.from(zones.options).map((o) => o.textContent.trim())).to.deep.equal(['Europe/London', 'America/New York']);
    expect(zones.value).to.equal('Europe/London');
    expect(text(element.shadowRoot!.getElementById('timeZone-matches'))).to.equal('1 time zone matches.');
    await pick(element, 'timeZone', 'America/New_York');
    expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('false');
  });

  it('is operable by keyboard; Enter in the time zone search does not submit', async () => {
    const { fake, element } = await loaded();
    control(element, 'theme-system').focus();
    await sendKeys({ press: 'ArrowDown' });
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'tokyo' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(fake.callsTo('updatePreferences')).to.have.length(0);
    expect(Array.from(control<HTMLSelectElement>(element, 'timeZone').options).map((o) => o.value)).to.deep.equal(['Europe/London', 'Asia/Tokyo']);
    control(element, 'weeklyDigest').focus();
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    // The last checkbox is followed by Save changes.
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement === button(element, 'Save changes'), 'focus on Save changes').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextCall('updatePreferences');
    expect(call.args[0]).to.deep.equal({ theme: 'light', emailNotifications: { weeklyDigest: true } });
  });

  describe('saving together (default)', () => {
    it('tracks changes; Cancel restores the saved choices', async () => {
      const { fake, element } = await loaded();
      expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('true');
      button(element, 'Save changes').click();
      await element.updateComplete;
      expect(fake.callsTo('updatePreferences'), 'nothing to save').to.have.length(0);
      await pick(element, 'weeklyDigest', true);
      await pick(element, 'theme-light', true);
      expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('false');
      button(element, 'Cancel').click();
      await element.updateComplete;
      expect(control(element, 'weeklyDigest').checked).to.equal(false);
      expect(control(element, 'theme-system').checked).to.equal(true);
      expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('true');
    });

    it('saves only the changed fields, email switches nested, and says so', async () => {
      const { fake, element } = await loaded();
      await pick(element, 'dateFormat', 'YYYY-MM-DD');
      await pick(element, 'productUpdates', false);
      const intent = once(element, 'settings-preferences-update');
      button(element, 'Save changes').click();
      const expected = { dateFormat: 'YYYY-MM-DD', emailNotifications: { productUpdates: false } };
      expect((await intent).update).to.deep.equal(expected);
      const call = await fake.nextCall('updatePreferences');
      expect(call.args[0]).to.deep.equal(expected);
      await element.updateComplete;
      expect(button(element, 'Saving…').getAttribute('aria-disabled')).to.equal('true');
      call.resolve({ ...ownerPreferences, dateFormat: 'YYYY-MM-DD', emailNotifications: { ...ownerPreferences.emailNotifications, productUpdates: false } });
      await element.taskComplete;
      expect(text(element.shadowRoot!.querySelector('[part=status]'))).to.equal('Preferences saved.');
      expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('true');
    });

    it('keeps focus on Save changes while it saves, and ignores another press meanwhile', async () => {
      const { fake, element } = await loaded();
      await pick(element, 'theme-dark', true);
      const save = button(element, 'Save changes');
      save.focus();
      save.click();
      await element.updateComplete;
      const call = await fake.nextCall('updatePreferences');
      expect(element.shadowRoot!.activeElement === save, 'focus on save').to.equal(true);
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      expect(save.getAttribute('aria-busy')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(fake.callsTo('updatePreferences')).to.have.length(1);
      call.resolve({ ...ownerPreferences, theme: 'dark' });
      await element.taskComplete;
      expect(element.shadowRoot!.activeElement === save, 'focus on save').to.equal(true);
    });

    it('applies a saved theme to the provider, so every panel follows it', async () => {
      const { fake, element, provider } = await loaded();
      expect(provider.style.colorScheme).to.equal('light dark');
      await pick(element, 'theme-dark', true);
      expect(provider.style.colorScheme, 'not before it is saved').to.equal('light dark');
      button(element, 'Save changes').click();
      (await fake.nextCall('updatePreferences')).resolve({ ...ownerPreferences, theme: 'dark' });
      // The save, then the provider's render of the theme its fact carried.
      await element.taskComplete;
      await provider.taskComplete;
      expect(provider.style.colorScheme).to.equal('dark');
    });

    it('keeps the choices when the save fails, with the error beside the field and a retry', async () => {
      const { fake, element } = await loaded();
      await pick(element, 'language', 'de-DE');
      await pick(element, 'weeklyDigest', true);
      button(element, 'Save changes').click();
      (await fake.nextCall('updatePreferences')).reject(
        new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { 'emailNotifications.weeklyDigest': 'Choose which emails to receive.' } }),
      );
      await element.taskComplete;
      expect(control<HTMLSelectElement>(element, 'language').value).to.equal('de-DE');
      const digest = control(element, 'weeklyDigest');
      expect(digest.checked).to.equal(true);
      expect(digest.getAttribute('aria-invalid')).to.equal('true');
      expect(digest.getAttribute('aria-describedby')).to.equal('weeklyDigest-error');
      expect(fieldError(element, 'weeklyDigest')).to.equal('Choose which emails to receive.');
      const alert = element.shadowRoot!.querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain('Some fields need your attention.');
      alert.querySelector('button')!.click();
      const retry = await fake.nextCall('updatePreferences', 1);
      expect(retry.args[0]).to.deep.equal({ language: 'de-DE', emailNotifications: { weeklyDigest: true } });
    });

    it('names a 422 on the theme from the theme group, beside its hint', async () => {
      const { fake, element } = await loaded();
      await pick(element, 'theme-dark', true);
      button(element, 'Save changes').click();
      (await fake.nextCall('updatePreferences')).reject(
        new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { theme: 'Choose System, Light or Dark.' } }),
      );
      await element.taskComplete;
      const group = element.shadowRoot!.querySelector('fieldset#theme')!;
      expect(group.getAttribute('aria-describedby')).to.equal('theme-hint theme-error');
      expect(fieldError(element, 'theme')).to.equal('Choose System, Light or Dark.');
      expect(control(element, 'theme-dark').checked, 'the choice is kept').to.equal(true);
      await expect(element).to.be.accessible();
    });
  });

  describe('saving automatically', () => {
    it('saves each change at once and says "Saved" beside the field', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      expect(element.shadowRoot!.querySelector('[part=actions]'), 'no Save button').to.equal(null);
      await pick(element, 'securityAlerts', false);
      const call = await fake.nextCall('updatePreferences');
      expect(call.args[0]).to.deep.equal({ emailNotifications: { securityAlerts: false } });
      expect(fieldStatus(element, 'securityAlerts')).to.equal('Saving…');
      call.resolve({ ...ownerPreferences, emailNotifications: { ...ownerPreferences.emailNotifications, securityAlerts: false } });
      await element.taskComplete;
      expect(fieldStatus(element, 'securityAlerts')).to.equal('Saved');
      expect(control(element, 'securityAlerts').getAttribute('aria-describedby')).to.equal('securityAlerts-status');
    });

    it('keeps a failed choice, shows the error beside it, and retries it', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      await pick(element, 'theme-dark', true);
      (await fake.nextCall('updatePreferences')).reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 20 }));
      await element.taskComplete;
      expect(control(element, 'theme-dark').checked).to.equal(true);
      expect(fieldStatus(element, 'theme')).to.equal('Too many requests. Try again in 20 seconds.');
      const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Retry saving Theme"]')!;
      expect(retry.textContent.trim()).to.equal('Retry');
      await expect(element).to.be.accessible();
      // Other fields still save on their own meanwhile.
      await pick(element, 'weeklyDigest', true);
      const digest = await fake.nextCall('updatePreferences', 1);
      expect(digest.args[0]).to.deep.equal({ emailNotifications: { weeklyDigest: true } });
      digest.resolve({ ...ownerPreferences, emailNotifications: { ...ownerPreferences.emailNotifications, weeklyDigest: true } });
      await element.taskComplete;
      expect(fieldStatus(element, 'theme')).to.contain('Try again in 20 seconds');
      retry.click();
      const again = await fake.nextCall('updatePreferences', 2);
      expect(again.args[0]).to.deep.equal({ theme: 'dark' });
      again.resolve({ ...ownerPreferences, theme: 'dark', emailNotifications: { ...ownerPreferences.emailNotifications, weeklyDigest: true } });
      await element.taskComplete;
      expect(fieldStatus(element, 'theme')).to.equal('Saved');
    });

    it('sends one save at a time, so the last choice wins', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      await pick(element, 'dateFormat', 'YYYY-MM-DD');
      await pick(element, 'dateFormat', 'MM/DD/YYYY');
      expect(fake.callsTo('updatePreferences')).to.have.length(1);
      (await fake.nextCall('updatePreferences')).resolve({ ...ownerPreferences, dateFormat: 'YYYY-MM-DD' });
      const second = await fake.nextCall('updatePreferences', 1);
      expect(second.args[0]).to.deep.equal({ dateFormat: 'MM/DD/YYYY' });
      // The second save is pending (its answer is not given): the render of the first's outcome.
      await element.updateComplete;
      expect(control<HTMLSelectElement>(element, 'dateFormat').value).to.equal('MM/DD/YYYY');
      expect(fieldStatus(element, 'dateFormat')).to.equal('Saving…');
    });

    it('takes the value the server stored and does not send it again (issue 8, finding 7)', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      await pick(element, 'language', 'fr-FR');
      // The server normalises the tag it stores.
      (await fake.nextCall('updatePreferences')).resolve({ ...ownerPreferences, language: 'fr' });
      // Time for a repeated save to be sent, were there one (taskComplete would wait for it forever).
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fake.callsTo('updatePreferences')).to.have.length(1);
      await element.taskComplete;
      expect(control<HTMLSelectElement>(element, 'language').value).to.equal('fr');
      expect(fieldStatus(element, 'language')).to.equal('Saved');
    });

    it('offers host language tags in canonical form, once each (issue 8, finding 7)', async () => {
      const fake = new FakeClient({ session: ownerSession });
      const { element } = await renderInProvider<SettingsPreferences>(html`<settings-preferences .languages=${['en-gb', 'fr-fr']}></settings-preferences>`, {
        client: fake.client,
      });
      (await fake.nextCall('getPreferences')).resolve(structuredClone(ownerPreferences));
      await element.taskComplete;
      expect(Array.from(control<HTMLSelectElement>(element, 'language').options).map((o) => o.value)).to.deep.equal(['en-GB', 'fr-FR']);
    });

    it('says "Not saved" when a listener cancels the save', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      element.addEventListener('settings-preferences-update', (event) => event.preventDefault());
      await pick(element, 'language', 'fr-FR');
      // The cancelled save's outcome ("Not saved"), rendered: no write is pending, so this settles.
      await element.taskComplete;
      expect(fake.callsTo('updatePreferences')).to.have.length(0);
      expect(fieldStatus(element, 'language')).to.equal('Not saved.');
      expect(control<HTMLSelectElement>(element, 'language').value).to.equal('fr-FR');
    });

    it('is switched on by the user, and then saves what was already changed', async () => {
      const { fake, element } = await loaded();
      await pick(element, 'language', 'en-US');
      expect(fake.callsTo('updatePreferences')).to.have.length(0);
      await pick(element, 'auto-save', true);
      const call = await fake.nextCall('updatePreferences');
      expect(call.args[0]).to.deep.equal({ language: 'en-US' });
      expect(element.shadowRoot!.querySelector('[part=actions]')).to.equal(null);
    });
  });

  it('saves through the mock server and the session follows the new theme', async () => {
    const mockDb = createMockDb();
    const client = createMockClient({ persona: 'sso-user', db: mockDb });
    const { element, provider } = await renderInProvider<SettingsPreferences>(html`<settings-preferences></settings-preferences>`, { client });
    await element.taskComplete;
    expect(element.shadowRoot!.querySelector('select'), 'the preferences load').to.not.equal(null);
    expect(control<HTMLSelectElement>(element, 'timeZone').value).to.equal('America/Chicago');
    await pick(element, 'theme-dark', true);
    await pick(element, 'weeklyDigest', true);
    const fact = once(element, 'settings-preferences-updated');
    // The old name of the fact still fires, for hosts that listen for it.
    const deprecatedAlias = once(element, 'settings-preferences-changed');
    button(element, 'Save changes').click();
    expect((await fact).preferences.theme).to.equal('dark');
    expect((await deprecatedAlias).preferences.theme).to.equal('dark');
    // The save, then the provider's render of the theme its fact carried.
    await element.taskComplete;
    await provider.taskComplete;
    expect(provider.style.colorScheme).to.equal('dark');
    expect(mockDb.actingAs('sso-user').getPreferences()).to.deep.include({ theme: 'dark', emailNotifications: { productUpdates: true, securityAlerts: true, weeklyDigest: true } });
    expect(mockDb.sessionFor('sso-user').user.theme).to.equal('dark');
  });
});
