import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMockDb } from '../../mocks/db.js';
import { SettingsApiError, type SettingsApiErrorInit } from '../../src/api/errors.js';
import type { Session } from '../../src/api/types.js';
import { FakeClient, type FakeMethod } from '../support/fake-client.js';
import { renderInProvider, settle } from '../support/render.js';
import { apiKeyAnswers, chooseFullAccess } from '../support/api-key-answers.js';

/**
 * Issue 8, the error matrix: every write of every panel, answered with each failure a server or a
 * network can give. The user must see a clear message (where the panel or its dialog shows it),
 * keep what they entered, and be able to send it again — the same button, one more request.
 */

const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
const owner = db.actingAs('owner');
const ownerSession = db.sessionFor('owner');
const company = ownerSession.companies[0]!.id;

const failures: [string, SettingsApiErrorInit][] = [
  ['401', { status: 401, code: 'unauthorized', message: 'The session has expired.' }],
  ['403', { status: 403, code: 'forbidden', message: 'Not allowed.' }],
  ['404', { status: 404, code: 'not_found', message: 'Gone.' }],
  ['409', { status: 409, code: 'conflict', message: 'Someone else changed this first. Reload and try again.' }],
  ['422', { status: 422, code: 'validation_failed', message: 'Invalid.', fieldErrors: { unknownField: 'Not like this.' } }],
  ['429', { status: 429, code: 'rate_limited', message: 'Slow down.', retryAfter: 1 }],
  ['500', { status: 500, code: 'server_error', message: 'Internal error.' }],
  ['network failure', { status: 0, code: 'network_error', message: 'The server could not be reached.' }],
  ['abort', { status: 0, code: 'aborted', message: 'The request was aborted.' }],
];

/** What each write needs: its panel, the first load's answer, how a user starts it, what must be kept. */
interface WriteCase {
  panel: TemplateResult;
  session?: Session;
  load: [FakeMethod, unknown];
  method: FakeMethod;
  /** Fills the form (if it is not open yet) and submits it. */
  submit: (root: ShadowRoot, element: HTMLElement, again: boolean) => Promise<void>;
  /** True when what the user entered is still there. */
  kept: (root: ShadowRoot) => boolean;
}

const $ = <T extends Element = HTMLInputElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;
function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}
function press(root: ParentNode, label: string): void {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
}
const adminForm = (root: ShadowRoot) => $(root, 'settings-admin-team-form').shadowRoot!;
const page = <T,>(items: T[]) => ({ items, nextCursor: null, total: items.length });

const writes: Record<string, WriteCase> = {
  'General: Save': {
    panel: html`<settings-profile></settings-profile>`,
    load: ['getProfile', owner.getProfile()],
    method: 'updateProfile',
    async submit(root, element, again) {
      if (!again) type($(root, '#jobTitle'), 'Head of Matrices');
      await settle(element);
      press(root, 'Save');
    },
    kept: (root) => $(root, '#jobTitle').value === 'Head of Matrices',
  },
  'Preferences: Save changes': {
    panel: html`<settings-preferences></settings-preferences>`,
    load: ['getPreferences', owner.getPreferences()],
    method: 'updatePreferences',
    async submit(root, element, again) {
      if (!again) {
        $(root, '#theme-dark').checked = true;
        $(root, '#theme-dark').dispatchEvent(new Event('change', { bubbles: true }));
      }
      await settle(element);
      press(root, 'Save changes');
    },
    kept: (root) => $(root, '#theme-dark').checked,
  },
  'Billing: Save': {
    panel: html`<settings-billing></settings-billing>`,
    load: ['getBilling', owner.getBilling()],
    method: 'updateBillingProfile',
    async submit(root, element, again) {
      if (!again) {
        $<HTMLButtonElement>(root, '#edit').click();
        await settle(element);
        type($(root, '#taxId'), 'IE1234567X');
      }
      await settle(element);
      $<HTMLButtonElement>(root, 'button[type=submit]').click();
    },
    kept: (root) => $(root, '#taxId')?.value === 'IE1234567X',
  },
  'Data repository: Save': {
    panel: html`<settings-data-repository></settings-data-repository>`,
    load: ['getDataRepository', owner.getDataRepository()],
    method: 'updateDataRepository',
    async submit(root, element, again) {
      if (!again) type($<HTMLSelectElement>(root, '#retention'), '90');
      await settle(element);
      press(root, 'Save');
    },
    kept: (root) => $<HTMLSelectElement>(root, '#retention').value === '90',
  },
  'Data preferences: Save changes': {
    panel: html`<settings-data-preferences></settings-data-preferences>`,
    load: ['getDataPreferences', owner.getDataPreferences(company)],
    method: 'updateDataPreferences',
    async submit(root, element, again) {
      const units = $<HTMLSelectElement>(root, '#units');
      if (!again) type(units, units.value === 'metric' ? 'imperial' : 'metric');
      await settle(element);
      press(root, 'Save changes');
    },
    kept: (root) => $<HTMLSelectElement>(root, '#units').value !== owner.getDataPreferences(company).units,
  },
  'Sites: Add site': {
    panel: html`<settings-sites></settings-sites>`,
    load: ['listSites', owner.listSites(company, {})],
    method: 'createSite',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Add site');
        await settle(element);
        type($(root, '#site-name'), 'Matrix depot');
        type($(root, '#site-address'), '9 Grid Road');
        type($(root, '#site-timeZone'), 'Europe/Paris');
      }
      await settle(element);
      $<HTMLButtonElement>(root, 'button[type=submit]').click();
    },
    kept: (root) => $(root, '#site-name').value === 'Matrix depot',
  },
  'Members: Invite member': {
    panel: html`<settings-company-members></settings-company-members>`,
    load: ['listCompanyMembers', owner.listCompanyMembers(company, {})],
    method: 'inviteCompanyMember',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Invite member');
        await settle(element);
        $(root, '#member-email').value = 'matrix@northwind.example';
        $<HTMLSelectElement>(root, '#member-roleId').value = 'editor';
      }
      await settle(element);
      $<HTMLButtonElement>(root, 'button[type=submit]').click();
    },
    kept: (root) => $(root, '#member-email').value === 'matrix@northwind.example',
  },
  'Admin team: Add member': {
    panel: html`<settings-admin-team></settings-admin-team>`,
    load: ['listAdminTeam', owner.listAdminTeam({})],
    method: 'addAdminTeamMember',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Add member');
        await settle(element);
        type($(adminForm(root), '#email'), 'matrix@northwind.example');
        type($<HTMLSelectElement>(adminForm(root), '#role'), 'billing-manager');
      }
      await settle(element);
      press(adminForm(root), 'Send invitation');
    },
    kept: (root) => $(adminForm(root), '#email').value === 'matrix@northwind.example',
  },
  'API keys: Create key': {
    panel: html`<settings-api-keys></settings-api-keys>`,
    load: ['listApiKeys', page(owner.listApiKeys({ status: 'active' }).items.slice(0, 3))],
    method: 'createApiKey',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Create key');
        await settle(element);
        type($(root, '#key-name'), 'Matrix key');
        chooseFullAccess(root);
      }
      await settle(element);
      $<HTMLFormElement>(root, 'form#create').requestSubmit();
    },
    kept: (root) => $(root, '#key-name').value === 'Matrix key',
  },
};

/** The message the user reads: an alert in the panel or in its open dialog, or the provider's. */
function messages(provider: HTMLElement, root: ShadowRoot): string {
  const scopes: ParentNode[] = [root, provider.shadowRoot!];
  const form = root.querySelector('settings-admin-team-form')?.shadowRoot;
  if (form) scopes.push(form);
  return scopes.flatMap((scope) => [...scope.querySelectorAll('[role=alert], .field-error')].map((el) => el.textContent.trim())).join(' ');
}

describe('the error matrix: every write, every failure', () => {
  for (const [write, spec] of Object.entries(writes)) {
    describe(write, () => {
      for (const [name, init] of failures) {
        it(`${name}: a clear message, the input kept, and it can be sent again`, async () => {
          const fake = new FakeClient({ answers: apiKeyAnswers, session: spec.session ?? ownerSession });
          const { element, provider } = await renderInProvider<HTMLElement>(spec.panel, { client: fake.client });
          (await fake.nextCall(spec.load[0])).resolve(structuredClone(spec.load[1]));
          await settle(element);
          const root = element.shadowRoot!;

          await spec.submit(root, element, false);
          (await fake.nextCall(spec.method)).reject(new SettingsApiError(init));
          await settle(element);
          await settle(element);

          const shown = messages(provider, root);
          expect(shown.length, `a message for ${name}`).to.be.greaterThan(10);
          expect(shown).not.to.contain('undefined');
          expect(spec.kept(root), 'the input is kept').to.equal(true);

          await spec.submit(root, element, true);
          await fake.nextCall(spec.method, 1);
          expect(fake.callsTo(spec.method)).to.have.length(2);
        });
      }
    });
  }
});
