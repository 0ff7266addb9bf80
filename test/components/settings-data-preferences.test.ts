import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { northwindCompanyIds } from '../../mocks/scenarios/northwind.js';
import '../../src/define/settings-data-preferences.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { DataPreferences, Session } from '../../src/api/types.js';
import type { SettingsDataPreferences } from '../../src/components/settings-data-preferences/settings-data-preferences.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { drainMicrotasks, once, renderInProvider, shadowText } from '../support/render.js';
import { button, choose as chooseIn, text } from '../support/dom.js';

const { retail, logistics } = northwindCompanyIds;
const db = createMockDb();
const ownerSession = db.sessionFor('owner');
const retailPreferences = db.actingAs('owner').getDataPreferences(retail);
const logisticsPreferences = db.actingAs('owner').getDataPreferences(logistics);

const select = (element: HTMLElement, field: keyof DataPreferences) => element.shadowRoot!.querySelector<HTMLSelectElement>(`#${field}`)!;
/** Save and Cancel are never `disabled` (focus would drop to the page): unavailable is aria-disabled. */
const unavailable = (control: HTMLButtonElement) => {
  expect(control.disabled, 'focusable').to.equal(false);
  return control.getAttribute('aria-disabled') === 'true';
};
const preview = (element: HTMLElement) => text(element.shadowRoot!.querySelector('[part=preview]'));

/** Chooses `value` in a field; only the panel's draft changes, so its render is all to wait for. */
async function choose(element: HTMLElement, field: keyof DataPreferences, value: string): Promise<void> {
  chooseIn(select(element, field), value);
  await (element as SettingsDataPreferences).updateComplete;
}

/** The panel for `session`'s first company, loaded through a FakeClient. */
async function loaded(session: Session = ownerSession, preferences: DataPreferences = retailPreferences) {
  const fake = new FakeClient({ session });
  const { element, provider } = await renderInProvider<SettingsDataPreferences>(html`<settings-data-preferences></settings-data-preferences>`, {
    client: fake.client,
  });
  (await fake.nextCall('getDataPreferences')).resolve(structuredClone(preferences));
  await element.taskComplete;
  return { fake, element, provider };
}

describe('settings-data-preferences', () => {
  describePanelBaseline({
    tag: 'settings-data-preferences',
    manageSession: ownerSession,
    viewSession: db.sessionFor('company-viewer'),
    deniedSession: db.sessionFor('billing-manager'),
    deniedReason: 'no-company-access',
    firstLoad: 'getDataPreferences',
    firstLoadValue: retailPreferences,
    writeControls: 'select, button',
    otherCompanyId: logistics,
    write: {
      start: async (element) => {
        await choose(element, 'units', 'metric');
        button(element, 'Save changes').click();
      },
      method: 'updateDataPreferences',
      result: { ...retailPreferences, units: 'metric' },
      intent: 'settings-data-preferences-update',
      fact: 'settings-data-preferences-updated',
    },
  });

  it('labels every choice with Intl names: currencies, weekdays and months', async () => {
    const { element } = await loaded();
    const labels = (field: keyof DataPreferences) => Array.from(select(element, field).options).map((o) => o.textContent.trim());
    expect(select(element, 'currency').selectedOptions[0]!.textContent.trim()).to.equal('USD — US Dollar');
    expect(labels('currency')).to.include('EUR — Euro');
    expect(labels('weekStart')).to.deep.equal(['Sunday', 'Monday', 'Saturday']);
    expect(labels('fiscalYearStartMonth')).to.have.length(12).and.include('April');
    expect(labels('dateFormat')).to.include('DD/MM/YYYY (31/03/2026)');
  });

  it('offers a currency outside the usual list when the company uses it', async () => {
    const { element } = await loaded(ownerSession, { ...retailPreferences, currency: 'ISK' });
    expect(select(element, 'currency').selectedOptions[0]!.textContent).to.contain('ISK — Icelandic');
  });

  it('previews the samples with the company formatting and updates them as the user edits', async () => {
    const { element } = await loaded();
    expect(preview(element)).to.contain('03/31/2026').and.contain('$12,345.67').and.contain('6.2 mi').and.contain('68°F');
    expect(preview(element)).to.contain('Sun, Mon, Tue').and.contain('01/01/2026 – 12/31/2026');
    await choose(element, 'dateFormat', 'DD.MM.YYYY');
    await choose(element, 'currency', 'EUR');
    await choose(element, 'units', 'metric');
    await choose(element, 'weekStart', 'monday');
    await choose(element, 'fiscalYearStartMonth', '4');
    expect(preview(element)).to.contain('31.03.2026').and.contain('€12,345.67').and.contain('10 km').and.contain('20°C');
    expect(preview(element)).to.contain('Mon, Tue, Wed').and.contain('01.04.2025 – 31.03.2026');
  });

  it('tracks unsaved changes: Save and Cancel only when something changed, Cancel restores the saved values', async () => {
    const { fake, element } = await loaded();
    expect(unavailable(button(element, 'Save changes'))).to.equal(true);
    expect(unavailable(button(element, 'Cancel'))).to.equal(true);
    await choose(element, 'currency', 'EUR');
    expect(unavailable(button(element, 'Save changes'))).to.equal(false);
    await choose(element, 'currency', 'USD');
    expect(unavailable(button(element, 'Save changes')), 'changed back is not a change').to.equal(true);
    // Unavailable but focusable: a click does nothing.
    button(element, 'Save changes').click();
    await element.updateComplete;
    expect(fake.callsTo('updateDataPreferences')).to.have.length(0);
    await choose(element, 'units', 'metric');
    button(element, 'Cancel').click();
    await element.updateComplete;
    expect(select(element, 'units').value).to.equal('imperial');
    expect(preview(element)).to.contain('6.2 mi');
    expect(unavailable(button(element, 'Cancel'))).to.equal(true);
  });

  it('saves only the changed fields, says so, and reports intent and fact with the company', async () => {
    const { fake, element } = await loaded();
    await choose(element, 'currency', 'EUR');
    await choose(element, 'fiscalYearStartMonth', '4');
    const intent = once(element, 'settings-data-preferences-update');
    const fact = once(element, 'settings-data-preferences-updated');
    button(element, 'Save changes').click();
    expect((await intent).companyId).to.equal(retail);
    expect((await intent).update).to.deep.equal({ currency: 'EUR', fiscalYearStartMonth: 4 });
    const call = await fake.nextCall('updateDataPreferences');
    expect(call.args.slice(0, 2)).to.deep.equal([retail, { currency: 'EUR', fiscalYearStartMonth: 4 }]);
    await element.updateComplete;
    expect(unavailable(button(element, 'Saving…'))).to.equal(true);
    expect(button(element, 'Saving…').getAttribute('aria-busy')).to.equal('true');
    expect(unavailable(button(element, 'Cancel')), 'no cancelling a save in flight').to.equal(true);
    expect(element.shadowRoot!.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    const saved = { ...retailPreferences, currency: 'EUR', fiscalYearStartMonth: 4 };
    call.resolve(saved);
    expect((await fact).preferences).to.deep.equal(saved);
    await element.taskComplete;
    expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Data preferences of Northwind Retail saved.');
    expect(unavailable(button(element, 'Save changes'))).to.equal(true);
    expect(select(element, 'currency').value).to.equal('EUR');
  });

  it('keeps the edits when a save fails, explains when to retry, and retries the same change', async () => {
    const { fake, element } = await loaded();
    await choose(element, 'currency', 'EUR');
    button(element, 'Save changes').click();
    (await fake.nextCall('updateDataPreferences')).reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 30 }));
    await element.taskComplete;
    const alert = element.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Try again in 30 seconds');
    expect(select(element, 'currency').value).to.equal('EUR');
    expect(preview(element)).to.contain('€');
    alert.querySelector('button')!.click();
    const retry = await fake.nextCall('updateDataPreferences', 1);
    expect(retry.args[1]).to.deep.equal({ currency: 'EUR' });
    retry.resolve({ ...retailPreferences, currency: 'EUR' });
    await element.taskComplete;
    expect(element.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });

  it('shows 422 field errors beside their fields', async () => {
    const { fake, element } = await loaded();
    await choose(element, 'currency', 'EUR');
    button(element, 'Save changes').click();
    (await fake.nextCall('updateDataPreferences')).reject(
      new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { currency: 'Choose a currency, like EUR or USD.' } }),
    );
    await element.taskComplete;
    const currency = select(element, 'currency');
    expect(currency.getAttribute('aria-invalid')).to.equal('true');
    expect(currency.getAttribute('aria-describedby')).to.equal('currency-error');
    expect(element.shadowRoot!.getElementById('currency-error')!.textContent).to.equal('Choose a currency, like EUR or USD.');
    expect(select(element, 'units').getAttribute('aria-invalid')).to.equal('false');
    expect(select(element, 'units').hasAttribute('aria-describedby')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('discards a pending edit on a company switch and shows the new company values, not dirty', async () => {
    const { fake, element, provider } = await loaded();
    await choose(element, 'currency', 'JPY');
    provider.selectCompany(logistics);
    // The provider's render of the new company, then the panel's (its load stays unanswered).
    await provider.taskComplete;
    await element.updateComplete;
    expect(shadowText(element)).to.not.contain('USD').and.not.contain('¥');
    (await fake.nextCall('getDataPreferences', 1)).resolve(structuredClone(logisticsPreferences));
    await element.taskComplete;
    expect(select(element, 'currency').value).to.equal('EUR');
    expect(preview(element)).to.contain('Northwind Logistics').and.contain('31.03.2026');
    expect(unavailable(button(element, 'Save changes'))).to.equal(true);
  });

  it('keeps focus on Save changes while the save is pending, and ignores a second click', async () => {
    const { fake, element } = await loaded();
    await choose(element, 'currency', 'EUR');
    const save = button(element, 'Save changes');
    save.focus();
    save.click();
    const call = await fake.nextCall('updateDataPreferences');
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement === save, 'focus on save').to.equal(true);
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(save.getAttribute('aria-busy')).to.equal('true');
    save.click();
    await element.updateComplete;
    expect(fake.callsTo('updateDataPreferences')).to.have.length(1);
    call.resolve({ ...retailPreferences, currency: 'EUR' });
    await element.taskComplete;
    expect(element.shadowRoot!.activeElement === save, 'focus on save').to.equal(true);
    expect(save.getAttribute('aria-busy')).to.equal('false');
  });

  it('drops a save that finishes after a company switch: no error, no saved message, the new company untouched', async () => {
    const { fake, element, provider } = await loaded();
    await choose(element, 'currency', 'JPY');
    button(element, 'Save changes').click();
    const call = await fake.nextCall('updateDataPreferences');
    provider.selectCompany(logistics);
    await provider.taskComplete;
    await element.updateComplete;
    (await fake.nextCall('getDataPreferences', 1)).resolve(structuredClone(logisticsPreferences));
    // taskComplete would wait for the save, still unanswered: the load's answer comes through
    // promises alone, so once they have run, the panel's render of it is all that is left.
    await drainMicrotasks();
    await element.updateComplete;
    expect(select(element, 'currency').value, 'the new company is on screen').to.equal('EUR');
    call.reject(new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { currency: 'Not here.' } }));
    await element.taskComplete;
    expect(element.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(select(element, 'currency').getAttribute('aria-invalid')).to.equal('false');
    expect(element.shadowRoot!.getElementById('currency-error')).to.equal(null);
    expect(select(element, 'currency').value).to.equal('EUR');
    expect(shadowText(element)).to.not.contain('saved.');
  });

  it('shows the values as text for read-only users', async () => {
    const { element } = await loaded(db.sessionFor('company-viewer'));
    const values = text(element.shadowRoot!.querySelector('[part=values]'));
    expect(values).to.contain('Units').and.contain('Imperial (miles, °F)').and.contain('USD — US Dollar').and.contain('January');
    expect(element.shadowRoot!.querySelector('[part=view-only]')!.textContent).to.contain('View only: your role is Viewer');
    expect(element.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('is operable by keyboard: choose with the arrow keys, save with Enter', async () => {
    const { fake, element } = await loaded();
    select(element, 'units').focus();
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(select(element, 'units').value).to.equal('metric');
    // The last field is followed by Save changes (the preview has nothing to focus).
    select(element, 'fiscalYearStartMonth').focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement === button(element, 'Save changes'), 'focus on Save changes').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextCall('updateDataPreferences');
    expect(call.args[1]).to.deep.equal({ units: 'metric' });
  });

  it('saves through the mock server as a company admin', async () => {
    const mockDb = createMockDb();
    const client = createMockClient({ persona: 'company-admin', db: mockDb });
    const { element } = await renderInProvider<SettingsDataPreferences>(html`<settings-data-preferences></settings-data-preferences>`, { client });
    await element.taskComplete;
    expect(element.shadowRoot!.querySelector('select'), 'the preferences load').to.not.equal(null);
    await choose(element, 'currency', 'CAD');
    await choose(element, 'weekStart', 'monday');
    const fact = once(element, 'settings-data-preferences-updated');
    button(element, 'Save changes').click();
    expect((await fact).preferences).to.include({ currency: 'CAD', weekStart: 'monday' });
    expect(mockDb.actingAs('company-admin').getDataPreferences(retail)).to.include({ currency: 'CAD', weekStart: 'monday', units: 'imperial' });
  });
});

