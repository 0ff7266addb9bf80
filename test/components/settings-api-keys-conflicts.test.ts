import { expect, html } from '@open-wc/testing';
import '../../src/define/settings-api-keys.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
// The rotation's code, here from the start: these tests are about the rotation once it opens (the
// panel renders it once its code is defined); its arrival on first need is in settings-api-keys-rotation-code.test.ts.
import { defineApiKeyRotation, type SettingsApiKeyRotation } from '../../src/components/settings-api-keys/settings-api-key-rotation.js';
import '../../src/i18n/catalogs/de/register.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { ApiKey, Page } from '../../src/api/types.js';
import type { SettingsApiKeys } from '../../src/components/settings-api-keys/settings-api-keys.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { FakeClient, type FakeCall } from '../support/fake-client.js';
import { drainMicrotasks, renderInProvider } from '../support/render.js';
import { button, text, type } from '../support/dom.js';
import { apiKeyAnswers, testApiKey } from '../support/api-key-answers.js';
import { defineKeyDialogs, keyDialogs } from '../support/api-key-dialogs.js';

defineApiKeyRotation();
await defineKeyDialogs();

/**
 * The contract's 409s in the API keys section (openapi.json, `createApiKey` and the key actions):
 * each is said in the user's language, the list is read again when it no longer shows where a key
 * stands, and what the user typed stays.
 */

const session = createMockDb().sessionFor('owner');
const ci = testApiKey({ id: 'k1', name: 'CI deploy' });
const rotatingCi = { ...ci, replacedByKeyId: 'k2' };
const replacement = testApiKey({ id: 'k2', name: 'CI deploy v2', createdAt: new Date().toISOString(), lastUsedAt: null, replacesKeyId: 'k1' });
const secret = 'mock_key_SECRETzz9f3b1c0d2e4a6b8c0d1e2f3a4b5c6d7e8';
const page = (items: ApiKey[]): Page<ApiKey> => ({ items, nextCursor: null, total: items.length });
const conflict = (code: string, message: string) => new SettingsApiError({ status: 409, code, message });

async function loaded(items: ApiKey[], locale?: string) {
  const fake = new FakeClient({ answers: apiKeyAnswers, session });
  const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client, locale });
  (await fake.nextCall('listApiKeys')).resolve(page(items));
  await element.taskComplete;
  const rotation = element.shadowRoot!.querySelector<SettingsApiKeyRotation>('settings-api-key-rotation')!;
  return { fake, element, rotation };
}

/** In the panel's shadow root, or else in its dialogs' (`<settings-api-key-dialogs>` draws them in a shadow root of its own). */
const $ = <T extends Element = HTMLElement>(root: Element, selector: string) =>
  root.shadowRoot!.querySelector<T>(selector) ?? root.shadowRoot!.querySelector('settings-api-key-dialogs')?.shadowRoot?.querySelector<T>(selector) ?? null;

/** The failure as the dialog (or the panel) says it: the alert's sentence, without its buttons. */
const alertText = (root: Element, selector = '[role=alert]') => text($(root, selector)?.querySelector('p'));

/** A row's button by its accessible name ("Continue rotation of CI deploy"). */
const rowAction = (element: SettingsApiKeys, label: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=row-actions] button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.querySelector('.visually-hidden')?.textContent) === label,
  );

/**
 * A failed write has run through its promises and the element shows it. The list reload a conflict
 * starts is left to the test, so `taskComplete` (which waits for it) is not what to wait for here.
 */
async function shown(element: HTMLElement & { updateComplete: Promise<unknown> }) {
  await drainMicrotasks();
  await element.updateComplete;
}

/**
 * Fills the Create key form as a user would: a name, then access limited to the first area,
 * read only (the form starts with full access).
 */
async function fillCreateForm(element: SettingsApiKeys) {
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part=create-button]')!.click();
  await element.updateComplete;
  type($<HTMLInputElement>(element, '#key-name')!, 'Webhook relay');
  keyDialogs(element).querySelectorAll<HTMLInputElement>('input[name=key-access]')[1]!.click();
  await element.updateComplete;
  for (const [index, select] of [...keyDialogs(element).querySelectorAll<HTMLSelectElement>('.scope-areas select')].entries()) {
    select.value = index === 0 ? 'read' : 'none';
    select.dispatchEvent(new Event('change'));
  }
  await element.updateComplete;
}

/** What the form holds: name, access choice and every area's level. */
function formState(element: SettingsApiKeys) {
  return {
    name: $<HTMLInputElement>(element, '#key-name')!.value,
    scoped: keyDialogs(element).querySelectorAll<HTMLInputElement>('input[name=key-access]')[1]!.checked,
    levels: [...keyDialogs(element).querySelectorAll<HTMLSelectElement>('.scope-areas select')].map((s) => s.value),
  };
}

const idempotencyKeyOf = (call: FakeCall) => (call.args[1] as { idempotencyKey?: string }).idempotencyKey;

describe('settings-api-keys: the contract’s 409 conflicts', () => {
  describe('Create key', () => {
    it('idempotency_key_in_use: says the key is still being created; Try again sends the same request under the same key', async () => {
      const { fake, element } = await loaded([ci]);
      await fillCreateForm(element);
      const typed = formState(element);
      $<HTMLFormElement>(element, 'form#create')!.requestSubmit();
      const first = await fake.nextCall('createApiKey');
      first.reject(conflict('idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed.'));
      await element.taskComplete;
      expect(alertText(element, 'settings-dialog [role=alert]')).to.equal('This request is still being processed. Try again in a moment.');
      expect(formState(element)).to.deep.equal(typed);
      // Nothing happened yet: the list has nothing new to show.
      expect(fake.callsTo('listApiKeys')).to.have.length(1);

      button($(element, 'settings-dialog [role=alert]')!, 'Try again').click();
      const second = await fake.nextCall('createApiKey', 1);
      await element.updateComplete;
      // The notice goes while the request runs: the keyboard user waits on the busy Create key.
      const submit = $<HTMLButtonElement>(element, 'settings-dialog button[type=submit]')!;
      expect([text(submit), submit.getAttribute('aria-busy')]).to.deep.equal(['Creating…', 'true']);
      expect(keyDialogs(element).activeElement === submit, 'focus on the busy Create key').to.equal(true);
      expect(second.args[0]).to.deep.equal(first.args[0]);
      expect(idempotencyKeyOf(second), 'the same idempotency key').to.be.a('string').and.equal(idempotencyKeyOf(first));
      second.resolve({ apiKey: testApiKey({ id: 'k9', name: 'Webhook relay' }), secret });
      (await fake.nextCall('listApiKeys', 1)).resolve(page([testApiKey({ id: 'k9', name: 'Webhook relay' }), ci]));
      await element.taskComplete;
      const view = $<HTMLElement & { updateComplete: Promise<unknown> }>(element, 'settings-api-key-secret')!;
      await view.updateComplete;
      expect(view.shadowRoot!.querySelector('code')?.textContent, 'the replayed answer shows the secret').to.equal(secret);
    });

    it('idempotency_key_in_use, in German: the sentence and its button', async () => {
      const { fake, element } = await loaded([ci], 'de');
      await fillCreateForm(element);
      $<HTMLFormElement>(element, 'form#create')!.requestSubmit();
      const first = await fake.nextCall('createApiKey');
      first.reject(conflict('idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed.'));
      await element.taskComplete;
      expect(alertText(element, 'settings-dialog [role=alert]')).to.equal('Diese Anfrage wird noch verarbeitet. Versuchen Sie es gleich noch einmal.');
      expect($<HTMLInputElement>(element, '#key-name')!.value).to.equal('Webhook relay');
      button($(element, 'settings-dialog [role=alert]')!, 'Erneut versuchen').click();
      const second = await fake.nextCall('createApiKey', 1);
      expect(idempotencyKeyOf(second)).to.equal(idempotencyKeyOf(first));
    });

    it('idempotency_key_spent: says the secret cannot be shown again, reloads the list, and creates a new key from the same form under a new key', async () => {
      const { fake, element } = await loaded([ci]);
      await fillCreateForm(element);
      const typed = formState(element);
      $<HTMLFormElement>(element, 'form#create')!.requestSubmit();
      const first = await fake.nextCall('createApiKey');
      first.reject(conflict('idempotency_key_spent', 'The key created with this Idempotency-Key is no longer active.'));
      await shown(element);
      expect(alertText(element, 'settings-dialog [role=alert]')).to.equal(
        'The key this request created is no longer active, so its secret cannot be shown again. Create a new key to get a new secret.',
      );
      // The key that request made is in the list now (disabled here), as the server has it.
      expect(fake.callsTo('listApiKeys'), 'the list is read again').to.have.length(2);
      fake.callsTo('listApiKeys')[1]!.resolve(page([testApiKey({ id: 'k8', name: 'Webhook relay', status: 'disabled', disabledAt: new Date().toISOString() }), ci]));
      await element.taskComplete;
      expect(text(element.shadowRoot!.querySelector('[part=row]'))).to.contain('Webhook relay');
      expect($<HTMLElement & { open: boolean }>(element, 'settings-dialog')!.open, 'the form stays open').to.equal(true);
      expect(formState(element)).to.deep.equal(typed);

      // The offer: a new key, from what the user entered, under a new idempotency key.
      const dialogButtons = [...keyDialogs(element).querySelectorAll<HTMLButtonElement>('settings-dialog button')];
      expect(dialogButtons.map((b) => text(b))).to.deep.equal(['Cancel', 'Create a new key']);
      dialogButtons[1]!.click();
      const second = await fake.nextCall('createApiKey', 1);
      expect(second.args[0]).to.deep.equal(first.args[0]);
      expect(idempotencyKeyOf(second)).to.be.a('string').and.not.equal(idempotencyKeyOf(first));
      second.resolve({ apiKey: testApiKey({ id: 'k9', name: 'Webhook relay' }), secret });
      (await fake.nextCall('listApiKeys', 2)).resolve(page([testApiKey({ id: 'k9', name: 'Webhook relay' }), ci]));
      await element.taskComplete;
      const view = $<HTMLElement & { updateComplete: Promise<unknown> }>(element, 'settings-api-key-secret')!;
      await view.updateComplete;
      expect(view.shadowRoot!.querySelector('code')?.textContent).to.equal(secret);
    });
  });

  describe('Rotate', () => {
    it('rotation_in_progress: says the key is already being rotated, keeps the form, and the list shows Continue rotation', async () => {
      const { fake, element, rotation } = await loaded([ci]);
      rowAction(element, 'Rotate CI deploy')!.click();
      // The rotation's code arrives when first needed: the panel's taskComplete waits for it.
      await element.taskComplete;
      await rotation.updateComplete;
      const name = rotation.shadowRoot!.querySelector<HTMLInputElement>('#key-name')!;
      type(name, 'CI deploy (June)');
      rotation.shadowRoot!.querySelector('form')!.requestSubmit();
      const create = await fake.nextCall('createApiKey');
      expect(create.args[0]).to.deep.include({ replacesKeyId: 'k1' });
      create.reject(conflict('rotation_in_progress', 'CI deploy is already being rotated: finish that rotation, or revoke CI deploy v2 to start again.'));
      await rotation.taskComplete;
      expect(alertText(rotation)).to.equal('This key is already being rotated. Continue its rotation from the list.');
      expect(name.value, 'what was typed stays').to.equal('CI deploy (June)');
      expect(text(rotation.shadowRoot!.querySelector('h3'))).to.equal('Step 1 of 4: Create the replacement');

      expect(fake.callsTo('listApiKeys'), 'the list is read again').to.have.length(2);
      fake.callsTo('listApiKeys')[1]!.resolve(page([replacement, rotatingCi]));
      await element.taskComplete;
      expect(rowAction(element, 'Continue rotation of CI deploy') !== undefined, 'the row offers to continue the rotation').to.equal(true);
      expect(rowAction(element, 'Rotate CI deploy') === undefined, 'no Rotate any more').to.equal(true);
    });

    it('rotation_in_progress against the mock server: a rotation started in another tab shows up as Continue rotation', async () => {
      const db = createMockDb();
      const client = createMockClient({ persona: 'owner', db });
      const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client });
      await element.taskComplete;
      const rotation = element.shadowRoot!.querySelector<SettingsApiKeyRotation>('settings-api-key-rotation')!;
      expect(rowAction(element, 'Rotate Production API') !== undefined, 'listed with Rotate').to.equal(true);
      // Meanwhile, in another tab, the same user starts its rotation.
      const otherTab = createMockClient({ persona: 'owner', db });
      const production = (await otherTab.listApiKeys({ q: 'Production API', status: 'active' })).items[0]!;
      await otherTab.createApiKey({ name: 'Production API 2025', expiresInDays: 90, fullAccess: production.fullAccess, scopes: production.scopes, replacesKeyId: production.id });

      rowAction(element, 'Rotate Production API')!.click();
      await element.taskComplete;
      await rotation.updateComplete;
      rotation.shadowRoot!.querySelector('form')!.requestSubmit();
      // The refused create, then the panel's list read again (the mock server answers both).
      await rotation.taskComplete;
      await element.taskComplete;
      expect(alertText(rotation)).to.equal('This key is already being rotated. Continue its rotation from the list.');
      expect(rowAction(element, 'Continue rotation of Production API') !== undefined, 'the row offers to continue the rotation').to.equal(true);
    });

    it('idempotency_key_spent: the replacement is created again under a new key, with what was typed', async () => {
      const { fake, element, rotation } = await loaded([ci]);
      rowAction(element, 'Rotate CI deploy')!.click();
      await element.taskComplete;
      await rotation.updateComplete;
      type(rotation.shadowRoot!.querySelector<HTMLInputElement>('#key-name')!, 'CI deploy (June)');
      rotation.shadowRoot!.querySelector('form')!.requestSubmit();
      const first = await fake.nextCall('createApiKey');
      first.reject(conflict('idempotency_key_spent', 'The key created with this Idempotency-Key is no longer active.'));
      await rotation.taskComplete;
      expect(alertText(rotation)).to.equal('The key this request created is no longer active, so its secret cannot be shown again. Create a new key to get a new secret.');
      expect(fake.callsTo('listApiKeys'), 'the list is read again').to.have.length(2);
      button(rotation, 'Create a new key').click();
      const second = await fake.nextCall('createApiKey', 1);
      expect(second.args[0]).to.deep.equal(first.args[0]);
      expect(idempotencyKeyOf(second)).to.not.equal(idempotencyKeyOf(first));
    });

    it('not_rotating: says the replacement is gone when the old key is left to expire, and reloads the list', async () => {
      const { fake, element, rotation } = await loaded([replacement, rotatingCi]);
      rowAction(element, 'Continue rotation of CI deploy')!.click();
      (await fake.nextCall('getApiKey', 0)).resolve(rotatingCi);
      (await fake.nextCall('getApiKey', 1)).resolve(replacement);
      await rotation.taskComplete;
      button(rotation, 'Next').click();
      await rotation.updateComplete;
      // No traffic on the replacement yet: step 4 starts with a week's overlap.
      button(rotation, 'Schedule expiry').click();
      (await fake.nextCall('scheduleApiKeyExpiry')).reject(conflict('not_rotating', 'CI deploy has no active replacement: revoke it, or rotate it first.'));
      await rotation.taskComplete;
      expect(alertText(rotation)).to.equal('This key no longer has an active replacement, so it cannot be left to expire. Revoke it now, or rotate it again.');
      expect(text(rotation.shadowRoot!.querySelector('h3'))).to.equal('Step 4 of 4: Retire the old key');
      expect(fake.callsTo('listApiKeys'), 'the list is read again').to.have.length(2);
    });
  });

  describe('Revoke, disable, enable', () => {
    it('already_revoked: says so in the dialog, keeps the typed name and reloads the list', async () => {
      const { fake, element } = await loaded([ci]);
      rowAction(element, 'Revoke CI deploy')!.click();
      await element.updateComplete;
      type($<HTMLInputElement>(element, '#confirm-name')!, 'CI deploy');
      await element.updateComplete;
      $<HTMLButtonElement>(element, 'settings-dialog button.danger')!.click();
      (await fake.nextCall('revokeApiKey')).reject(conflict('already_revoked', 'CI deploy was already revoked.'));
      await shown(element);
      expect(alertText(element, 'settings-dialog [role=alert]')).to.equal('This key was already revoked.');
      expect($<HTMLInputElement>(element, '#confirm-name')!.value).to.equal('CI deploy');
      expect(fake.callsTo('listApiKeys'), 'the list is read again').to.have.length(2);
    });

    for (const [code, said, server] of [
      ['already_disabled', 'This key was already disabled.', 'CI deploy is already disabled.'],
      ['not_active', 'This key is no longer active: it was revoked or has expired.', 'CI deploy is revoked; only an active key can be disabled.'],
    ] as const) {
      it(`${code}: says why Disable failed above the list, and reloads it`, async () => {
        const { fake, element } = await loaded([ci]);
        rowAction(element, 'Disable CI deploy')!.click();
        (await fake.nextCall('disableApiKey')).reject(conflict(code, server));
        await shown(element);
        expect(alertText(element)).to.equal(said);
        expect(fake.callsTo('listApiKeys'), 'the list is read again').to.have.length(2);
      });
    }

    it('not_disabled: says why Enable failed above the list, and reloads it', async () => {
      const disabled = { ...ci, status: 'disabled' as const, disabledAt: new Date().toISOString() };
      const { fake, element } = await loaded([disabled]);
      rowAction(element, 'Enable CI deploy')!.click();
      (await fake.nextCall('enableApiKey')).reject(conflict('not_disabled', 'CI deploy is active, not disabled.'));
      await shown(element);
      expect(alertText(element)).to.equal('This key is no longer disabled: it was enabled again, revoked or has expired.');
      expect(fake.callsTo('listApiKeys'), 'the list is read again').to.have.length(2);
      fake.callsTo('listApiKeys')[1]!.resolve(page([ci]));
      await element.taskComplete;
      expect(rowAction(element, 'Disable CI deploy') !== undefined, 'the row shows the key as it is').to.equal(true);
    });

    it("shows the server's own words for a conflict the UI does not know", async () => {
      const { fake, element } = await loaded([ci]);
      rowAction(element, 'Disable CI deploy')!.click();
      (await fake.nextCall('disableApiKey')).reject(conflict('key_frozen', 'CI deploy is frozen by your administrator.'));
      await element.taskComplete;
      expect(alertText(element)).to.equal('CI deploy is frozen by your administrator.');
      expect(fake.callsTo('listApiKeys')).to.have.length(1);
    });
  });
});
