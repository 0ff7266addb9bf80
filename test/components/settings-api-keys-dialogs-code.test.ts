import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-api-keys.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import type { ApiKey, Page, Session } from '../../src/api/types.js';
import type { SettingsApiKeyDialogs } from '../../src/components/settings-api-keys/settings-api-key-dialogs.js';
import type { SettingsApiKeys } from '../../src/components/settings-api-keys/settings-api-keys.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';
import { loadElementWith } from '../../src/internal/lazy-element.js';
import { createMockDb } from '../../mocks/db.js';
import { FakeClient } from '../support/fake-client.js';
import { failElementCode, holdElementCode } from '../support/element-code.js';
import { drainMicrotasks, once, renderInProvider } from '../support/render.js';
import { button, text, focusedElement } from '../support/dom.js';
import { apiKeyAnswers, testApiKey } from '../support/api-key-answers.js';
import { collectConsoleErrors } from '../support/console-errors.js';

/**
 * The API keys' dialogs (Create key, a key's details, the key policy, Revoke) are not part of
 * `settings-elements/define/settings-api-keys`: the panel imports their code (and strings) when a
 * dialog is first opened, or when the pointer rests on or focus reaches a button that opens one.
 * These tests hold that import back by hand (or make it fail for real: a chunk that is not on the
 * server) to see every state the user goes through.
 */

const tag = 'settings-api-key-dialogs';
const ci = testApiKey({ id: 'k1', name: 'CI deploy' });
const staging = testApiKey({ id: 'k3', name: 'Staging' });
const page = (items: ApiKey[]): Page<ApiKey> => ({ items, nextCursor: null, total: items.length });
const db = createMockDb();
const ownerSession = db.sessionFor('owner');

/** What the define module does when the panel asks: import the dialogs' module, define them and the secret view. */
async function defineDialogs() {
  const { defineApiKeyDialogs } = await import('../../src/components/settings-api-keys/settings-api-key-dialogs.js');
  defineApiKeyDialogs();
}

/** The dialogs' import held until the test lets it through, counting how often the panel asks. */
const heldImport = () => holdElementCode(tag, defineDialogs);

/** An import that fails as a missing chunk does (a deploy replaced it). */
const missingChunk = () => failElementCode(tag);

async function loaded(items: ApiKey[], session: Session = ownerSession) {
  const fake = new FakeClient({ answers: apiKeyAnswers, session });
  const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
  (await fake.nextCall('listApiKeys')).resolve(page(items));
  await element.taskComplete;
  return { fake, element };
}

/** The dialogs element: the panel renders it once its code is here. */
const dialogsOf = (element: SettingsApiKeys) => element.shadowRoot!.querySelector<SettingsApiKeyDialogs>(tag);
/** The open dialog, if any: the dialogs draw it in their own shadow root. */
const openDialog = (element: SettingsApiKeys) => {
  const dialog = dialogsOf(element)?.shadowRoot?.querySelector<SettingsDialog>('settings-dialog');
  return dialog?.open ? dialog : null;
};

/** Once a request for a dialog has opened (or not), and the dialog's own update is done. */
async function settled(element: SettingsApiKeys) {
  await element.taskComplete;
  await element.updateComplete;
  await dialogsOf(element)?.shadowRoot?.querySelector<SettingsDialog>('settings-dialog')?.updateComplete;
}

const createButton = (element: SettingsApiKeys) => button(element, 'Create key');
const rowAction = (element: SettingsApiKeys, name: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`[part=row-actions] button[aria-label="${name}"]`)!;
const busyState = (b: HTMLButtonElement) => [b.disabled, b.getAttribute('aria-disabled'), b.getAttribute('aria-busy')];
const alert = (element: SettingsApiKeys) => element.shadowRoot!.querySelector('[role=alert]');

describe('settings-api-keys dialogs, their code loaded when first needed', () => {
  const consoleErrors = collectConsoleErrors();
  afterEach(() => {
    loadElementWith(tag, defineDialogs);
  });

  it('shows Create key busy while the code loads, then opens the form with focus in its name field; Cancel returns focus to Create key', async () => {
    const held = heldImport();
    const { element } = await loaded([ci, staging]);
    expect(held.calls, 'not fetched with the panel').to.equal(0);
    expect(dialogsOf(element) === null, 'not in the page before its code').to.equal(true);
    const create = createButton(element);
    create.focus();
    expect(held.calls, 'fetched ahead once focus reaches Create key').to.equal(1);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(busyState(create), 'busy, and still focusable').to.deep.equal([false, 'true', 'true']);
    expect(focusedElement() === create, 'Create key keeps focus').to.equal(true);
    // Every other button that opens a dialog is unavailable meanwhile; Disable, a write of the row, is not.
    expect(busyState(rowAction(element, 'Revoke Staging'))).to.deep.equal([false, 'true', 'false']);
    expect(busyState(button(element, 'Staging'))).to.deep.equal([false, 'true', 'false']);
    button(element, 'Staging').click();
    // Pressed again meanwhile: nothing more starts.
    await sendKeys({ press: 'Enter' });
    expect(held.calls, 'the prefetch and the press share one import').to.equal(1);

    held.release();
    await settled(element);
    const dialog = openDialog(element)!;
    expect(dialog.heading, 'Create key opened, not the details pressed meanwhile').to.equal('Create key');
    expect(focusedElement() === dialogsOf(element)!.shadowRoot!.querySelector('#key-name'), 'name field focused').to.equal(true);
    expect(busyState(create)).to.deep.equal([false, 'false', 'false']);

    const closed = once(dialog, 'settings-dialog-closed');
    button(dialogsOf(element)!, 'Cancel').click();
    await closed;
    expect(focusedElement() === create, 'focus back on Create key').to.equal(true);
  });

  it("opens a key's details for a user who may only view keys, once the code arrives", async () => {
    const viewer = structuredClone(ownerSession);
    viewer.organization!.permissions = viewer.organization!.permissions.filter((p) => p !== 'org.api-keys.manage');
    const held = heldImport();
    const { element } = await loaded([ci], viewer);
    const name = button(element, 'CI deploy');
    name.dispatchEvent(new PointerEvent('pointerenter'));
    expect(held.calls, 'fetched ahead while the pointer rests on it').to.equal(1);
    name.click();
    await element.updateComplete;
    expect(busyState(name)).to.deep.equal([false, 'true', 'true']);
    held.release();
    await settled(element);
    const dialog = openDialog(element)!;
    expect(dialog.heading).to.equal('API key “CI deploy”');
    expect(text(dialog)).to.contain('Starts with');
    expect(dialogsOf(element)!.shadowRoot!.querySelector('settings-api-key-secret') === null, 'no secret view for a viewer').to.equal(true);
  });

  it('says when the code could not be loaded, opens nothing, and opens the dialog on Try again', async () => {
    missingChunk();
    const { element } = await loaded([ci]);
    const revoke = rowAction(element, 'Revoke CI deploy');
    revoke.focus();
    await sendKeys({ press: 'Enter' });
    await element.taskComplete;

    expect(text(alert(element)?.querySelector('p'))).to.equal(
      'This dialog could not be loaded. Check your connection and try again; if it keeps failing, reload the page.',
    );
    expect(openDialog(element) === null, 'nothing half-open').to.equal(true);
    expect(busyState(revoke), 'Revoke available again').to.deep.equal([false, 'false', 'false']);
    expect(focusedElement() === revoke, 'focus stays on Revoke').to.equal(true);
    expect(consoleErrors.logged('could not be loaded'), 'the failure is logged').to.equal(true);
    await expect(element).to.be.accessible();

    // The chunk is back (the network again, a reload of the server's files): Try again.
    const held = heldImport();
    button(alert(element)!, 'Try again').click();
    await element.updateComplete;
    expect(alert(element) === null, 'the failure goes while it tries again').to.equal(true);
    expect(focusedElement() === revoke, 'focus on the busy Revoke that asked').to.equal(true);
    expect(busyState(revoke)).to.deep.equal([false, 'true', 'true']);
    held.release();
    await settled(element);
    const dialog = openDialog(element)!;
    expect(dialog.heading).to.equal('Revoke “CI deploy”?');
    const closed = once(dialog, 'settings-dialog-closed');
    button(dialogsOf(element)!, 'Cancel').click();
    await closed;
    expect(focusedElement() === revoke, 'focus back on Revoke').to.equal(true);
  });

  it('says nothing when a prefetch failed: only a press asks for the code again', async () => {
    let calls = 0;
    loadElementWith(tag, () => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    const { element } = await loaded([ci]);
    const create = createButton(element);
    create.dispatchEvent(new PointerEvent('pointerenter'));
    await drainMicrotasks();
    expect([calls, alert(element) === null]).to.deep.equal([1, true]);
    create.click();
    await element.taskComplete;
    expect(calls, 'the press asks again').to.equal(2);
    expect(alert(element) !== null, 'and says it failed').to.equal(true);
  });

  it('opens nothing on top when a rotation was asked for while the code loaded', async () => {
    const held = heldImport();
    const { element } = await loaded([staging]);
    createButton(element).click();
    await element.updateComplete;
    // Rotate is not a dialog of these: it stays available, and asking for it drops the wait.
    rowAction(element, 'Rotate Staging').click();
    await element.updateComplete;
    expect(busyState(createButton(element)), 'Create key no longer waits').to.deep.equal([false, 'false', 'false']);
    held.release();
    await settled(element);
    expect(openDialog(element) === null, 'Create key did not open').to.equal(true);
  });

  it('opens nothing when the panel left the page while the code loaded', async () => {
    const held = heldImport();
    const { element } = await loaded([ci]);
    createButton(element).click();
    await element.updateComplete;
    const provider = element.parentElement!;
    element.remove();
    held.release();
    await element.taskComplete;
    provider.append(element);
    await settled(element);
    expect(openDialog(element) === null, 'nothing opened').to.equal(true);
    expect(busyState(createButton(element))).to.deep.equal([false, 'false', 'false']);
  });
});
