import { expect, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define/settings-admin-team.js';
import '../../src/define/settings-api-keys.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import '../../src/define/settings-billing.js';
import '../../src/define/settings-profile.js';
import { createMockDb } from '../../mocks/db.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { ApiKey } from '../../src/api/types.js';
import type { SettingsPanel } from '../../src/kit/settings-panel.js';
import { FakeClient } from '../support/fake-client.js';
import { allElements, drainMicrotasks, once, renderInProvider, shadowText } from '../support/render.js';
import { button, type } from '../support/dom.js';
import { apiKeyAnswers, chooseFullAccess } from '../support/api-key-answers.js';
import { defineKeyDialogs, keyDialogs } from '../support/api-key-dialogs.js';

/**
 * Issue 8, findings 2, 5 and 6: what happens to a panel's state when the session ends (401), when
 * a write finishes after the user left the section, and when the host swaps in another user.
 */

// The API keys' dialogs up front: these tests are about sessions, not about their code's arrival.
await defineKeyDialogs();

const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
const ownerSession = db.sessionFor('owner');
const adminSession = db.sessionFor('org-admin');
const ownerProfile = db.actingAs('owner').getProfile();
const adminProfile = db.actingAs('org-admin').getProfile();
const ownerBilling = db.actingAs('owner').getBilling();
const team = db.actingAs('owner').listAdminTeam({ limit: 25 });

const unauthorized = () => new SettingsApiError({ status: 401, code: 'unauthorized', message: 'The session has expired.' });
const secret = 'mock_key_SESSIONzz9f3b1c0d2e4a6b8c0d1e2f3a4b5c6';
const newKey: ApiKey = {
  id: 'k9z9',
  name: 'Webhook relay',
  prefix: 'mock_key_k9z9',
  createdAt: '2025-06-02T09:00:00Z',
  createdBy: { id: 'u1', name: 'Olivia Martin' },
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
  disabledAt: null,
  fullAccess: true,
  scopes: [],
  replacedByKeyId: null,
  rotationEndsAt: null,
  status: 'active',
  replacesKeyId: null,
};

/** True when `text` is anywhere a user or a script could find it below `root`. */
function pageContains(root: Element, text: string): boolean {
  return allElements(root).some(
    (el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(text)) ||
      [...el.attributes].some((a) => a.value.includes(text)) ||
      (el instanceof HTMLInputElement && el.value.includes(text)),
  );
}

/** The host's own button beside the settings area, as a "Sign in again" would be. */
function hostButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Sign in again';
  document.body.append(button);
  return button;
}

async function createKey(fake: FakeClient, element: SettingsPanel) {
  (await fake.nextCall('listApiKeys')).resolve({ items: [], nextCursor: null, total: 0 });
  await element.taskComplete;
  button(element, 'Create key').click();
  await element.updateComplete;
  const dialogs = keyDialogs(element);
  type(dialogs.querySelector<HTMLInputElement>('#key-name')!, 'Webhook relay');
  chooseFullAccess(dialogs);
  dialogs.querySelector<HTMLFormElement>('form#create')!.requestSubmit();
  return fake.nextCall('createApiKey');
}

describe('session lifecycle: 401, leaving a section, another user', () => {
  afterEach(() => document.querySelectorAll('body > button').forEach((b) => b.remove()));

  describe('a 401 while a dialog is open (finding 2)', () => {
    it('keeps the dialog on screen with its input and the reason, and frees the host page once it is closed', async () => {
      const fake = new FakeClient({ answers: apiKeyAnswers, session: ownerSession });
      const { element, provider } = await renderInProvider<SettingsPanel>(html`<settings-admin-team></settings-admin-team>`, { client: fake.client });
      const signIn = hostButton();
      (await fake.nextCall('listAdminTeam')).resolve(structuredClone(team));
      await element.taskComplete;
      button(element, 'Add member').click();
      // The dialog's code arrives when first needed: the panel settles once the dialog has opened.
      await element.taskComplete;
      const formElement = element.shadowRoot!.querySelector<LitElement>('settings-admin-team-form')!;
      await formElement.updateComplete;
      const form = formElement.shadowRoot!;
      type(form.querySelector<HTMLInputElement>('#email')!, 'lena.fischer@northwind.example');
      const role = form.querySelector<HTMLSelectElement>('#role')!;
      role.value = 'billing-manager';
      role.dispatchEvent(new Event('change'));
      await formElement.updateComplete;
      const ended = once(provider, 'settings-unauthorized');
      button(form, 'Send invitation').click();
      (await fake.nextCall('addAdminTeamMember')).reject(unauthorized());
      await ended;
      // The form runs its own write and offers no taskComplete: once the answer's promise reactions
      // have run, its render and the provider's are all that is left.
      await drainMicrotasks();
      await formElement.updateComplete;
      await provider.updateComplete;

      expect(shadowText(provider)).to.contain('Your session has ended');
      const dialog = form.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.getBoundingClientRect().width, 'the open dialog is on screen').to.be.greaterThan(0);
      expect(form.querySelector<HTMLInputElement>('#email')!.value).to.equal('lena.fischer@northwind.example');
      expect(form.querySelector('[role=alert]')!.textContent).to.contain('session');

      const closed = oneEvent(form.querySelector('settings-dialog')!, 'settings-dialog-closed');
      button(form, 'Cancel').click();
      await closed;
      signIn.focus();
      expect(document.activeElement === signIn, 'focus on signIn').to.equal(true);
    });

    it('keeps a new key’s secret on screen when the session ends right after the key was created', async () => {
      const fake = new FakeClient({ answers: apiKeyAnswers, session: ownerSession });
      const { element, provider } = await renderInProvider<SettingsPanel>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
      (await createKey(fake, element)).resolve({ apiKey: newKey, secret });
      (await fake.nextCall('listApiKeys', 1)).reject(unauthorized());
      await element.taskComplete;
      await provider.taskComplete;

      expect(shadowText(provider)).to.contain('Your session has ended');
      const view = keyDialogs(element).querySelector('settings-api-key-secret')!;
      expect(view.shadowRoot!.querySelector('code')?.textContent).to.equal(secret);
      const dialog = view.shadowRoot!.querySelector('dialog')!;
      expect(dialog.getBoundingClientRect().width, 'the secret is on screen').to.be.greaterThan(0);
    });
  });

  describe('a write that finishes after the user left (finding 5)', () => {
    it('still tells the host, and leaves no secret in the panel to pop up on return', async () => {
      const fake = new FakeClient({ answers: apiKeyAnswers, session: ownerSession });
      const { element, provider } = await renderInProvider<SettingsPanel>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
      const facts: Event[] = [];
      provider.addEventListener('settings-api-key-created', (event) => facts.push(event));
      const create = await createKey(fake, element);
      element.remove();
      create.resolve({ apiKey: newKey, secret });
      await drainMicrotasks();
      await element.updateComplete;

      expect(facts, 'the host hears the fact').to.have.length(1);
      expect(pageContains(element, secret), 'no secret in the left panel').to.equal(false);
      provider.append(element);
      (await fake.nextCall('listApiKeys', 1)).resolve({ items: [newKey], nextCursor: null, total: 1 });
      await element.taskComplete;
      expect(pageContains(element, secret)).to.equal(false);
      expect(shadowText(element)).to.contain('“Webhook relay” was created after you left');
    });
  });

  describe('the host swaps in another user (finding 6)', () => {
    it('drops the previous user’s profile draft and loads the new user’s profile', async () => {
      const first = new FakeClient({ answers: apiKeyAnswers, session: ownerSession });
      const { element, provider } = await renderInProvider<SettingsPanel>(html`<settings-profile></settings-profile>`, { client: first.client });
      (await first.nextCall('getProfile')).resolve(structuredClone(ownerProfile));
      await element.taskComplete;
      type(element.shadowRoot!.querySelector<HTMLInputElement>('#jobTitle')!, 'Typed by Olivia');

      const second = new FakeClient({ answers: apiKeyAnswers, session: adminSession });
      provider.client = second.client;
      (await second.nextCall('getProfile')).resolve(structuredClone(adminProfile));
      await element.taskComplete;
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('#jobTitle')!.value).to.equal(adminProfile.jobTitle ?? '');
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal(adminProfile.name);
    });

    it('drops a new key’s secret on screen when another user signs in, and nothing keeps it', async () => {
      const fake = new FakeClient({ answers: apiKeyAnswers, session: ownerSession });
      const { element, provider } = await renderInProvider<SettingsPanel>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
      const heard: Event[] = [];
      for (const type of ['settings-api-key-created', 'settings-unauthorized', 'settings-company-changed']) provider.addEventListener(type, (e) => heard.push(e));
      (await createKey(fake, element)).resolve({ apiKey: newKey, secret });
      (await fake.nextCall('listApiKeys', 1)).resolve({ items: [newKey], nextCursor: null, total: 1 });
      await element.taskComplete;
      const view = keyDialogs(element).querySelector<LitElement>('settings-api-key-secret')!;
      await view.updateComplete;
      expect(view.shadowRoot!.querySelector('code')?.textContent).to.equal(secret);

      const next = new FakeClient({ answers: apiKeyAnswers, session: adminSession });
      provider.client = next.client;
      // The new user's keys (none), so the panel settles with everything it shows for them.
      (await next.nextCall('listApiKeys')).resolve({ items: [], nextCursor: null, total: 0 });
      await element.taskComplete;
      await view.updateComplete;
      expect(pageContains(document.body, secret), 'not in the DOM').to.equal(false);
      expect((keyDialogs(element).querySelector('settings-api-key-secret') as unknown as { secret: unknown }).secret).to.equal(null);
      expect(location.href + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.contain(secret);
      expect(heard.some((e) => JSON.stringify({ ...e, detail: (e as CustomEvent<unknown>).detail }).includes(secret)), 'in no event').to.equal(false);
    });

    it('reloads user data when the same client now signs in someone else', async () => {
      let session = ownerSession;
      const fake = new FakeClient();
      const client = new Proxy(fake.client, {
        get: (target, key) => (key === 'getSession' ? () => Promise.resolve(structuredClone(session)) : (Reflect.get(target, key) as unknown)),
      });
      const { element, provider } = await renderInProvider<SettingsPanel>(html`<settings-billing></settings-billing>`, { client });
      (await fake.nextCall('getBilling')).resolve(structuredClone(ownerBilling));
      await element.taskComplete;
      element.shadowRoot!.querySelector<HTMLButtonElement>('#edit')!.click();
      await element.updateComplete;
      type(element.shadowRoot!.querySelector<HTMLInputElement>('#companyName')!, 'Typed by Olivia');

      session = db.sessionFor('billing-manager');
      await provider.reload();
      // The provider's render of the new session, then the panel's (which asks for the billing).
      await provider.taskComplete;
      await element.updateComplete;
      expect(fake.callsTo('getBilling'), 'the new user’s billing is asked for').to.have.length(2);
      (await fake.nextCall('getBilling', 1)).resolve(structuredClone(ownerBilling));
      await element.taskComplete;
      expect(pageContains(element, 'Typed by Olivia')).to.equal(false);
    });

    it('keeps the same user’s draft when the host only renews the client (no lost input)', async () => {
      const first = new FakeClient({ answers: apiKeyAnswers, session: ownerSession });
      const { element, provider } = await renderInProvider<SettingsPanel>(html`<settings-profile></settings-profile>`, { client: first.client });
      (await first.nextCall('getProfile')).resolve(structuredClone(ownerProfile));
      await element.taskComplete;
      type(element.shadowRoot!.querySelector<HTMLInputElement>('#jobTitle')!, 'Chief Typing Officer');

      const renewed = new FakeClient({ answers: apiKeyAnswers, session: ownerSession });
      provider.client = renewed.client;
      (await renewed.nextCall('getProfile')).resolve(structuredClone(ownerProfile));
      await element.taskComplete;
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('#jobTitle')!.value).to.equal('Chief Typing Officer');
    });
  });
});
