import { html, type LitElement, type TemplateResult } from 'lit';
import { createMockDb } from '../../mocks/db.js';
import type { Session } from '../../src/api/types.js';
import type { FakeMethod } from './fake-client.js';
import { button, choose, type } from './dom.js';
import { drainMicrotasks, taskComplete } from './render.js';
import { chooseFullAccess } from './api-key-answers.js';
import { defineKeyDialogs, keyDialogs } from './api-key-dialogs.js';

/**
 * Every form write of every panel, as a user starts it: the panel, its first load, the client
 * method the write calls, how to fill and submit it, and whether the input is still there. Shared
 * by the error matrix (each failure) and the audit test (the success's `SettingsChange`).
 */

// The API keys' dialogs up front: these cases are about the writes, not about their code's arrival.
await defineKeyDialogs();

export const writeDb = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
export const owner = writeDb.actingAs('owner');
export const ownerSession = writeDb.sessionFor('owner');
export const company = ownerSession.companies[0]!.id;

const $ = <T extends Element = HTMLInputElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;
const press = (root: ShadowRoot, label: string) => button(root, label).click();
/** The admin team's dialog: an element of its own in the panel, with its own writes. */
const adminFormElement = (root: ShadowRoot) => $<LitElement>(root, 'settings-admin-team-form');
const adminForm = (root: ShadowRoot) => adminFormElement(root).shadowRoot!;
export const page = <T,>(items: T[]) => ({ items, nextCursor: null, total: items.length });

/**
 * Waits until the write a case sent has been answered and its outcome rendered: by the panel, by the
 * provider (a 401 ends the session, a 403 refreshes it) and by the panel again for the new session.
 * Not for a success that reloads a list the test leaves unanswered (that read would never settle).
 */
export async function answered(provider: { readonly taskComplete: Promise<void> }, element: LitElement): Promise<void> {
  const form = element.shadowRoot!.querySelector<LitElement>('settings-admin-team-form');
  if (form) {
    // The admin team's form runs its own writes and offers no taskComplete: its answer comes
    // through promises alone, so once they have run, all that is left is its render.
    await drainMicrotasks();
    await form.updateComplete;
  }
  await taskComplete(element);
  await provider.taskComplete;
  await taskComplete(element);
}

/** What each write needs: its panel, the first load's answer, how a user starts it, what must be kept. */
export interface WriteCase {
  panel: TemplateResult;
  session?: Session;
  load: [FakeMethod, unknown];
  method: FakeMethod;
  /** Fills the form (if it is not open yet) and submits it. */
  submit: (root: ShadowRoot, element: LitElement, again: boolean) => Promise<void>;
  /** True when what the user entered is still there. */
  kept: (root: ShadowRoot) => boolean;
  /** A success: the server's answer and the audit record it must give (see `SettingsChange`). */
  success: {
    answer: unknown;
    action: string;
    target: { type: string; id: string };
    /** A company write names its company. */
    companyId?: string;
    /**
     * An update: exactly these changes. A creation (`created`): these fields among the new
     * record's, every one with `before: null`.
     */
    changes: Record<string, { before: unknown; after: unknown }>;
    created?: boolean;
  };
}

/** A second database for the records a creation returns, so the loads above stay as they were. */
const fresh = createMockDb({ now: new Date('2025-06-02T09:00:00Z') }).actingAs('owner');
const profile = owner.getProfile();
const preferences = owner.getPreferences();
const billing = owner.getBilling();
const repository = owner.getDataRepository();
const dataPreferences = owner.getDataPreferences(company);
const otherUnits = dataPreferences.units === 'metric' ? 'imperial' : 'metric';
const newSite = fresh.createSite(company, { name: 'Matrix depot', address: '9 Grid Road', timeZone: 'Europe/Paris' });
const newMember = fresh.inviteCompanyMember(company, { email: 'matrix@northwind.example', roleId: 'editor' });
const newAdmin = fresh.addAdminTeamMember({ email: 'matrix@northwind.example', roleId: 'billing-manager', companyAccess: [] });
const newKey = fresh.createApiKey({ name: 'Matrix key', fullAccess: true, expiresInDays: 90 });
const organizationId = ownerSession.organization!.id;
const keyPolicy = owner.getApiKeyPolicy();

export const writes: Record<string, WriteCase> = {
  'General: Save': {
    panel: html`<settings-profile></settings-profile>`,
    load: ['getProfile', owner.getProfile()],
    method: 'updateProfile',
    async submit(root, element, again) {
      if (!again) type($(root, '#jobTitle'), 'Head of Matrices');
      await element.updateComplete;
      press(root, 'Save');
    },
    kept: (root) => $(root, '#jobTitle').value === 'Head of Matrices',
    success: {
      answer: { ...profile, jobTitle: 'Head of Matrices' },
      action: 'profile.updated',
      target: { type: 'user', id: profile.id },
      changes: { jobTitle: { before: profile.jobTitle, after: 'Head of Matrices' } },
    },
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
      await element.updateComplete;
      press(root, 'Save changes');
    },
    kept: (root) => $(root, '#theme-dark').checked,
    success: {
      answer: { ...preferences, theme: 'dark' },
      action: 'preferences.updated',
      target: { type: 'user', id: ownerSession.user.id },
      changes: { theme: { before: preferences.theme, after: 'dark' } },
    },
  },
  'Billing: Save': {
    panel: html`<settings-billing></settings-billing>`,
    load: ['getBilling', owner.getBilling()],
    method: 'updateBillingProfile',
    async submit(root, element, again) {
      if (!again) {
        $<HTMLButtonElement>(root, '#edit').click();
        await element.updateComplete;
        type($(root, '#taxId'), 'IE1234567X');
      }
      await element.updateComplete;
      $<HTMLButtonElement>(root, 'button[type=submit]').click();
    },
    kept: (root) => $(root, '#taxId')?.value === 'IE1234567X',
    success: {
      answer: { ...billing.profile!, taxId: 'IE1234567X' },
      action: 'billing-profile.updated',
      target: { type: 'billing-profile', id: organizationId },
      changes: { taxId: { before: billing.profile!.taxId, after: 'IE1234567X' } },
    },
  },
  'Data repository: Save': {
    panel: html`<settings-data-repository></settings-data-repository>`,
    load: ['getDataRepository', owner.getDataRepository()],
    method: 'updateDataRepository',
    async submit(root, element, again) {
      if (!again) choose($<HTMLSelectElement>(root, '#retention'), '90');
      await element.updateComplete;
      press(root, 'Save');
    },
    kept: (root) => $<HTMLSelectElement>(root, '#retention').value === '90',
    success: {
      answer: { ...repository, retentionDays: 90 },
      action: 'data-repository.updated',
      target: { type: 'data-repository', id: organizationId },
      changes: { retentionDays: { before: repository.retentionDays, after: 90 } },
    },
  },
  'Data preferences: Save changes': {
    panel: html`<settings-data-preferences></settings-data-preferences>`,
    load: ['getDataPreferences', owner.getDataPreferences(company)],
    method: 'updateDataPreferences',
    async submit(root, element, again) {
      const units = $<HTMLSelectElement>(root, '#units');
      if (!again) choose(units, units.value === 'metric' ? 'imperial' : 'metric');
      await element.updateComplete;
      press(root, 'Save changes');
    },
    kept: (root) => $<HTMLSelectElement>(root, '#units').value !== owner.getDataPreferences(company).units,
    success: {
      answer: { ...dataPreferences, units: otherUnits },
      action: 'data-preferences.updated',
      target: { type: 'company', id: company },
      companyId: company,
      changes: { units: { before: dataPreferences.units, after: otherUnits } },
    },
  },
  'Sites: Add site': {
    panel: html`<settings-sites></settings-sites>`,
    load: ['listSites', owner.listSites(company, {})],
    method: 'createSite',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Add site');
        await element.updateComplete;
        type($(root, '#site-name'), 'Matrix depot');
        type($(root, '#site-address'), '9 Grid Road');
        type($(root, '#site-timeZone'), 'Europe/Paris');
      }
      await element.updateComplete;
      $<HTMLButtonElement>(root, 'button[type=submit]').click();
    },
    kept: (root) => $(root, '#site-name').value === 'Matrix depot',
    success: {
      answer: newSite,
      action: 'site.created',
      target: { type: 'site', id: newSite.id },
      companyId: company,
      created: true,
      changes: { name: { before: null, after: 'Matrix depot' }, address: { before: null, after: '9 Grid Road' }, timeZone: { before: null, after: 'Europe/Paris' } },
    },
  },
  'Members: Invite member': {
    panel: html`<settings-company-members></settings-company-members>`,
    load: ['listCompanyMembers', owner.listCompanyMembers(company, {})],
    method: 'inviteCompanyMember',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Invite member');
        await element.updateComplete;
        $(root, '#member-email').value = 'matrix@northwind.example';
        $<HTMLSelectElement>(root, '#member-roleId').value = 'editor';
      }
      await element.updateComplete;
      $<HTMLButtonElement>(root, 'button[type=submit]').click();
    },
    kept: (root) => $(root, '#member-email').value === 'matrix@northwind.example',
    success: {
      answer: newMember,
      action: 'member.invited',
      target: { type: 'company-member', id: newMember.id },
      companyId: company,
      created: true,
      changes: { email: { before: null, after: 'matrix@northwind.example' }, 'role.id': { before: null, after: 'editor' } },
    },
  },
  'Admin team: Add member': {
    panel: html`<settings-admin-team></settings-admin-team>`,
    load: ['listAdminTeam', owner.listAdminTeam({})],
    method: 'addAdminTeamMember',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Add member');
        // The dialog's code arrives when first needed: the panel settles once the dialog has opened.
        await taskComplete(element);
        await adminFormElement(root).updateComplete;
        type($(adminForm(root), '#email'), 'matrix@northwind.example');
        choose($<HTMLSelectElement>(adminForm(root), '#role'), 'billing-manager');
      }
      await adminFormElement(root).updateComplete;
      press(adminForm(root), 'Send invitation');
    },
    kept: (root) => $(adminForm(root), '#email').value === 'matrix@northwind.example',
    success: {
      answer: newAdmin,
      action: 'member.invited',
      target: { type: 'admin-team-member', id: newAdmin.id },
      created: true,
      changes: { email: { before: null, after: 'matrix@northwind.example' }, 'role.id': { before: null, after: 'billing-manager' } },
    },
  },
  'API keys: Create key': {
    panel: html`<settings-api-keys></settings-api-keys>`,
    load: ['listApiKeys', page(owner.listApiKeys({ status: 'active' }).items.slice(0, 3))],
    method: 'createApiKey',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Create key');
        await element.updateComplete;
        type($(keyDialogs(root), '#key-name'), 'Matrix key');
        chooseFullAccess(keyDialogs(root));
      }
      await element.updateComplete;
      $<HTMLFormElement>(keyDialogs(root), 'form#create').requestSubmit();
    },
    kept: (root) => $(keyDialogs(root), '#key-name').value === 'Matrix key',
    success: {
      answer: newKey,
      action: 'api-key.created',
      target: { type: 'api-key', id: newKey.apiKey.id },
      created: true,
      changes: { name: { before: null, after: 'Matrix key' }, fullAccess: { before: null, after: true }, prefix: { before: null, after: newKey.apiKey.prefix } },
    },
  },
  'API keys: Save policy': {
    panel: html`<settings-api-keys></settings-api-keys>`,
    load: ['listApiKeys', page(owner.listApiKeys({ status: 'active' }).items.slice(0, 3))],
    method: 'updateApiKeyPolicy',
    async submit(root, element, again) {
      if (!again) {
        press(root, 'Edit key policy');
        await element.updateComplete;
        choose($<HTMLSelectElement>(keyDialogs(root), '#policy-lifetime'), '90');
      }
      await element.updateComplete;
      $<HTMLFormElement>(keyDialogs(root), 'form#policy').requestSubmit();
    },
    kept: (root) => $<HTMLSelectElement>(keyDialogs(root), '#policy-lifetime').value === '90',
    success: {
      answer: { ...keyPolicy, maxLifetimeDays: 90, updatedBy: { id: ownerSession.user.id, name: ownerSession.user.name }, updatedAt: '2025-06-02T09:00:00.000Z' },
      action: 'api-key-policy.updated',
      target: { type: 'api-key-policy', id: organizationId },
      changes: { maxLifetimeDays: { before: null, after: 90 } },
    },
  },
};

