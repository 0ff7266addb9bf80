import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-app.js';
import '../../src/define/settings-company-members.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { CompanyMember, Page } from '../../src/api/types.js';
import type { SettingsApp } from '../../src/components/settings-app/settings-app.js';
import type { SettingsCompanyMembers } from '../../src/components/settings-company-members/settings-company-members.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { drainMicrotasks, once, renderInProvider, shadowText } from '../support/render.js';
import { button, findButton } from '../support/dom.js';

const db = createMockDb();
const companyAdmin = db.sessionFor('company-admin');
const orgAdmin = db.sessionFor('org-admin');
const retail = 'northwind-retail';
const logistics = 'northwind-logistics';
const day = 24 * 3600 * 1000;

const member = (id: string, overrides: Partial<CompanyMember> = {}): CompanyMember => ({
  id,
  userId: `user-${id}`,
  name: `Person ${id}`,
  email: `${id}@northwind.example`,
  role: { id: 'editor', name: 'Editor' },
  status: 'active',
  invitationExpiresAt: null,
  source: 'company',
  ...overrides,
});
const you = member('lucas', { userId: companyAdmin.user.id, name: 'Lucas Moreau', role: { id: 'admin', name: 'Admin' } });
const editor = member('maya', { name: 'Maya Chen' });
const invited = member('store', { userId: null, name: null, status: 'invited', invitationExpiresAt: new Date(Date.now() + 4 * day).toISOString() });
const expired = member('dispatch', { userId: null, name: null, status: 'invited', invitationExpiresAt: new Date(Date.now() - 3 * day).toISOString() });
const fromOrganization = member('olivia', { name: 'Olivia Martin', role: { id: 'admin', name: 'Admin' }, source: 'organization' });
const pageOf = (items: CompanyMember[], nextCursor: string | null = null, total = items.length): Page<CompanyMember> => ({ items, nextCursor, total });
const loaded = pageOf([you, editor, invited, expired, fromOrganization]);

const root = (element: Element) => element.shadowRoot!;
const rowOf = (element: Element, name: string) =>
  [...root(element).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent.includes(name))!;
const dialog = (element: Element) => root(element).querySelector('settings-dialog')!;

/** The panel's render, then its dialog's: the native dialog opens (showModal moves focus in) in the dialog's own update. */
async function rendered(element: SettingsCompanyMembers) {
  await element.updateComplete;
  await dialog(element).updateComplete;
}

async function renderMembers(session = companyAdmin) {
  const fake = new FakeClient({ session });
  const { element, provider } = await renderInProvider<SettingsCompanyMembers>(html`<settings-company-members></settings-company-members>`, {
    client: fake.client,
  });
  return { fake, element, provider };
}

async function renderLoaded(page = loaded, session = companyAdmin) {
  const rendered = await renderMembers(session);
  (await rendered.fake.nextCall('listCompanyMembers')).resolve(structuredClone(page));
  await rendered.element.taskComplete;
  return rendered;
}

async function chooseRowAction(element: SettingsCompanyMembers, name: string, action: string) {
  const menu = rowOf(element, name).querySelector('settings-action-menu')!;
  menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!.click();
  // The menu renders its items (shown as a popover at once: no frame needed to click one).
  await menu.updateComplete;
  [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent.trim() === action)!.click();
  await rendered(element);
}

async function submitForm(element: SettingsCompanyMembers, values: { email?: string; roleId?: string }) {
  const email = root(element).querySelector<HTMLInputElement>('#member-email');
  const role = root(element).querySelector<HTMLSelectElement>('#member-roleId')!;
  if (values.email !== undefined) email!.value = values.email;
  if (values.roleId !== undefined) role.value = values.roleId;
  root(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  // The form's own errors, or the write's pending state (its answer is the test's to give).
  await element.updateComplete;
}

describe('settings-company-members', () => {
  describePanelBaseline({
    tag: 'settings-company-members',
    manageSession: orgAdmin,
    viewSession: db.sessionFor('sso-user'),
    deniedSession: db.sessionFor('billing-manager'),
    deniedReason: 'no-company-access',
    firstLoad: 'listCompanyMembers',
    firstLoadValue: loaded,
    writeControls: 'button.primary, settings-action-menu, form',
    otherCompanyId: logistics,
    write: {
      start: async (element) => {
        button(element, 'Invite member').click();
        await rendered(element as SettingsCompanyMembers);
        await submitForm(element as SettingsCompanyMembers, { email: 'new.hire@northwind.example', roleId: 'editor' });
      },
      method: 'inviteCompanyMember',
      result: member('new', { userId: null, name: null, email: 'new.hire@northwind.example', status: 'invited' }),
      intent: 'settings-member-invite',
      fact: 'settings-member-invited',
    },
  });

  it('names the company and lists members with their role, status and who you are', async () => {
    const { element, fake } = await renderMembers();
    const call = await fake.nextCall('listCompanyMembers');
    expect(call.args[0]).to.equal(retail);
    call.resolve(pageOf([you, editor, invited], 'next', 30));
    await element.taskComplete;
    expect(root(element).querySelector('h3')!.textContent).to.equal('Members of Northwind Retail');
    expect(rowOf(element, 'Lucas Moreau').textContent).to.contain('(you)');
    expect(rowOf(element, 'Maya Chen').textContent).to.contain('maya@northwind.example');
    expect(shadowText(element)).to.contain('Showing 3 of 30 members');
  });

  it('shows when invitations expire, relative with the exact time', async () => {
    const { element } = await renderLoaded();
    const pending = rowOf(element, 'store@northwind.example');
    expect(pending.textContent).to.contain('Invited');
    expect(pending.textContent).to.contain('Invitation expires');
    expect(pending.querySelector('time')!.textContent).to.contain('in 4 days');
    expect(pending.querySelector('time')!.getAttribute('datetime')).to.equal(invited.invitationExpiresAt);
    expect(rowOf(element, 'dispatch@northwind.example').textContent).to.contain('Invitation expired');
  });

  it('marks admin-team members and names where they are managed, with no actions here', async () => {
    const { element } = await renderLoaded();
    const row = rowOf(element, 'Olivia Martin');
    expect(row.textContent).to.contain('Organization admin team');
    expect(row.textContent).to.contain('Managed in Settings > Organization > Admin Team');
    expect(row.querySelector('settings-action-menu')).to.equal(null);
    expect(rowOf(element, 'Maya Chen').querySelector('settings-action-menu')).to.not.equal(null);
  });

  it('links admin-team members to Admin team through the shell when the user may open it', async () => {
    const fake = new FakeClient({ session: orgAdmin });
    const { element: app } = await renderInProvider<SettingsApp>(html`<settings-app section="company/members"></settings-app>`, { client: fake.client });
    (await fake.nextCall('listCompanyMembers')).resolve(structuredClone(loaded));
    const panel = root(app).querySelector('settings-company-members')!;
    await panel.taskComplete;
    const link = rowOf(panel, 'Olivia Martin').querySelector('a')!;
    expect(link.textContent).to.equal('Manage in Admin team');
    expect(link.getAttribute('href')).to.equal('#organization/admin-team');
    const navigating = once(app, 'settings-navigate');
    link.click();
    expect((await navigating).section).to.equal('organization/admin-team');
    expect(app.section).to.equal('organization/admin-team');
  });

  it('names Admin team in words in the shell when the user may not open it', async () => {
    const fake = new FakeClient({ session: companyAdmin });
    const { element: app } = await renderInProvider<SettingsApp>(html`<settings-app section="company/members"></settings-app>`, { client: fake.client });
    (await fake.nextCall('listCompanyMembers')).resolve(structuredClone(loaded));
    const panel = root(app).querySelector('settings-company-members')!;
    await panel.taskComplete;
    expect(rowOf(panel, 'Olivia Martin').querySelector('a')).to.equal(null);
    expect(rowOf(panel, 'Olivia Martin').textContent).to.contain('Managed in Settings > Organization > Admin Team');
  });

  it('searches on the server once typing pauses, and says when nothing matches', async () => {
    const { element, fake } = await renderLoaded();
    root(element).querySelector<HTMLInputElement>('#member-search')!.focus();
    await sendKeys({ type: 'zed' });
    const call = await fake.nextSearch('listCompanyMembers', 1, 'zed', 1, pageOf([]));
    call.resolve(pageOf([]));
    await element.taskComplete;
    expect(shadowText(element)).to.contain('No member matches “zed”.');
  });

  it('invites by email with a role the user may grant; checks the form first', async () => {
    const { element, fake } = await renderLoaded();
    button(element, 'Invite member').click();
    await rendered(element);
    expect(dialog(element).heading).to.equal('Invite a member to Northwind Retail');
    const options = [...root(element).querySelectorAll<HTMLOptionElement>('#member-roleId option')].map((o) => o.textContent);
    expect(options).to.deep.equal(['Choose a role', ...companyAdmin.companies[0]!.grantableRoles.map((r) => r.name)]);

    await submitForm(element, { email: 'not-an-email' });
    expect(root(element).querySelector('#member-email-error')!.textContent).to.contain('Enter a valid email address');
    expect(root(element).querySelector('#member-roleId-error')!.textContent).to.equal('Choose a role.');
    expect(root(element).activeElement!.id).to.equal('member-email');
    expect(fake.callsTo('inviteCompanyMember')).to.have.length(0);

    const intent = once(element, 'settings-member-invite');
    const fact = once(element, 'settings-member-invited');
    await submitForm(element, { email: 'new.hire@northwind.example', roleId: 'editor' });
    expect(await intent).to.deep.include({ scope: 'company', companyId: retail, input: { email: 'new.hire@northwind.example', roleId: 'editor' } });
    const invite = await fake.nextCall('inviteCompanyMember');
    expect(invite.args.slice(0, 2)).to.deep.equal([retail, { email: 'new.hire@northwind.example', roleId: 'editor' }]);
    invite.resolve(member('new', { userId: null, name: null, email: 'new.hire@northwind.example', status: 'invited' }));
    expect((await fact).member.email).to.equal('new.hire@northwind.example');
    // The list reloads; answered, the panel has settled.
    (await fake.nextCall('listCompanyMembers', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
    expect(dialog(element).open).to.equal(false);
    expect(root(element).querySelector('[part=status]')!.textContent).to.contain('Invitation email sent to new.hire@northwind.example.');
    expect(fake.callsTo('listCompanyMembers')).to.have.length(2);
  });

  it('keeps focus on Send invitation while it is pending; the dismiss button waits too', async () => {
    const { element, fake } = await renderLoaded();
    button(element, 'Invite member').click();
    await rendered(element);
    root(element).querySelector<HTMLInputElement>('#member-email')!.value = 'new.hire@northwind.example';
    root(element).querySelector<HTMLSelectElement>('#member-roleId')!.value = 'editor';
    const submit = root(element).querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.focus();
    submit.click();
    const invite = await fake.nextCall('inviteCompanyMember');
    await element.updateComplete;
    expect(root(element).activeElement).to.equal(submit);
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(submit.getAttribute('aria-busy')).to.equal('true');
    submit.click();
    const dismiss = [...root(element).querySelectorAll<HTMLButtonElement>('button[slot=actions]')].find((b) => b !== submit)!;
    expect(dismiss.disabled).to.equal(false);
    expect(dismiss.getAttribute('aria-disabled')).to.equal('true');
    dismiss.click();
    await rendered(element);
    expect(dialog(element).open).to.equal(true);
    expect(fake.callsTo('inviteCompanyMember')).to.have.length(1);
    invite.resolve(member('new', { userId: null, name: null, email: 'new.hire@northwind.example', status: 'invited' }));
    (await fake.nextCall('listCompanyMembers', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
    expect(dialog(element).open).to.equal(false);
  });

  it('keeps focus on Remove while removing is pending', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'Maya Chen', 'Remove');
    const remove = [...root(element).querySelectorAll<HTMLButtonElement>('button.danger')][0]!;
    remove.focus();
    remove.click();
    const call = await fake.nextCall('removeCompanyMember');
    await element.updateComplete;
    expect(root(element).activeElement).to.equal(remove);
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    const removed = once(element, 'settings-member-removed');
    call.resolve(undefined);
    // Its audit record names who left this company, with nothing after.
    const { change } = await removed;
    expect([change.action, change.companyId, change.target]).to.deep.equal(['member.removed', retail, { type: 'company-member', id: 'maya' }]);
    expect(change.changes['email']!.after).to.equal(null);
    // The removal ends before the test does: its reload answered, the panel settled.
    (await fake.nextCall('listCompanyMembers', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
  });

  it('keeps focus on Keep invitation while cancelling is pending: announced unavailable, a click does not close the dialog', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'store@northwind.example', 'Cancel invitation');
    button(element, 'Cancel invitation').click();
    const call = await fake.nextCall('removeCompanyMember');
    await element.updateComplete;
    const keep = button(element, 'Keep invitation');
    keep.focus();
    keep.click();
    await rendered(element);
    expect(dialog(element).open).to.equal(true);
    expect(root(element).activeElement).to.equal(keep);
    expect(keep.disabled).to.equal(false);
    expect(keep.getAttribute('aria-disabled')).to.equal('true');
    call.resolve(undefined);
    (await fake.nextCall('listCompanyMembers', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
    expect(dialog(element).open).to.equal(false);
    expect(root(element).querySelector('[part=status]')!.textContent).to.contain('The invitation to store@northwind.example was cancelled.');
  });

  it('shows the error of the dialog on screen only, and none once it is closed', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'store@northwind.example', 'Resend invitation');
    (await fake.nextCall('resendCompanyInvitation')).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    await element.taskComplete;
    expect(root(element).querySelector('[role=alert]')).to.not.equal(null);
    await chooseRowAction(element, 'Maya Chen', 'Remove');
    expect(root(element).querySelector('[role=alert]'), 'the resend failure is not the removal').to.equal(null);
    button(element, 'Remove').click();
    (await fake.nextCall('removeCompanyMember')).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    await element.taskComplete;
    expect(dialog(element).querySelector('[role=alert]')).to.not.equal(null);
    button(element, 'Cancel').click();
    await rendered(element);
    expect(dialog(element).open).to.equal(false);
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
    await chooseRowAction(element, 'Maya Chen', 'Change role');
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
  });

  it('drops a resend that finishes after a company switch: the new company keeps its own notice', async () => {
    const { element, fake, provider } = await renderLoaded(loaded, orgAdmin);
    await chooseRowAction(element, 'store@northwind.example', 'Resend invitation');
    const call = await fake.nextCall('resendCompanyInvitation');
    provider.selectCompany(logistics);
    (await fake.nextCall('listCompanyMembers', 1)).resolve(structuredClone(loaded));
    // The new company's list is on screen before the late failure; the panel's taskComplete would
    // also wait for that pending resend, so nothing but the answer's reactions is left to run.
    await drainMicrotasks();
    await element.updateComplete;
    expect(root(element).querySelectorAll('tbody tr')).to.have.length(loaded.items.length);
    call.reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    await element.taskComplete;
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
    expect(shadowText(element)).to.not.contain('store@northwind.example…');
  });

  it('keeps the invitation form and explains a conflict', async () => {
    const { element, fake } = await renderLoaded();
    button(element, 'Invite member').click();
    await rendered(element);
    await submitForm(element, { email: 'maya@northwind.example', roleId: 'viewer' });
    (await fake.nextCall('inviteCompanyMember')).reject(
      new SettingsApiError({ status: 409, code: 'already_member', message: 'maya@northwind.example is already a member of Northwind Retail.' }),
    );
    await element.taskComplete;
    expect(dialog(element).open).to.equal(true);
    expect(root(element).querySelector<HTMLInputElement>('#member-email')!.value).to.equal('maya@northwind.example');
    expect(root(element).querySelector<HTMLSelectElement>('#member-roleId')!.value).to.equal('viewer');
    expect(root(element).querySelector('[role=alert]')!.textContent).to.contain('already a member of Northwind Retail');
  });

  it('changes a role from the row menu and shows the answer in place', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'Maya Chen', 'Change role');
    expect(dialog(element).heading).to.equal('Change the role of Maya Chen');
    expect(root(element).querySelector<HTMLSelectElement>('#member-roleId')!.value).to.equal('editor');
    const intent = once(element, 'settings-member-update');
    await submitForm(element, { roleId: 'viewer' });
    const event = await intent;
    expect(event.member.id).to.equal('maya');
    expect(event.input).to.deep.equal({ roleId: 'viewer' });
    const update = await fake.nextCall('updateCompanyMember');
    expect(update.args.slice(0, 3)).to.deep.equal([retail, 'maya', { roleId: 'viewer' }]);
    const updated = once(element, 'settings-member-updated');
    update.resolve({ ...editor, role: { id: 'viewer', name: 'Viewer' } });
    const { change } = await updated;
    // Its audit record: only the role, before and after.
    expect([change.action, change.companyId, change.target]).to.deep.equal(['member.updated', retail, { type: 'company-member', id: 'maya' }]);
    expect(change.changes).to.deep.equal({ 'role.id': { before: 'editor', after: 'viewer' }, 'role.name': { before: 'Editor', after: 'Viewer' } });
    await element.taskComplete;
    expect(rowOf(element, 'Maya Chen').querySelector('td')!.textContent).to.contain('Viewer');
    expect(shadowText(element)).to.contain('Maya Chen now has the Viewer role.');
    expect(fake.callsTo('getSession')).to.have.length(1);
  });

  it('warns before you change your own role and refreshes your access afterwards', async () => {
    const { element, fake, provider } = await renderLoaded();
    await chooseRowAction(element, 'Lucas Moreau', 'Change role');
    expect(shadowText(element)).to.contain('This is your own role');
    await submitForm(element, { roleId: 'viewer' });
    (await fake.nextCall('updateCompanyMember')).resolve({ ...you, role: { id: 'viewer', name: 'Viewer' } });
    // The write, then the session refresh it starts.
    await element.taskComplete;
    await provider.taskComplete;
    expect(fake.callsTo('getSession')).to.have.length(2);
  });

  it('resends an invitation and says so; a failure says when to retry', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'store@northwind.example', 'Resend invitation');
    expect(shadowText(element)).to.contain('Sending the invitation again to store@northwind.example…');
    (await fake.nextCall('resendCompanyInvitation')).reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 20 }));
    await element.taskComplete;
    expect(root(element).querySelector('[role=alert]')!.textContent).to.contain('Try again in 20 seconds');

    const resent = once(element, 'settings-invitation-resent');
    await chooseRowAction(element, 'store@northwind.example', 'Resend invitation');
    const renewed = new Date(Date.now() + 7 * day).toISOString();
    (await fake.nextCall('resendCompanyInvitation', 1)).resolve({ ...invited, invitationExpiresAt: renewed });
    const fact = await resent;
    expect(fact.member.invitationExpiresAt).to.equal(renewed);
    expect([fact.change.action, fact.change.changes]).to.deep.equal(['invitation.resent', { invitationExpiresAt: { before: invited.invitationExpiresAt, after: renewed } }]);
    await element.taskComplete;
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
    expect(shadowText(element)).to.contain('Invitation email sent again to store@northwind.example.');
    expect(rowOf(element, 'store@northwind.example').querySelector('time')!.getAttribute('datetime')).to.equal(renewed);
  });

  it('cancels an invitation after a confirmation', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'store@northwind.example', 'Cancel invitation');
    expect(dialog(element).heading).to.equal('Cancel the invitation to store@northwind.example?');
    expect(findButton(element, 'Keep invitation')).to.not.equal(null);
    const removed = once(element, 'settings-member-removed');
    button(element, 'Cancel invitation').click();
    const call = await fake.nextCall('removeCompanyMember');
    expect(call.args.slice(0, 2)).to.deep.equal([retail, 'store']);
    call.resolve(undefined);
    expect((await removed).member.id).to.equal('store');
    (await fake.nextCall('listCompanyMembers', 1)).resolve(pageOf([you, editor, expired, fromOrganization]));
    await element.taskComplete;
    expect(shadowText(element)).to.contain('The invitation to store@northwind.example was cancelled.');
  });

  it('warns that removing yourself loses access to the company, then refreshes your access', async () => {
    const { element, fake, provider } = await renderLoaded();
    await chooseRowAction(element, 'Lucas Moreau', 'Remove');
    expect(dialog(element).heading).to.equal('Remove Lucas Moreau from Northwind Retail?');
    expect(shadowText(element)).to.contain('You are removing yourself. You will lose access to Northwind Retail');
    button(element, 'Remove').click();
    (await fake.nextCall('removeCompanyMember')).resolve(undefined);
    // The list reloads and the session refreshes; both answered, both settled.
    (await fake.nextCall('listCompanyMembers', 1)).resolve(structuredClone(loaded));
    await element.taskComplete;
    await provider.taskComplete;
    expect(fake.callsTo('getSession')).to.have.length(2);
  });

  it('does not warn about yourself when removing someone else, and keeps the dialog on failure', async () => {
    const { element, fake } = await renderLoaded();
    await chooseRowAction(element, 'Maya Chen', 'Remove');
    expect(shadowText(element)).to.contain('Maya Chen will lose access to Northwind Retail');
    expect(shadowText(element)).to.not.contain('removing yourself');
    button(element, 'Remove').click();
    (await fake.nextCall('removeCompanyMember')).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    await element.taskComplete;
    expect(dialog(element).open).to.equal(true);
    expect(root(element).querySelector('[role=alert]')!.textContent).to.contain('Something went wrong');
  });

  it('closes an open dialog when the company changes', async () => {
    const { element, fake, provider } = await renderLoaded(loaded, orgAdmin);
    button(element, 'Invite member').click();
    await rendered(element);
    provider.selectCompany(logistics);
    // The provider renders the new company, then the panel (its list for it stays unanswered).
    await provider.taskComplete;
    await rendered(element);
    expect(dialog(element).open).to.equal(false);
    expect(root(element).querySelector('form')).to.equal(null);
    expect((await fake.nextCall('listCompanyMembers', 1)).args[0]).to.equal(logistics);
  });

  it('is read-only for an Editor: says why, no invite, no row actions', async () => {
    const { element } = await renderLoaded(loaded, db.sessionFor('sso-user'));
    expect(shadowText(element)).to.contain('View only: your role is Editor.');
    expect(findButton(element, 'Invite member')).to.equal(null);
    expect(root(element).querySelector('settings-action-menu')).to.equal(null);
  });

  it('is operable by keyboard: Invite member opens the form, Escape closes it and returns focus', async () => {
    const { element } = await renderLoaded();
    const invite = button(element, 'Invite member');
    invite.focus();
    await sendKeys({ press: 'Enter' });
    await rendered(element);
    expect(dialog(element).open).to.equal(true);
    expect(root(element).activeElement!.id).to.equal('member-email');
    await sendKeys({ type: 'kim@northwind.example' });
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement!.id).to.equal('member-roleId');
    // The native dialog reports Escape's close in a task of its own; then the panel renders it.
    const closed = once(dialog(element), 'settings-dialog-closed');
    await sendKeys({ press: 'Escape' });
    await closed;
    await element.updateComplete;
    expect(dialog(element).open).to.equal(false);
    expect(root(element).activeElement).to.equal(invite);
  });

  describe('against the mock server', () => {
    it('invites a member as Editor and lists the invitation', async () => {
      const client = createMockClient({ persona: 'company-admin' });
      const { element } = await renderInProvider<SettingsCompanyMembers>(html`<settings-company-members></settings-company-members>`, { client });
      await element.taskComplete;
      expect(rowOf(element, 'Lucas Moreau').textContent).to.contain('(you)');
      button(element, 'Invite member').click();
      await rendered(element);
      await submitForm(element, { email: 'new.editor@northwind.example', roleId: 'editor' });
      // The invitation, then the list's reload it starts.
      await element.taskComplete;
      expect(shadowText(element)).to.contain('Invitation email sent to new.editor@northwind.example.');
      expect(root(element).querySelector('tbody')!.textContent).to.contain('new.editor@northwind.example');
      const row = rowOf(element, 'new.editor@northwind.example');
      expect(row.textContent).to.contain('Editor');
      expect(row.textContent).to.contain('Invitation expires');
    });
  });
});
