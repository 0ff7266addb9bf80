import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-admin-team.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { AdminTeamMember, CompanyRef, Page, Session } from '../../src/api/types.js';
import type { SettingsAdminTeam } from '../../src/components/settings-admin-team/settings-admin-team.js';
import type { SettingsAdminTeamForm } from '../../src/components/settings-admin-team/settings-admin-team-form.js';
import type { SettingsInvitationResentEvent, SettingsMemberRemovedEvent, SettingsMemberUpdatedEvent } from '../../src/events/member-events.js';
import type { SettingsActionMenu } from '../../src/components/settings-action-menu/settings-action-menu.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { drainMicrotasks, once, renderInProvider, shadowText } from '../support/render.js';
import { button, choose, type } from '../support/dom.js';
import { retryWhereWebKitMissesKeys } from '../support/engine.js';

const db = createMockDb();
const ownerSession = db.sessionFor('owner');
/** Northwind's admin team as the mock server lists it: the last Owner, admins, invited people. */
const team = db.actingAs('owner').listAdminTeam({ limit: 25 });
const companies = db.actingAs('owner').listOrganizationCompanies({ limit: 25 });
const invited = team.items.find((m) => m.email.startsWith('samira'))!;
const lastOwner = team.items.find((m) => m.lastOwner)!;
const admin = team.items.find((m) => m.name === 'Daniel Okafor')!;

async function renderTeam(session: Session = ownerSession, page: Page<AdminTeamMember> = team) {
  const fake = new FakeClient({ session });
  const { element, provider } = await renderInProvider<SettingsAdminTeam>(html`<settings-admin-team></settings-admin-team>`, { client: fake.client });
  (await fake.nextCall('listAdminTeam')).resolve(structuredClone(page));
  await element.taskComplete;
  return { fake, element, provider, root: element.shadowRoot! };
}

function rowOf(element: HTMLElement, who: string): HTMLTableRowElement {
  const rows = [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr[part=row]')];
  const row = rows.find((r) => r.querySelector('th')!.textContent.includes(who));
  if (!row) throw new Error(`No row for ${who}`);
  return row;
}

async function openMenu(element: HTMLElement, who: string): Promise<SettingsActionMenu> {
  const menu = rowOf(element, who).querySelector('settings-action-menu')!;
  menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!.click();
  await menu.updateComplete;
  return menu;
}

function menuItem(menu: SettingsActionMenu, label: string): HTMLElement {
  return [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent.includes(label))!;
}

/** The Add member / edit dialog: an element of its own, with its own reads and writes. */
function formElement(element: HTMLElement): SettingsAdminTeamForm {
  return element.shadowRoot!.querySelector('settings-admin-team-form')!;
}

/** The Add member / edit dialog's shadow root. */
function form(element: HTMLElement): ShadowRoot {
  return formElement(element).shadowRoot!;
}

/**
 * After Add member or Edit: the form's code arrives when first needed (loaded by the panel, at once
 * once it is here), then it opens — the renders of both are what to wait for.
 */
async function formOpened(element: HTMLElement): Promise<void> {
  await customElements.whenDefined('settings-admin-team-form');
  await drainMicrotasks();
  await (element as SettingsAdminTeam).updateComplete;
  await formElement(element).updateComplete;
}

/**
 * Chooses a row action: the panel opens its confirmation or starts a write (answered by the test),
 * or the form opens for Edit — the renders of both are what to wait for.
 */
async function chooseAction(element: HTMLElement, who: string, label: string): Promise<void> {
  menuItem(await openMenu(element, who), label).click();
  await (element as SettingsAdminTeam).updateComplete;
  if (label === 'Edit role and access') await formOpened(element);
}

async function startAdding(element: HTMLElement, email: string, roleId: string) {
  button(element.shadowRoot!, 'Add member').click();
  await formOpened(element);
  const dialog = form(element);
  type(dialog.querySelector<HTMLInputElement>('#email')!, email);
  choose(dialog.querySelector<HTMLSelectElement>('#role')!, roleId);
  await formElement(element).updateComplete;
  return dialog;
}

/** Presses Send invitation: a write starts (answered by the test), or the form's own checks show. */
async function submit(element: HTMLElement): Promise<void> {
  button(form(element), 'Send invitation').click();
  await formElement(element).updateComplete;
}

/** Cancel in the form, until its dialog is reported closed (the native close is a task of its own). */
async function cancelForm(element: HTMLElement): Promise<void> {
  const closed = once(form(element).querySelector('settings-dialog')!, 'settings-dialog-closed');
  button(form(element), 'Cancel').click();
  await closed;
}

function companyPage(names: string[], nextCursor: string | null = null): Page<CompanyRef> {
  return { items: names.map((name, i) => ({ id: `c${i}`, name })), nextCursor, total: names.length };
}

describe('settings-admin-team', () => {
  describePanelBaseline({
    tag: 'settings-admin-team',
    manageSession: ownerSession,
    viewSession: db.sessionFor('billing-manager'),
    deniedSession: db.sessionFor('company-admin'),
    deniedReason: 'not-organization-member',
    firstLoad: 'listAdminTeam',
    firstLoadValue: team,
    writeControls: 'button.primary, settings-action-menu, settings-admin-team-form, settings-dialog',
    write: {
      start: (element) => chooseAction(element, invited.email, 'Resend invitation'),
      method: 'resendAdminTeamInvitation',
      result: invited,
      intent: 'settings-invitation-resend',
      fact: 'settings-invitation-resent',
    },
  });

  it('shows each member with role, company access and status', async () => {
    const { element } = await renderTeam();
    expect(shadowText(element)).to.contain('Showing 7 of 7');
    const owner = rowOf(element, 'Olivia Martin').textContent;
    expect(owner).to.contain('Owner').and.contain('All companies').and.contain('Active').and.contain('(you)');
    expect(rowOf(element, 'Olivia Martin').textContent).to.contain('olivia.martin@northwind.example');
    expect(rowOf(element, 'Daniel Okafor').textContent).to.contain('Northwind Retail and Northwind Logistics');
    expect(rowOf(element, 'Priya Raman').textContent).to.contain('No company access');
    // Invited people have no name yet: their email stands in, with when the invitation expires.
    const pending = rowOf(element, invited.email);
    expect(pending.textContent).to.contain('Invited').and.contain('Invitation expires');
    expect(pending.querySelector('time')?.getAttribute('datetime')).to.equal(invited.invitationExpiresAt);
    expect(rowOf(element, 'tom.becker').textContent).to.contain('Invitation expired');
  });

  it('marks a pending invitation as a warning and an expired one as danger', async () => {
    const { element } = await renderTeam();
    const badge = (who: string) => rowOf(element, who).querySelector('.badge')!;
    expect(badge(invited.email).textContent).to.equal('Invited');
    expect([...badge(invited.email).classList]).to.include('warning').and.not.include('danger');
    // An expired invitation no longer works: it stands out until it is resent.
    expect([...badge('tom.becker').classList]).to.include('danger').and.not.include('warning');
    expect([...badge('Olivia Martin').classList]).to.deep.equal(['badge']);
  });

  it('names up to three companies and summarizes more, with the full list one step away', async () => {
    const many = ['Northwind Retail', 'Northwind Health', 'Northwind Logistics', 'Northwind Energy', 'Northwind Travel'];
    const member = { ...admin, companyAccess: many.map((name, i) => ({ id: `c${i}`, name })) };
    const { element } = await renderTeam(ownerSession, { items: [member], nextCursor: null, total: 1 });
    const summary = rowOf(element, 'Daniel Okafor').querySelector('summary')!;
    expect(summary.textContent).to.equal('Northwind Retail, Northwind Health and 3 more');
    expect(summary.title).to.contain('Northwind Travel');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(summary.parentElement!.hasAttribute('open')).to.equal(true);
    expect(summary.parentElement!.textContent).to.contain('Northwind Energy');
  });

  it('searches on the server, debounced, and says when nothing matches', async function () {
    retryWhereWebKitMissesKeys(this);
    const { fake, element, root } = await renderTeam();
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(root.querySelector(`label[for=${search.id}]`)!.textContent).to.equal('Search the admin team');
    type(search, 'z');
    type(search, 'zz');
    search.focus();
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextCall('listAdminTeam', 1);
    expect(call.args[0]).to.deep.equal({ q: 'zz', limit: 25 });
    call.resolve({ items: [], nextCursor: null, total: 0 });
    await element.taskComplete;
    expect(fake.callsTo('listAdminTeam')).to.have.length(2);
    expect(shadowText(element)).to.contain('No member matches “zz”.');
  });

  it('renders only the loaded page and shows more on demand', async () => {
    const first = { items: team.items.slice(0, 5), nextCursor: 'next', total: 10000 };
    const { fake, element, root } = await renderTeam(ownerSession, first);
    expect(root.querySelectorAll('tr[part=row]')).to.have.length(5);
    expect(shadowText(element)).to.contain('Showing 5 of 10,000');
    button(root, 'Show more').click();
    const more = await fake.nextCall('listAdminTeam', 1);
    expect(more.args[0]).to.deep.equal({ limit: 25, cursor: 'next' });
    more.resolve({ items: team.items.slice(5), nextCursor: null, total: 10000 });
    await element.taskComplete;
    expect(root.querySelectorAll('tr[part=row]')).to.have.length(7);
    // The count sits under the rows, beside the button that loads more.
    expect(root.querySelector('[part=list] + [part=more]')!.textContent).to.contain('Showing 7 of 10,000');
  });

  it('keeps focus on Show more while the next page loads', async () => {
    const first = { items: team.items.slice(0, 5), nextCursor: 'next', total: 10000 };
    const { fake, element, root } = await renderTeam(ownerSession, first);
    const more = button(root, 'Show more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextCall('listAdminTeam', 1);
    await element.updateComplete;
    expect(more.textContent.trim()).to.equal('Loading more…');
    expect([more.disabled, more.getAttribute('aria-disabled'), more.getAttribute('aria-busy')]).to.deep.equal([false, 'true', 'true']);
    expect(root.activeElement === more, 'Show more keeps focus').to.equal(true);
    // A second press while it loads asks for nothing more.
    await sendKeys({ press: 'Enter' });
    expect(fake.callsTo('listAdminTeam')).to.have.length(2);
    call.resolve({ items: team.items.slice(5), nextCursor: 'again', total: 10000 });
    await element.taskComplete;
    expect(more.getAttribute('aria-disabled')).to.equal('false');
    expect(root.activeElement === more, 'Show more still has focus').to.equal(true);
  });

  describe('Add member', () => {
    it('checks the email and role before sending anything', async () => {
      const { fake, element } = await renderTeam();
      const dialog = await startAdding(element, 'not-an-email', '');
      await submit(element);
      const email = dialog.querySelector('#email')!;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(dialog.getElementById(email.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent).to.contain('Enter a valid email');
      expect(dialog.querySelector('#role')!.getAttribute('aria-invalid')).to.equal('true');
      expect(fake.callsTo('addAdminTeamMember')).to.have.length(0);
    });

    it('refuses an email address longer than mail systems deliver to, before sending (issue 8, finding 9)', async () => {
      const { fake, element } = await renderTeam();
      const dialog = await startAdding(element, `${'a'.repeat(250)}@example.com`, '');
      await submit(element);
      const email = dialog.querySelector('#email')!;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(dialog.querySelector('#email-error')!.textContent).to.equal('Use an email address of at most 254 characters.');
      expect(fake.callsTo('addAdminTeamMember')).to.have.length(0);
    });

    it('invites with specific companies picked from a server-searched list', async () => {
      const { fake, element } = await renderTeam();
      const invitedEvents: Event[] = [];
      element.addEventListener('settings-member-invited', (e) => invitedEvents.push(e));
      const dialog = await startAdding(element, ' new.admin@northwind.example ', 'admin');
      (await fake.nextCall('listOrganizationCompanies')).resolve(companies);
      await formElement(element).taskComplete;
      // At least one company is needed for "Specific companies".
      await submit(element);
      expect(dialog.textContent).to.contain('Choose at least one company.');
      const filter = dialog.querySelector<HTMLInputElement>('[part=companies] input[type=search]')!;
      type(filter, 'health');
      filter.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      const searched = await fake.nextCall('listOrganizationCompanies', 1);
      expect(searched.args[0]).to.deep.equal({ q: 'health', limit: 25 });
      searched.resolve({ items: [companies.items[2]], nextCursor: null, total: 1 });
      await formElement(element).taskComplete;
      dialog.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await formElement(element).updateComplete;
      expect(dialog.textContent).to.contain('Companies selected: 1');
      await submit(element);
      const add = await fake.nextCall('addAdminTeamMember');
      expect(add.args[0]).to.deep.equal({ email: 'new.admin@northwind.example', roleId: 'admin', companyAccess: ['northwind-health'] });
      // Busy, not disabled: a second press does nothing and sends nothing.
      const sending = button(dialog, 'Sending invitation…');
      expect([sending.getAttribute('aria-disabled'), sending.getAttribute('aria-busy')]).to.deep.equal(['true', 'true']);
      sending.click();
      await formElement(element).updateComplete;
      expect(fake.callsTo('addAdminTeamMember')).to.have.length(1);
      add.resolve({ ...invited, id: 'new', email: 'new.admin@northwind.example' });
      // The form's write, then the panel's render of what it heard (its list reload stays unanswered).
      await formElement(element).taskComplete;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Invitation email sent to new.admin@northwind.example.');
      expect(invitedEvents).to.have.length(1);
      expect(invitedEvents[0]).to.include({ scope: 'organization', companyId: null });
      // The person appears: the list is asked again (newest first).
      expect(fake.callsTo('listAdminTeam')).to.have.length(2);
    });

    it('is accessible with the dialog open, the companies listed and the errors shown', async () => {
      const { fake, element } = await renderTeam();
      await startAdding(element, 'oops', 'admin');
      (await fake.nextCall('listOrganizationCompanies')).resolve(companies);
      await formElement(element).taskComplete;
      await submit(element);
      expect(form(element).querySelectorAll('[aria-invalid=true]').length).to.be.greaterThan(1);
      await expect(element).to.be.accessible();
    });

    it('pages through the companies and keeps the choice across filters', async () => {
      const { fake, element } = await renderTeam();
      const dialog = await startAdding(element, 'a@northwind.example', 'admin');
      (await fake.nextCall('listOrganizationCompanies')).resolve(companyPage(['Globex 1', 'Globex 2'], 'page-2'));
      await formElement(element).taskComplete;
      dialog.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      button(dialog, 'Show more companies').click();
      const more = await fake.nextCall('listOrganizationCompanies', 1);
      expect(more.args[0]).to.deep.equal({ limit: 25, cursor: 'page-2' });
      more.resolve({ ...companyPage(['Globex 3']), items: [{ id: 'c2', name: 'Globex 3' }] });
      await formElement(element).taskComplete;
      expect(dialog.querySelectorAll('input[type=checkbox]')).to.have.length(3);
      type(dialog.querySelector<HTMLInputElement>('[part=companies] input[type=search]')!, 'Globex 3');
      (await fake.nextCall('listOrganizationCompanies', 2)).resolve({ items: [{ id: 'c2', name: 'Globex 3' }], nextCursor: null, total: 1 });
      await formElement(element).taskComplete;
      dialog.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await submit(element);
      expect((await fake.nextCall('addAdminTeamMember')).args[0]).to.deep.include({ companyAccess: ['c0', 'c2'] });
    });

    it('keeps focus on Show more companies while the next page loads', async () => {
      const { fake, element } = await renderTeam();
      const dialog = await startAdding(element, 'a@northwind.example', 'admin');
      (await fake.nextCall('listOrganizationCompanies')).resolve(companyPage(['Globex 1', 'Globex 2'], 'page-2'));
      await formElement(element).taskComplete;
      const more = button(dialog, 'Show more companies');
      more.focus();
      await sendKeys({ press: 'Enter' });
      const call = await fake.nextCall('listOrganizationCompanies', 1);
      await formElement(element).updateComplete;
      expect(more.textContent.trim()).to.equal('Loading more…');
      expect([more.disabled, more.getAttribute('aria-disabled'), more.getAttribute('aria-busy')]).to.deep.equal([false, 'true', 'true']);
      expect(dialog.activeElement === more, 'Show more companies keeps focus').to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(fake.callsTo('listOrganizationCompanies')).to.have.length(2);
      call.resolve({ items: [{ id: 'c2', name: 'Globex 3' }], nextCursor: null, total: 3 });
      await formElement(element).taskComplete;
      expect(dialog.querySelectorAll('input[type=checkbox]')).to.have.length(3);
    });

    it('offers no company choice for roles that fix it, and says why', async () => {
      const { fake, element } = await renderTeam();
      const dialog = await startAdding(element, 'owner2@northwind.example', 'owner');
      expect(dialog.querySelector('#role-hint')!.textContent).to.contain('Members with the Owner role have access to all companies.');
      expect(dialog.querySelector('fieldset')).to.equal(null);
      choose(dialog.querySelector<HTMLSelectElement>('#role')!, 'billing-manager');
      await formElement(element).updateComplete;
      expect(dialog.querySelector('#role-hint')!.textContent).to.contain('have no company access');
      await submit(element);
      expect((await fake.nextCall('addAdminTeamMember')).args[0]).to.deep.include({ roleId: 'billing-manager', companyAccess: [] });
      expect(fake.callsTo('listOrganizationCompanies')).to.have.length(0);
    });

    it('starts afresh each time it opens, whatever was chosen before', async () => {
      const { element } = await renderTeam();
      const dialog = await startAdding(element, 'half.done@northwind.example', 'owner');
      await cancelForm(element);
      await chooseAction(element, 'Daniel Okafor', 'Edit role and access');
      // Chosen with the keyboard, as a user would.
      dialog.querySelector<HTMLSelectElement>('#role')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await formElement(element).updateComplete;
      expect(dialog.querySelector<HTMLSelectElement>('#role')!.value).to.equal('billing-manager');
      await cancelForm(element);
      await chooseAction(element, 'Grace Thompson', 'Edit role and access');
      expect(dialog.querySelector<HTMLSelectElement>('#role')!.value).to.equal('admin');
      await cancelForm(element);
      button(element.shadowRoot!, 'Add member').click();
      await formOpened(element);
      expect(dialog.querySelector<HTMLInputElement>('#email')!.value).to.equal('');
      expect(dialog.querySelector<HTMLSelectElement>('#role')!.value).to.equal('');
    });

    it('offers only the companies the user holds, and no "All companies" to an Admin of some (issue 8, finding 1)', async () => {
      const { fake, element } = await renderTeam(db.sessionFor('org-admin'));
      const dialog = await startAdding(element, 'new.admin@northwind.example', 'admin');
      const radios = [...dialog.querySelectorAll('input[type=radio]')].map((r) => r.closest('label')!.textContent.trim());
      expect(radios).to.not.include('All companies');
      expect(dialog.querySelector('fieldset')!.textContent).to.contain('You can give access only to companies you have access to yourself.');
      (await fake.nextCall('listOrganizationCompanies')).resolve(companyPage(['Northwind Retail', 'Northwind Logistics']));
      await formElement(element).taskComplete;
      dialog.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await formElement(element).updateComplete;
      await submit(element);
      expect((await fake.nextCall('addAdminTeamMember')).args[0]).to.deep.include({ roleId: 'admin', companyAccess: ['c0'] });
    });

    it('offers only the roles the user may grant', async () => {
      const { element } = await renderTeam(db.sessionFor('org-admin'));
      const dialog = await startAdding(element, 'x@northwind.example', '');
      const options = [...dialog.querySelectorAll('#role option')].map((o) => o.textContent.trim());
      expect(options).to.deep.equal(['Choose a role', 'Admin', 'Billing manager']);
    });

    it('keeps what was typed and shows the server’s field error beside the field', async () => {
      const { fake, element } = await renderTeam();
      const dialog = await startAdding(element, 'taken@northwind.example', 'admin');
      dialog.querySelector<HTMLInputElement>('input[name=access]')!.click(); // All companies
      await formElement(element).updateComplete;
      await submit(element);
      (await fake.nextCall('addAdminTeamMember')).reject(
        new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { email: 'This domain is not allowed.' } }),
      );
      await formElement(element).taskComplete;
      const email = dialog.querySelector<HTMLInputElement>('#email')!;
      expect(email.value).to.equal('taken@northwind.example');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(dialog.textContent).to.contain('This domain is not allowed.');
      expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('Some fields need your attention.');
      expect(dialog.querySelector('settings-dialog')!.open).to.equal(true);
    });

    it('keeps focus on Send invitation while it is sent', async () => {
      const { fake, element } = await renderTeam();
      const dialog = await startAdding(element, 'owner2@northwind.example', 'owner');
      const send = button(dialog, 'Send invitation');
      send.focus();
      await sendKeys({ press: 'Enter' });
      const add = await fake.nextCall('addAdminTeamMember');
      await formElement(element).updateComplete;
      expect(send.textContent.trim()).to.equal('Sending invitation…');
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      expect(send.getAttribute('aria-busy')).to.equal('true');
      // Comparing elements by identity: chai would try to print whole DOM nodes on a mismatch.
      expect(dialog.activeElement === send, 'Send invitation keeps focus').to.equal(true);
      add.resolve({ ...invited, id: 'new', email: 'owner2@northwind.example' });
      // The form's write (the panel's list reload it starts stays unanswered).
      await formElement(element).taskComplete;
      expect(send.getAttribute('aria-disabled')).to.equal('false');
    });

    it('takes focus to the first field the server refused (422)', async () => {
      const { fake, element } = await renderTeam();
      const dialog = await startAdding(element, 'taken@northwind.example', 'owner');
      const send = button(dialog, 'Send invitation');
      send.focus();
      await sendKeys({ press: 'Enter' });
      (await fake.nextCall('addAdminTeamMember')).reject(
        new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { email: 'This domain is not allowed.' } }),
      );
      await formElement(element).taskComplete;
      const email = dialog.querySelector<HTMLInputElement>('#email')!;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(dialog.activeElement === email, 'focus on the email field').to.equal(true);
      expect(email.value).to.equal('taken@northwind.example');
    });
  });

  describe('row actions', () => {
    it('keeps the last Owner’s actions visible but disabled, with the reason', async () => {
      const { element } = await renderTeam();
      const menu = await openMenu(element, lastOwner.name!);
      expect(menuItem(menu, 'Remove').getAttribute('aria-disabled')).to.equal('true');
      expect(menuItem(menu, 'Remove').textContent).to.contain('The last Owner cannot be removed.');
      expect(menuItem(menu, 'Edit role and access').textContent).to.contain('The last Owner cannot be demoted.');
    });

    it('explains why an Admin cannot change an Owner', async () => {
      const { element } = await renderTeam(db.sessionFor('org-admin'));
      const menu = await openMenu(element, lastOwner.name!);
      expect(menuItem(menu, 'Edit role and access').textContent).to.contain('Your role cannot change members whose role is Owner.');
      expect(menuItem(menu, 'Edit role and access').getAttribute('aria-disabled')).to.equal('true');
    });

    it('lets nobody edit their own access, and explains (issue 8, finding 1)', async () => {
      const { element } = await renderTeam(db.sessionFor('org-admin'));
      const menu = await openMenu(element, 'Daniel Okafor');
      expect(menuItem(menu, 'Edit role and access').getAttribute('aria-disabled')).to.equal('true');
      expect(menuItem(menu, 'Edit role and access').textContent).to.contain('You cannot change your own role or company access.');
    });

    it('explains why an Admin cannot change someone with access to companies they do not hold (issue 8, finding 1)', async () => {
      const { element } = await renderTeam(db.sessionFor('org-admin'));
      for (const who of ['Marco Bianchi', 'Grace Thompson']) {
        const menu = await openMenu(element, who);
        for (const action of ['Edit role and access', 'Remove']) {
          expect(menuItem(menu, action).getAttribute('aria-disabled'), `${who}: ${action}`).to.equal('true');
          expect(menuItem(menu, action).textContent).to.contain('has access to companies you do not');
        }
      }
    });

    it('edits role and access from the keyboard, and shows the saved row', async () => {
      const { fake, element } = await renderTeam();
      const trigger = rowOf(element, 'Daniel Okafor').querySelector('settings-action-menu')!.shadowRoot!.querySelector('button')!;
      trigger.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await formOpened(element);
      const dialog = form(element);
      expect(dialog.querySelector('settings-dialog')!.heading).to.equal('Edit role and access of Daniel Okafor');
      expect(dialog.querySelector('#email')).to.equal(null);
      // The modal dialog took focus (its first control), so the keyboard user is inside it.
      expect(dialog.activeElement?.id).to.equal('role');
      (await fake.nextCall('listOrganizationCompanies')).resolve(companies);
      await formElement(element).taskComplete;
      const checked = [...dialog.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((c) => c.checked);
      expect(checked).to.have.length(2);
      button(dialog, 'Save changes').click();
      const update = await fake.nextCall('updateAdminTeamMember');
      expect(update.args.slice(0, 2)).to.deep.equal([admin.id, { roleId: 'admin', companyAccess: ['northwind-retail', 'northwind-logistics'] }]);
      const updated = new Promise<SettingsMemberUpdatedEvent>((resolve) => element.addEventListener('settings-member-updated', resolve, { once: true }));
      update.resolve({ ...admin, companyAccess: 'all' });
      // Its audit record: the access before and after; the unchanged role is not in it.
      expect((await updated).change.changes).to.deep.equal({ companyAccess: { before: admin.companyAccess, after: 'all' } });
      await formElement(element).taskComplete;
      await element.taskComplete;
      expect(rowOf(element, 'Daniel Okafor').textContent).to.contain('All companies');
      expect(shadowText(element)).to.contain('Saved the role and access of Daniel Okafor.');
      // Same role: the row is replaced in place, the list is not reloaded.
      expect(fake.callsTo('listAdminTeam')).to.have.length(1);
    });

    it('resends an invitation and says so; a 429 says when to retry', async () => {
      const { fake, element } = await renderTeam();
      await chooseAction(element, invited.email, 'Resend invitation');
      expect(shadowText(element)).to.contain(`Sending the invitation again to ${invited.email}…`);
      const resent = new Promise<SettingsInvitationResentEvent>((resolve) => element.addEventListener('settings-invitation-resent', resolve, { once: true }));
      const again = { ...invited, invitedAt: '2026-12-03T08:00:00.000Z', invitationExpiresAt: '2026-12-10T08:00:00.000Z' };
      (await fake.nextCall('resendAdminTeamInvitation')).resolve(again);
      const { change } = await resent;
      expect([change.action, change.target.id]).to.deep.equal(['invitation.resent', invited.id]);
      expect(change.changes).to.deep.equal({
        invitedAt: { before: invited.invitedAt, after: again.invitedAt },
        invitationExpiresAt: { before: invited.invitationExpiresAt, after: again.invitationExpiresAt },
      });
      await element.taskComplete;
      expect(shadowText(element)).to.contain(`Invitation email sent again to ${invited.email}.`);
      await chooseAction(element, invited.email, 'Resend invitation');
      (await fake.nextCall('resendAdminTeamInvitation', 1)).reject(
        new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow down', retryAfter: 30 }),
      );
      await element.taskComplete;
      expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Try again in 30 seconds');
    });

    it('cancels an invitation after confirmation', async () => {
      const { fake, element } = await renderTeam();
      const removed: Event[] = [];
      element.addEventListener('settings-member-removed', (e) => removed.push(e));
      await chooseAction(element, invited.email, 'Cancel invitation');
      const dialog = element.shadowRoot!.querySelector('settings-dialog')!;
      expect(dialog.heading).to.equal(`Cancel the invitation to ${invited.email}?`);
      // The list reload that follows stays unanswered: the dialog's close is what this waits for.
      const closed = once(dialog, 'settings-dialog-closed');
      button(dialog, 'Cancel invitation').click();
      (await fake.nextCall('removeAdminTeamMember')).resolve(undefined);
      await closed;
      expect(dialog.open).to.equal(false);
      expect(shadowText(element)).to.contain(`The invitation to ${invited.email} was cancelled.`);
      expect(removed).to.have.length(1);
      // Its audit record names who is gone, with nothing after.
      const { change } = removed[0] as SettingsMemberRemovedEvent;
      expect([change.action, change.target]).to.deep.equal(['member.removed', { type: 'admin-team-member', id: invited.id }]);
      expect(change.changes['email']).to.deep.equal({ before: invited.email, after: null });
      expect(Object.values(change.changes).every((c) => c.after === null)).to.equal(true);
      expect(fake.callsTo('listAdminTeam')).to.have.length(2);
    });

    it('keeps focus in the confirmation while the removal is sent; Keep invitation waits for it', async () => {
      const { fake, element } = await renderTeam();
      await chooseAction(element, invited.email, 'Cancel invitation');
      const dialog = element.shadowRoot!.querySelector('settings-dialog')!;
      const confirm = button(dialog, 'Cancel invitation');
      confirm.focus();
      await sendKeys({ press: 'Enter' });
      const remove = await fake.nextCall('removeAdminTeamMember');
      await element.updateComplete;
      expect(confirm.textContent.trim()).to.equal('Cancelling…');
      expect([confirm.getAttribute('aria-disabled'), confirm.getAttribute('aria-busy')]).to.deep.equal(['true', 'true']);
      expect(element.shadowRoot!.activeElement === confirm, 'the confirming button keeps focus').to.equal(true);
      // The dismiss button stays reachable (not disabled) but does nothing until the answer comes.
      const keep = button(dialog, 'Keep invitation');
      expect([keep.disabled, keep.getAttribute('aria-disabled')]).to.deep.equal([false, 'true']);
      keep.focus();
      expect(element.shadowRoot!.activeElement === keep, 'Keep invitation can take focus').to.equal(true);
      keep.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(true);
      const closed = once(dialog, 'settings-dialog-closed');
      remove.resolve(undefined);
      await closed;
      expect(dialog.open).to.equal(false);
      expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal(`The invitation to ${invited.email} was cancelled.`);
    });

    it('warns before you remove yourself, and keeps the dialog open with the server’s 409', async () => {
      const me = { ...lastOwner, lastOwner: false };
      const { fake, element } = await renderTeam(ownerSession, { items: [me, admin], nextCursor: null, total: 2 });
      await chooseAction(element, me.name!, 'Remove');
      const dialog = element.shadowRoot!.querySelector('settings-dialog')!;
      expect(dialog.heading).to.equal('Remove Olivia Martin?');
      expect(dialog.textContent).to.contain('You will lose access to the Organization settings.');
      button(dialog, 'Remove').click();
      (await fake.nextCall('removeAdminTeamMember')).reject(
        new SettingsApiError({ status: 409, code: 'last_owner', message: 'The last Owner cannot be removed. Make someone else an Owner first.' }),
      );
      // The row was stale: the list is asked again so the menu can explain next time. Answered as
      // the server has it now, so the panel's reads and write all settle.
      (await fake.nextCall('listAdminTeam', 1)).resolve({ items: [{ ...me, lastOwner: true }, admin], nextCursor: null, total: 2 });
      await element.taskComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('The last Owner cannot be removed.');
      expect(fake.callsTo('listAdminTeam')).to.have.length(2);
    });
  });

  describe('against the mock server', () => {
    it('adds a member with access to specific companies: an invited row and the confirmation', async () => {
      const { element } = await renderInProvider<SettingsAdminTeam>(html`<settings-admin-team></settings-admin-team>`, {
        client: createMockClient({ persona: 'owner' }),
      });
      await element.taskComplete;
      expect(element.shadowRoot!.querySelectorAll('tr[part=row]'), 'the team loads').to.have.length(7);
      const dialog = await startAdding(element, 'lena.fischer@northwind.example', 'admin');
      await formElement(element).taskComplete;
      expect(dialog.querySelectorAll('input[type=checkbox]'), 'the companies load').to.have.length(3);
      dialog.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await formElement(element).updateComplete;
      await submit(element);
      // The form's invitation, then the panel's reload of the list (the mock server answers both).
      await formElement(element).taskComplete;
      await element.taskComplete;
      expect(shadowText(element), 'the invitation is sent').to.include('Invitation email sent to lena.fischer@northwind.example.');
      expect(element.shadowRoot!.querySelectorAll('tr[part=row]'), 'the list reloads').to.have.length(8);
      const row = rowOf(element, 'lena.fischer@northwind.example').textContent;
      expect(row).to.contain('Admin').and.contain('Northwind Retail').and.contain('Invited');
    });

    it('shows the first page of a 10,000-member team', async () => {
      const { element } = await renderInProvider<SettingsAdminTeam>(html`<settings-admin-team></settings-admin-team>`, {
        client: createMockClient({ persona: 'large-org' }),
      });
      await element.taskComplete;
      expect(element.shadowRoot!.querySelectorAll('tr[part=row]')).to.have.length(25);
      expect(shadowText(element)).to.contain('Showing 25 of 10,000');
    });
  });
});
