import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-admin-team.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import { createMockDb } from '../../mocks/db.js';
import type { SettingsActionMenu } from '../../src/components/settings-action-menu/settings-action-menu.js';
import type { SettingsAdminTeam } from '../../src/components/settings-admin-team/settings-admin-team.js';
import type { SettingsAdminTeamForm } from '../../src/components/settings-admin-team/settings-admin-team-form.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';
import { defineElement } from '../../src/internal/define-element.js';
import { loadElementWith } from '../../src/internal/lazy-element.js';
import { FakeClient } from '../support/fake-client.js';
import { failElementCode, holdElementCode } from '../support/element-code.js';
import { drainMicrotasks, once, renderInProvider } from '../support/render.js';
import { button, text, focusedElement } from '../support/dom.js';
import { collectConsoleErrors } from '../support/console-errors.js';
import { isWebKit } from '../support/engine.js';

/**
 * The Add member / Edit dialog is not part of `settings-elements/define/settings-admin-team`: the
 * panel imports its code (and strings) when a manager first adds or edits a member, or when the
 * pointer rests on or focus reaches Add member. These tests hold that import back by hand (or make
 * it fail for real: a chunk that is not on the server) to see every state the user goes through.
 */

const db = createMockDb();
const session = db.sessionFor('owner');
const team = db.actingAs('owner').listAdminTeam({ limit: 25 });
const tag = 'settings-admin-team-form';

/** What the define module does when the panel asks: import the form's module, define it. */
async function defineForm() {
  const { SettingsAdminTeamForm } = await import('../../src/components/settings-admin-team/settings-admin-team-form.js');
  defineElement(tag, SettingsAdminTeamForm);
}

/** The form's import held until the test lets it through, counting how often the panel asks. */
const heldImport = () => holdElementCode(tag, defineForm);

/** An import that fails as a missing chunk does (a deploy replaced it). */
const missingChunk = () => failElementCode(tag);

async function loaded() {
  const fake = new FakeClient({ session });
  const { element } = await renderInProvider<SettingsAdminTeam>(html`<settings-admin-team></settings-admin-team>`, { client: fake.client });
  (await fake.nextCall('listAdminTeam')).resolve(structuredClone(team));
  await element.taskComplete;
  return { fake, element };
}

/** The form element: the panel renders it once its code is here. */
const formElement = (element: SettingsAdminTeam) => element.shadowRoot!.querySelector<SettingsAdminTeamForm>(tag);
const formDialog = (element: SettingsAdminTeam) => formElement(element)?.shadowRoot?.querySelector<SettingsDialog>('settings-dialog') ?? null;
/** Whether the form's dialog shows (the form, once defined, keeps it closed in its shadow root). */
const formOpen = (element: SettingsAdminTeam) => formDialog(element)?.open === true;
const addButton = (element: SettingsAdminTeam) => button(element.shadowRoot!, 'Add member');
const busyState = (b: Element) => [b.getAttribute('aria-disabled'), b.getAttribute('aria-busy')];
const alert = (element: SettingsAdminTeam) => element.shadowRoot!.querySelector('[role=alert]');

function rowMenu(element: SettingsAdminTeam, who: string): SettingsActionMenu {
  const row = [...element.shadowRoot!.querySelectorAll('tr[part=row]')].find((r) => r.querySelector('th')!.textContent.includes(who))!;
  return row.querySelector('settings-action-menu')!;
}

describe('settings-admin-team Add member / Edit, its code loaded when first needed', () => {
  const consoleErrors = collectConsoleErrors();
  afterEach(() => {
    loadElementWith(tag, defineForm);
  });

  it('shows Add member busy while the code loads, then opens the dialog; Cancel returns focus to Add member', async () => {
    const held = heldImport();
    const { element } = await loaded();
    expect(held.calls, 'not fetched with the panel').to.equal(0);
    expect(formElement(element), 'not in the page before its code').to.equal(null);
    const add = addButton(element);
    add.focus();
    expect(held.calls, 'fetched ahead once focus reaches Add member').to.equal(1);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(busyState(add), 'busy, and still focusable').to.deep.equal(['true', 'true']);
    expect(focusedElement() === add, 'Add member keeps focus').to.equal(true);
    expect(formOpen(element), 'nothing open yet').to.equal(false);
    // Pressed again meanwhile: nothing more starts.
    await sendKeys({ press: 'Enter' });
    expect(held.calls, 'the prefetch and the press share one import').to.equal(1);

    held.release();
    await element.taskComplete;
    const form = formElement(element)!;
    await form.updateComplete;
    const dialog = formDialog(element)!;
    expect([dialog.heading, dialog.open]).to.deep.equal(['Add member', true]);
    expect(text(form.shadowRoot!.querySelector('label[for=email]')), 'its own strings arrived with it').to.equal('Email address');
    expect(form.shadowRoot!.activeElement?.id, 'the email field focused').to.equal('email');
    expect(busyState(add)).to.deep.equal(['false', 'false']);

    const closed = once(dialog, 'settings-dialog-closed');
    button(form.shadowRoot!, 'Cancel').click();
    await closed;
    expect(focusedElement() === add, 'focus back on Add member').to.equal(true);
  });

  it('opens Edit once the code arrives, the row’s menu busy meanwhile', async () => {
    const held = heldImport();
    const { fake, element } = await loaded();
    const menu = rowMenu(element, 'Daniel Okafor');
    menu.dispatchEvent(new PointerEvent('pointerenter'));
    expect(held.calls, 'fetched ahead while the pointer rests on the menu').to.equal(1);
    const trigger = menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!;
    trigger.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(menu.getAttribute('aria-busy')).to.equal('true');
    expect(busyState(addButton(element)), 'Add member waits too').to.deep.equal(['true', 'false']);
    expect(focusedElement() === trigger, 'focus on the menu’s button').to.equal(true);

    held.release();
    await element.taskComplete;
    await formElement(element)!.updateComplete;
    expect(formDialog(element)?.heading).to.equal('Edit role and access of Daniel Okafor');
    expect(menu.getAttribute('aria-busy')).to.equal('false');
    (await fake.nextCall('listOrganizationCompanies')).resolve({ items: [], nextCursor: null, total: 0 });
    await formElement(element)!.taskComplete;
    const closed = once(formDialog(element)!, 'settings-dialog-closed');
    button(formElement(element)!.shadowRoot!, 'Cancel').click();
    await closed;
    expect(focusedElement() === trigger, 'focus back on the menu’s button').to.equal(true);
  });

  it('says when the code could not be loaded, opens nothing, and opens the dialog on Try again', async () => {
    missingChunk();
    const { element } = await loaded();
    const add = addButton(element);
    add.focus();
    await sendKeys({ press: 'Enter' });
    await element.taskComplete;

    expect(text(alert(element)?.querySelector('p'))).to.equal(
      'The member dialog could not be loaded. Check your connection and try again; if it keeps failing, reload the page.',
    );
    expect(formOpen(element), 'nothing half-open').to.equal(false);
    expect(busyState(add), 'Add member available again').to.deep.equal(['false', 'false']);
    expect(focusedElement() === add, 'focus stays on Add member').to.equal(true);
    expect(consoleErrors.logged('could not be loaded'), 'the failure is logged').to.equal(true);
    await expect(element).to.be.accessible();

    // The chunk is back (the network again, a reload of the server's files): Try again.
    const held = heldImport();
    button(alert(element)!, 'Try again').click();
    await element.updateComplete;
    expect(alert(element), 'the failure goes while it tries again').to.equal(null);
    expect(focusedElement() === add, 'focus on the busy Add member that asked').to.equal(true);
    expect(busyState(add)).to.deep.equal(['true', 'true']);
    held.release();
    await element.taskComplete;
    await formElement(element)!.updateComplete;
    const dialog = formDialog(element)!;
    expect(dialog.open).to.equal(true);
    const closed = once(dialog, 'settings-dialog-closed');
    button(formElement(element)!.shadowRoot!, 'Cancel').click();
    await closed;
    expect(focusedElement() === add, 'focus back on Add member').to.equal(true);
  });

  it('fetches the code anew on Try again after its fetch failed, though the engine keeps that failure', async function () {
    // Engines keep a failed module fetch, so importing the same address again fails without asking the
    // server. Chromium and Firefox name the address in their error, and Try again imports it under
    // another; WebKit names none, so there only a reload fetches it (the message says so).
    if (isWebKit()) this.skip();
    // The form's chunk answers 503 once, then is served (the test server's /__flaky/ route).
    const run = Math.random().toString(36).slice(2);
    const flakyForm = `/__flaky/src/components/settings-admin-team/settings-admin-team-form.js?run=${run}`;
    loadElementWith(tag, async (importChunk) => {
      const { defineAdminTeamForm } = await importChunk(
        () => import(/* @vite-ignore */ flakyForm) as Promise<typeof import('../../src/components/settings-admin-team/settings-admin-team-form.js')>,
      );
      defineAdminTeamForm();
    });
    const { element } = await loaded();
    addButton(element).click();
    await element.taskComplete;
    expect(alert(element) !== null, 'the failure is said').to.equal(true);

    button(alert(element)!, 'Try again').click();
    await element.taskComplete;
    // (an element in a failed assertion would be serialized, shadow roots and all: compared as booleans)
    expect(alert(element) === null, 'no failure once fetched anew').to.equal(true);
    await formElement(element)!.updateComplete;
    expect(formOpen(element), 'the dialog opens').to.equal(true);
  });

  it('says nothing when a prefetch failed: only a press asks for the code again', async () => {
    let calls = 0;
    loadElementWith(tag, () => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    const { element } = await loaded();
    addButton(element).dispatchEvent(new PointerEvent('pointerenter'));
    await drainMicrotasks();
    expect([calls, alert(element)]).to.deep.equal([1, null]);
    addButton(element).click();
    await element.taskComplete;
    expect(calls, 'imported anew').to.equal(2);
    expect(alert(element)).to.not.equal(null);
  });

  it('opens nothing on top when the removal’s confirmation opened while the code loaded', async () => {
    const held = heldImport();
    const { element } = await loaded();
    addButton(element).click();
    await element.updateComplete;
    const menu = rowMenu(element, 'Daniel Okafor');
    menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!.click();
    await menu.updateComplete;
    [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent.includes('Remove'))!.click();
    await element.updateComplete;
    const confirmation = element.shadowRoot!.querySelector<SettingsDialog>('settings-dialog')!;
    expect(confirmation.open).to.equal(true);
    expect(busyState(addButton(element)), 'Add member no longer waits').to.deep.equal(['false', 'false']);
    held.release();
    await element.taskComplete;
    await formElement(element)!.updateComplete;
    expect(formOpen(element), 'the form did not open').to.equal(false);
  });

  it('opens nothing when the panel left the page while the code loaded', async () => {
    const held = heldImport();
    const { element } = await loaded();
    addButton(element).click();
    await element.updateComplete;
    const provider = element.parentElement!;
    element.remove();
    held.release();
    await element.taskComplete;
    provider.append(element);
    await element.taskComplete;
    await formElement(element)!.updateComplete;
    expect(formOpen(element), 'the form did not open').to.equal(false);
    expect(busyState(addButton(element))).to.deep.equal(['false', 'false']);
  });
});
