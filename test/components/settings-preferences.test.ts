import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import '../../src/define/settings-preferences.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { Preferences } from '../../src/api/types.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { once, renderInProvider, settle } from '../support/render.js';

const db = createMockDb();
const ownerSession = db.sessionFor('owner');
/** Olivia: en-GB, Europe/London, DD/MM/YYYY, system theme; product updates and security alerts on. */
const ownerPreferences = db.actingAs('owner').getPreferences();

const control = <T extends HTMLElement = HTMLInputElement>(element: HTMLElement, id: string) => element.shadowRoot!.querySelector<T>(`#${id}`)!;
const button = (element: HTMLElement, label: string) =>
  Array.from(element.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent.trim() === label)!;
const text = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();
/** A field's error when changes are saved together (`${id}-error`, named by its aria-describedby). */
const fieldError = (element: HTMLElement, id: string) => text(element.shadowRoot!.getElementById(`${id}-error`)!);
/** How a field's automatic save is doing, beside it (`${id}-status`, a live region). */
const fieldStatus = (element: HTMLElement, id: string) => text(element.shadowRoot!.getElementById(`${id}-status`)!);

async function choose(element: HTMLElement, id: string, value: string | boolean): Promise<void> {
  const input = control<HTMLInputElement | HTMLSelectElement>(element, id);
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
}

async function loaded(preferences: Preferences = ownerPreferences, autoSave = false) {
  const fake = new FakeClient({ session: ownerSession });
  const { element, provider } = await renderInProvider<HTMLElement>(html`<settings-preferences ?auto-save=${autoSave}></settings-preferences>`, {
    client: fake.client,
  });
  (await fake.nextCall('getPreferences')).resolve(structuredClone(preferences));
  await settle(element);
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
        await choose(element, 'theme-dark', true);
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
    const { element } = await renderInProvider<HTMLElement>(html`<settings-preferences .languages=${['en-US', 'fr-FR']}></settings-preferences>`, {
      client: fake.client,
    });
    (await fake.nextCall('getPreferences')).resolve(structuredClone(ownerPreferences));
    await settle(element);
    expect(Array.from(control<HTMLSelectElement>(element, 'language').options).map((o) => o.value)).to.deep.equal(['en-US', 'fr-FR', 'en-GB']);
  });

  it('finds a time zone by typing part of its name, keeping the current one selected', async () => {
    const { element } = await loaded();
    const search = element.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(search.getAttribute('aria-label')).to.equal('Find a time zone');
    search.value = 'new york';
    search.dispatchEvent(new InputEvent('input'));
    await settle(element);
    const zones = control<HTMLSelectElement>(element, 'timeZone');
    expect(Array.from(zones.options).map((o) => o.textContent.trim())).to.deep.equal(['Europe/London', 'America/New York']);
    expect(zones.value).to.equal('Europe/London');
    expect(text(element.shadowRoot!.getElementById('timeZone-matches')!)).to.equal('1 time zone matches.');
    await choose(element, 'timeZone', 'America/New_York');
    expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('false');
  });

  it('is operable by keyboard; Enter in the time zone search does not submit', async () => {
    const { fake, element } = await loaded();
    control(element, 'theme-system').focus();
    await sendKeys({ press: 'ArrowDown' });
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'tokyo' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(fake.callsTo('updatePreferences')).to.have.length(0);
    expect(Array.from(control<HTMLSelectElement>(element, 'timeZone').options).map((o) => o.value)).to.deep.equal(['Europe/London', 'Asia/Tokyo']);
    control(element, 'weeklyDigest').focus();
    await sendKeys({ press: 'Space' });
    await settle(element);
    // The last checkbox is followed by Save changes.
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(button(element, 'Save changes'));
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextCall('updatePreferences');
    expect(call.args[0]).to.deep.equal({ theme: 'light', emailNotifications: { weeklyDigest: true } });
  });

  describe('saving together (default)', () => {
    it('tracks changes; Cancel restores the saved choices', async () => {
      const { fake, element } = await loaded();
      expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('true');
      button(element, 'Save changes').click();
      await settle(element);
      expect(fake.callsTo('updatePreferences'), 'nothing to save').to.have.length(0);
      await choose(element, 'weeklyDigest', true);
      await choose(element, 'theme-light', true);
      expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('false');
      button(element, 'Cancel').click();
      await settle(element);
      expect(control(element, 'weeklyDigest').checked).to.equal(false);
      expect(control(element, 'theme-system').checked).to.equal(true);
      expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('true');
    });

    it('saves only the changed fields, email switches nested, and says so', async () => {
      const { fake, element } = await loaded();
      await choose(element, 'dateFormat', 'YYYY-MM-DD');
      await choose(element, 'productUpdates', false);
      const intent = once(element, 'settings-preferences-update');
      button(element, 'Save changes').click();
      const expected = { dateFormat: 'YYYY-MM-DD', emailNotifications: { productUpdates: false } };
      expect((await intent).update).to.deep.equal(expected);
      const call = await fake.nextCall('updatePreferences');
      expect(call.args[0]).to.deep.equal(expected);
      await settle(element);
      expect(button(element, 'Saving…').getAttribute('aria-disabled')).to.equal('true');
      call.resolve({ ...ownerPreferences, dateFormat: 'YYYY-MM-DD', emailNotifications: { ...ownerPreferences.emailNotifications, productUpdates: false } });
      await settle(element);
      expect(text(element.shadowRoot!.querySelector('[part=status]')!)).to.equal('Preferences saved.');
      expect(button(element, 'Save changes').getAttribute('aria-disabled')).to.equal('true');
    });

    it('keeps focus on Save changes while it saves, and ignores another press meanwhile', async () => {
      const { fake, element } = await loaded();
      await choose(element, 'theme-dark', true);
      const save = button(element, 'Save changes');
      save.focus();
      save.click();
      await settle(element);
      const call = await fake.nextCall('updatePreferences');
      expect(element.shadowRoot!.activeElement).to.equal(save);
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      expect(save.getAttribute('aria-busy')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(fake.callsTo('updatePreferences')).to.have.length(1);
      call.resolve({ ...ownerPreferences, theme: 'dark' });
      await settle(element);
      expect(element.shadowRoot!.activeElement).to.equal(save);
    });

    it('applies a saved theme to the provider, so every panel follows it', async () => {
      const { fake, element, provider } = await loaded();
      expect(provider.style.colorScheme).to.equal('light dark');
      await choose(element, 'theme-dark', true);
      expect(provider.style.colorScheme, 'not before it is saved').to.equal('light dark');
      button(element, 'Save changes').click();
      (await fake.nextCall('updatePreferences')).resolve({ ...ownerPreferences, theme: 'dark' });
      await settle(provider);
      expect(provider.style.colorScheme).to.equal('dark');
    });

    it('keeps the choices when the save fails, with the error beside the field and a retry', async () => {
      const { fake, element } = await loaded();
      await choose(element, 'language', 'de-DE');
      await choose(element, 'weeklyDigest', true);
      button(element, 'Save changes').click();
      (await fake.nextCall('updatePreferences')).reject(
        new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { 'emailNotifications.weeklyDigest': 'Choose which emails to receive.' } }),
      );
      await settle(element);
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
      await choose(element, 'theme-dark', true);
      button(element, 'Save changes').click();
      (await fake.nextCall('updatePreferences')).reject(
        new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { theme: 'Choose System, Light or Dark.' } }),
      );
      await settle(element);
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
      await choose(element, 'securityAlerts', false);
      const call = await fake.nextCall('updatePreferences');
      expect(call.args[0]).to.deep.equal({ emailNotifications: { securityAlerts: false } });
      expect(fieldStatus(element, 'securityAlerts')).to.equal('Saving…');
      call.resolve({ ...ownerPreferences, emailNotifications: { ...ownerPreferences.emailNotifications, securityAlerts: false } });
      await settle(element);
      expect(fieldStatus(element, 'securityAlerts')).to.equal('Saved');
      expect(control(element, 'securityAlerts').getAttribute('aria-describedby')).to.equal('securityAlerts-status');
    });

    it('keeps a failed choice, shows the error beside it, and retries it', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      await choose(element, 'theme-dark', true);
      (await fake.nextCall('updatePreferences')).reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 20 }));
      await settle(element);
      expect(control(element, 'theme-dark').checked).to.equal(true);
      expect(fieldStatus(element, 'theme')).to.equal('Too many requests. Try again in 20 seconds.');
      const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Retry saving Theme"]')!;
      expect(retry.textContent.trim()).to.equal('Retry');
      await expect(element).to.be.accessible();
      // Other fields still save on their own meanwhile.
      await choose(element, 'weeklyDigest', true);
      const digest = await fake.nextCall('updatePreferences', 1);
      expect(digest.args[0]).to.deep.equal({ emailNotifications: { weeklyDigest: true } });
      digest.resolve({ ...ownerPreferences, emailNotifications: { ...ownerPreferences.emailNotifications, weeklyDigest: true } });
      await settle(element);
      expect(fieldStatus(element, 'theme')).to.contain('Try again in 20 seconds');
      retry.click();
      const again = await fake.nextCall('updatePreferences', 2);
      expect(again.args[0]).to.deep.equal({ theme: 'dark' });
      again.resolve({ ...ownerPreferences, theme: 'dark', emailNotifications: { ...ownerPreferences.emailNotifications, weeklyDigest: true } });
      await settle(element);
      expect(fieldStatus(element, 'theme')).to.equal('Saved');
    });

    it('sends one save at a time, so the last choice wins', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      await choose(element, 'dateFormat', 'YYYY-MM-DD');
      await choose(element, 'dateFormat', 'MM/DD/YYYY');
      expect(fake.callsTo('updatePreferences')).to.have.length(1);
      (await fake.nextCall('updatePreferences')).resolve({ ...ownerPreferences, dateFormat: 'YYYY-MM-DD' });
      const second = await fake.nextCall('updatePreferences', 1);
      expect(second.args[0]).to.deep.equal({ dateFormat: 'MM/DD/YYYY' });
      await settle(element);
      expect(control<HTMLSelectElement>(element, 'dateFormat').value).to.equal('MM/DD/YYYY');
      expect(fieldStatus(element, 'dateFormat')).to.equal('Saving…');
    });

    it('takes the value the server stored and does not send it again (issue 8, finding 7)', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      await choose(element, 'language', 'fr-FR');
      // The server normalises the tag it stores.
      (await fake.nextCall('updatePreferences')).resolve({ ...ownerPreferences, language: 'fr' });
      await settle(element);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(element);
      expect(fake.callsTo('updatePreferences')).to.have.length(1);
      expect(control<HTMLSelectElement>(element, 'language').value).to.equal('fr');
      expect(fieldStatus(element, 'language')).to.equal('Saved');
    });

    it('offers host language tags in canonical form, once each (issue 8, finding 7)', async () => {
      const fake = new FakeClient({ session: ownerSession });
      const { element } = await renderInProvider<HTMLElement>(html`<settings-preferences .languages=${['en-gb', 'fr-fr']}></settings-preferences>`, {
        client: fake.client,
      });
      (await fake.nextCall('getPreferences')).resolve(structuredClone(ownerPreferences));
      await settle(element);
      expect(Array.from(control<HTMLSelectElement>(element, 'language').options).map((o) => o.value)).to.deep.equal(['en-GB', 'fr-FR']);
    });

    it('says "Not saved" when a listener cancels the save', async () => {
      const { fake, element } = await loaded(ownerPreferences, true);
      element.addEventListener('settings-preferences-update', (event) => event.preventDefault());
      await choose(element, 'language', 'fr-FR');
      expect(fake.callsTo('updatePreferences')).to.have.length(0);
      expect(fieldStatus(element, 'language')).to.equal('Not saved.');
      expect(control<HTMLSelectElement>(element, 'language').value).to.equal('fr-FR');
    });

    it('is switched on by the user, and then saves what was already changed', async () => {
      const { fake, element } = await loaded();
      await choose(element, 'language', 'en-US');
      expect(fake.callsTo('updatePreferences')).to.have.length(0);
      await choose(element, 'auto-save', true);
      const call = await fake.nextCall('updatePreferences');
      expect(call.args[0]).to.deep.equal({ language: 'en-US' });
      expect(element.shadowRoot!.querySelector('[part=actions]')).to.equal(null);
    });
  });

  it('saves through the mock server and the session follows the new theme', async () => {
    const mockDb = createMockDb();
    const client = createMockClient({ persona: 'sso-user', db: mockDb });
    const { element, provider } = await renderInProvider<HTMLElement>(html`<settings-preferences></settings-preferences>`, { client });
    await waitUntil(() => element.shadowRoot!.querySelector('select'), 'the preferences load');
    expect(control<HTMLSelectElement>(element, 'timeZone').value).to.equal('America/Chicago');
    await choose(element, 'theme-dark', true);
    await choose(element, 'weeklyDigest', true);
    const fact = once(element, 'settings-preferences-updated');
    // The old name of the fact still fires, for hosts that listen for it.
    const deprecatedAlias = once(element, 'settings-preferences-changed');
    button(element, 'Save changes').click();
    expect((await fact).preferences.theme).to.equal('dark');
    expect((await deprecatedAlias).preferences.theme).to.equal('dark');
    await settle(provider);
    expect(provider.style.colorScheme).to.equal('dark');
    expect(mockDb.actingAs('sso-user').getPreferences()).to.deep.include({ theme: 'dark', emailNotifications: { productUpdates: true, securityAlerts: true, weeklyDigest: true } });
    expect(mockDb.sessionFor('sso-user').user.theme).to.equal('dark');
  });
});
