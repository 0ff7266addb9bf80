import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/settings-billing.js';
import '../../src/define/settings-sites.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { SettingsClient } from '../../src/api/client.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import '../../src/i18n/catalogs/de/register.js';
import '../../src/i18n/catalogs/fr/register.js';
import { getLocale } from '../../src/i18n/localize.js';
import { button, findButton } from '../support/dom.js';
import { FakeClient } from '../support/fake-client.js';
import { allTasksComplete, noRetries, shadowText } from '../support/render.js';

/**
 * Two areas on one page, one German and one French: each speaks and formats in its own provider's
 * language — what it renders, and what it says after a change (a status line set once the server
 * answered, a form's errors found when it is sent).
 */

const owner = (): SettingsClient => createMockClient({ persona: 'owner', db: createMockDb() });

type Panel = HTMLElement & { taskComplete: Promise<void>; updateComplete: Promise<unknown> };

/** `panel` once in a German area and once in a French one, loaded. */
async function inTwoLanguages(panel: 'settings-billing' | 'settings-sites') {
  const content = panel === 'settings-billing' ? html`<settings-billing></settings-billing>` : html`<settings-sites></settings-sites>`;
  const page = await fixture<HTMLElement>(html`<div>
    <settings-provider locale="de" .retry=${noRetries} .client=${owner()}>${content}</settings-provider>
    <settings-provider locale="fr" .retry=${noRetries} .client=${owner()}>${content}</settings-provider>
  </div>`);
  const providers = [...page.querySelectorAll<SettingsProvider>('settings-provider')];
  // The sessions first: until one has loaded, its panel has nothing to load.
  await Promise.all(providers.map((provider) => provider.taskComplete));
  await allTasksComplete(page);
  const [german, french] = providers.map((provider) => provider.firstElementChild as Panel);
  return { german: german!, french: french! };
}

/** As `shadowText` reads it: Intl's (narrow) no-break spaces are spaces. */
const spaced = (text: string) => text.replace(/\s+/g, ' ');

/** A panel's dialog rendered (its own update opens the native dialog). */
async function dialogOpen(panel: Panel) {
  await panel.updateComplete;
  await (panel.shadowRoot!.querySelector('settings-dialog') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('two providers on one page, each in its own language', () => {
  it("the providers' own lines: loading, then a failed session with its Retry", async () => {
    const [germanClient, frenchClient] = [new FakeClient(), new FakeClient()];
    const page = await fixture<HTMLElement>(html`<div>
      <settings-provider locale="de" .retry=${noRetries} .client=${germanClient.client}></settings-provider>
      <settings-provider locale="fr" .retry=${noRetries} .client=${frenchClient.client}></settings-provider>
    </div>`);
    const [german, french] = [...page.querySelectorAll<SettingsProvider>('settings-provider')] as [SettingsProvider, SettingsProvider];
    expect(shadowText(german)).to.equal('Ihre Einstellungen werden geladen…');
    expect(shadowText(french)).to.equal('Chargement de vos paramètres…');

    const failure = () => new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' });
    (await germanClient.nextCall('getSession')).reject(failure());
    (await frenchClient.nextCall('getSession')).reject(failure());
    await Promise.all([german.taskComplete, french.taskComplete]);
    expect(shadowText(german)).to.contain('Ihre Einstellungen konnten nicht geladen werden.');
    expect(findButton(german, 'Erneut versuchen') !== null, 'Retry in German').to.equal(true);
    expect(shadowText(french)).to.contain('Impossible de charger vos paramètres.');
    expect(findButton(french, 'Réessayer') !== null, 'Retry in French').to.equal(true);
  });

  it('Billing: German words, dates and amounts in one area, French in the other', async () => {
    const { plan } = await owner().getBilling();
    const { german, french } = await inTwoLanguages('settings-billing');
    const price = plan.price.amount / 100;
    const renews = new Date(plan.renewsAt);

    expect(shadowText(german)).to.contain('Tarif');
    expect(shadowText(german)).to.contain(spaced(new Intl.NumberFormat('de', { style: 'currency', currency: plan.price.currency }).format(price)));
    expect(shadowText(german)).to.contain(spaced(new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(renews)));
    expect(shadowText(german)).not.to.contain('Offre');

    expect(shadowText(french)).to.contain('Offre');
    expect(shadowText(french)).to.contain(spaced(new Intl.NumberFormat('fr', { style: 'currency', currency: plan.price.currency }).format(price)));
    expect(shadowText(french)).to.contain(spaced(new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(renews)));
    expect(shadowText(french)).not.to.contain('Tarif');

    // Neither area changed the page's own language (hosts that render panels without a provider).
    expect(getLocale()).to.equal('en');
  });

  it("Sites: the form's errors and the status line after the save are in the area's language", async () => {
    const { german, french } = await inTwoLanguages('settings-sites');
    const area = [
      { panel: german, add: 'Standort hinzufügen', nameRequired: 'Geben Sie einen Namen für den Standort ein.', added: 'Dock 9 wurde hinzugefügt.' },
      { panel: french, add: 'Ajouter un site', nameRequired: 'Saisissez un nom de site.', added: 'Le site Dock 9 a été ajouté.' },
    ];
    for (const { panel, add, nameRequired, added } of area) {
      const root = panel.shadowRoot!;
      const field = (id: string) => root.querySelector<HTMLInputElement>(`#site-${id}`)!;
      const submit = () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

      button(panel, add).click();
      await dialogOpen(panel);
      // Sent empty: the errors are found in the click's handler, outside any render.
      submit();
      await panel.updateComplete;
      expect(root.querySelector('#site-name-error')?.textContent?.trim()).to.equal(nameRequired);

      field('name').value = 'Dock 9';
      field('address').value = '9 Pier Way';
      field('timeZone').value = 'Europe/Paris';
      submit();
      await panel.taskComplete;
      // Set once the server answered: after an `await`, outside any render.
      expect(root.querySelector('[part=status]')?.textContent?.trim()).to.equal(added);
    }
  });
});
