import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-api-keys.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import type { ApiKey, Page } from '../../src/api/types.js';
import type { SettingsApiKeyRotation } from '../../src/components/settings-api-keys/settings-api-key-rotation.js';
import type { SettingsApiKeys } from '../../src/components/settings-api-keys/settings-api-keys.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';
import { loadElementWith } from '../../src/internal/lazy-element.js';
import { createMockDb } from '../../mocks/db.js';
import { FakeClient } from '../support/fake-client.js';
import { failElementCode, holdElementCode } from '../support/element-code.js';
import { drainMicrotasks, once, renderInProvider } from '../support/render.js';
import { button, text } from '../support/dom.js';
import { apiKeyAnswers, testApiKey } from '../support/api-key-answers.js';
import { defineKeyDialogs, keyDialogs } from '../support/api-key-dialogs.js';
import { collectConsoleErrors } from '../support/console-errors.js';

/**
 * The guided rotation is not part of `settings-elements/define/settings-api-keys`: the panel imports
 * its code (and strings) when a manager first starts or resumes a rotation, or when the pointer rests
 * on or focus reaches a Rotate button. These tests hold that import back by hand (or make it fail
 * for real: a chunk that is not on the server) to see every state the user goes through.
 */

const ci = testApiKey({ id: 'k1', name: 'CI deploy', replacedByKeyId: 'k2' });
const staging = testApiKey({ id: 'k3', name: 'Staging' });
const replacement = testApiKey({ id: 'k2', name: 'CI deploy v2', createdAt: new Date().toISOString(), lastUsedAt: null, replacesKeyId: 'k1' });
const page = (items: ApiKey[]): Page<ApiKey> => ({ items, nextCursor: null, total: items.length });
const session = createMockDb().sessionFor('owner');

/** How the define module has the rotation loaded; the tests swap in their own. */
const loadRotationWith = (define: () => Promise<void>) => loadElementWith('settings-api-key-rotation', define);

// The panel's other dialogs (a key's details), here from the start: these tests open them while the rotation's code loads.
await defineKeyDialogs();

/** What the define module does when the panel asks: import the rotation's module, define it and its secret view. */
async function defineRotation() {
  const { defineApiKeyRotation } = await import('../../src/components/settings-api-keys/settings-api-key-rotation.js');
  defineApiKeyRotation();
}

/** The rotation's import held until the test lets it through, counting how often the panel asks. */
const heldImport = () => holdElementCode('settings-api-key-rotation', defineRotation);

/** An import that fails as a missing chunk does (a deploy replaced it). */
const missingChunk = () => failElementCode('settings-api-key-rotation');

async function loaded(items: ApiKey[]) {
  const fake = new FakeClient({ answers: apiKeyAnswers, session });
  const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
  (await fake.nextCall('listApiKeys')).resolve(page(items));
  await element.taskComplete;
  return { fake, element };
}

/** The rotation element: the panel renders it once its code is here. */
const rotationOf = (element: SettingsApiKeys) => element.shadowRoot!.querySelector<SettingsApiKeyRotation>('settings-api-key-rotation');

/** The rotation, once a request for it has opened (or not), and its update done. */
async function settledRotation(element: SettingsApiKeys) {
  await element.taskComplete;
  const rotation = rotationOf(element)!;
  await rotation.updateComplete;
  return rotation;
}

/** A row's button by its accessible name ("Rotate Staging"). */
const rowAction = (element: SettingsApiKeys, name: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`[part=row-actions] button[aria-label="${name}"]`)!;
const busyState = (b: HTMLButtonElement) => [b.disabled, b.getAttribute('aria-disabled'), b.getAttribute('aria-busy')];
const focused = (element: SettingsApiKeys) => element.shadowRoot!.activeElement;
const rotationDialog = (rotation: SettingsApiKeyRotation | null) => rotation?.shadowRoot?.querySelector<SettingsDialog>('settings-dialog') ?? null;
const alert = (element: SettingsApiKeys) => element.shadowRoot!.querySelector('[role=alert]');

describe('settings-api-keys rotation, its code loaded when first needed', () => {
  const consoleErrors = collectConsoleErrors();
  afterEach(() => {
    loadRotationWith(defineRotation);
  });

  it('shows the pressed Rotate busy while the code loads, then opens the rotation with focus in its name field', async () => {
    const held = heldImport();
    const { element } = await loaded([staging]);
    expect(held.calls, 'not fetched with the panel').to.equal(0);
    expect(rotationOf(element), 'not in the page before its code').to.equal(null);
    const rotate = rowAction(element, 'Rotate Staging');
    rotate.focus();
    expect(held.calls, 'fetched ahead once focus reaches Rotate').to.equal(1);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(busyState(rotate), 'busy, and still focusable').to.deep.equal([false, 'true', 'true']);
    expect(focused(element) === rotate, 'Rotate keeps focus').to.equal(true);
    expect(rotationDialog(rotationOf(element)), 'nothing open yet').to.equal(null);
    // Pressed again meanwhile: nothing more starts.
    await sendKeys({ press: 'Enter' });
    expect(held.calls, 'the prefetch and the press share one import').to.equal(1);

    held.release();
    const rotation = await settledRotation(element);
    const dialog = rotationDialog(rotation)!;
    expect(dialog.open).to.equal(true);
    expect(dialog.heading).to.equal('Rotate “Staging”');
    expect(text(rotation.shadowRoot!.querySelector('h3'))).to.equal('Step 1 of 4: Create the replacement');
    expect(rotation.shadowRoot!.activeElement === rotation.shadowRoot!.querySelector('#key-name'), 'name field focused').to.equal(true);
    expect(busyState(rotate)).to.deep.equal([false, 'false', 'false']);

    const closed = once(dialog, 'settings-dialog-closed');
    button(rotation, 'Cancel').click();
    await closed;
    expect(focused(element) === rotate, 'focus back on Rotate').to.equal(true);
  });

  it('resumes with Continue rotation at its step, the step heading focused, once the code arrives', async () => {
    const held = heldImport();
    const { fake, element } = await loaded([replacement, ci]);
    const resume = rowAction(element, 'Continue rotation of CI deploy');
    resume.dispatchEvent(new PointerEvent('pointerenter'));
    expect(held.calls, 'fetched ahead while the pointer rests on it').to.equal(1);
    resume.click();
    await element.updateComplete;
    expect(busyState(resume)).to.deep.equal([false, 'true', 'true']);
    held.release();
    (await fake.nextCall('getApiKey', 0)).resolve(ci);
    (await fake.nextCall('getApiKey', 1)).resolve(replacement);
    const rotation = await settledRotation(element);
    await rotation.taskComplete;
    await rotationDialog(rotation)!.updateComplete;
    expect(text(rotation.shadowRoot!.querySelector('h3'))).to.equal('Step 3 of 4: Confirm traffic');
    expect(rotation.shadowRoot!.activeElement === rotation.shadowRoot!.querySelector('h3'), 'step heading focused').to.equal(true);
  });

  it('says when the code could not be loaded, opens nothing, and opens the rotation on Try again', async () => {
    missingChunk();
    const { element } = await loaded([staging]);
    const rotate = rowAction(element, 'Rotate Staging');
    rotate.focus();
    await sendKeys({ press: 'Enter' });
    await element.taskComplete;

    expect(text(alert(element)?.querySelector('p'))).to.equal(
      'The key rotation could not be loaded. Check your connection and try again; if it keeps failing, reload the page.',
    );
    expect(rotationDialog(rotationOf(element)), 'nothing half-open').to.equal(null);
    expect(busyState(rotate), 'Rotate available again').to.deep.equal([false, 'false', 'false']);
    expect(focused(element) === rotate, 'focus stays on Rotate').to.equal(true);
    expect(consoleErrors.logged('could not be loaded'), 'the failure is logged').to.equal(true);
    await expect(element).to.be.accessible();

    // The chunk is back (the network again, a reload of the server's files): Try again.
    const held = heldImport();
    button(alert(element)!, 'Try again').click();
    await element.updateComplete;
    expect(alert(element), 'the failure goes while it tries again').to.equal(null);
    expect(focused(element) === rotate, 'focus on the busy Rotate that asked').to.equal(true);
    expect(busyState(rotate)).to.deep.equal([false, 'true', 'true']);
    held.release();
    const rotation = await settledRotation(element);
    expect(rotationDialog(rotation)?.open).to.equal(true);
    const closed = once(rotationDialog(rotation)!, 'settings-dialog-closed');
    button(rotation, 'Cancel').click();
    await closed;
    expect(focused(element) === rotate, 'focus back on Rotate').to.equal(true);
  });

  it('says nothing when a prefetch failed: only a press asks for the code again', async () => {
    let calls = 0;
    loadRotationWith(() => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    const { element } = await loaded([staging]);
    const rotate = rowAction(element, 'Rotate Staging');
    rotate.dispatchEvent(new PointerEvent('pointerenter'));
    await drainMicrotasks();
    expect([calls, alert(element)]).to.deep.equal([1, null]);
    rotate.click();
    await element.taskComplete;
    expect(calls, 'imported anew').to.equal(2);
    expect(alert(element)).to.not.equal(null);
  });

  it('opens nothing on top when another dialog opened while the code loaded', async () => {
    const held = heldImport();
    const { element } = await loaded([staging]);
    rowAction(element, 'Rotate Staging').click();
    await element.updateComplete;
    // Every other action stays available: the user opens a key's details meanwhile.
    button(element, 'Staging').click();
    await element.updateComplete;
    const details = keyDialogs(element).querySelector<SettingsDialog>('settings-dialog')!;
    expect([details.heading, details.open]).to.deep.equal(['API key “Staging”', true]);
    expect(busyState(rowAction(element, 'Rotate Staging')), 'the rotation no longer waits').to.deep.equal([false, 'false', 'false']);
    held.release();
    expect(rotationDialog(await settledRotation(element)), 'the rotation did not open').to.equal(null);
  });

  it('opens nothing on top when another dialog opens as the code arrives, before the panel has drawn the rotation', async () => {
    const held = heldImport();
    const { element } = await loaded([staging]);
    rowAction(element, 'Rotate Staging').click();
    await element.updateComplete;
    // The update that puts the arrived rotation in the page: the user opens a key's details right then.
    let armed = false;
    element.addController({
      hostUpdated() {
        if (!armed) return;
        armed = false;
        button(element, 'Staging').click();
      },
    });
    armed = true;
    held.release();
    const rotation = await settledRotation(element);
    const details = keyDialogs(element).querySelector<SettingsDialog>('settings-dialog')!;
    expect([details.heading, details.open]).to.deep.equal(['API key “Staging”', true]);
    expect(rotationDialog(rotation), 'the rotation did not open').to.equal(null);
  });

  it('opens nothing when the panel left the page while the code loaded', async () => {
    const held = heldImport();
    const { element } = await loaded([staging]);
    rowAction(element, 'Rotate Staging').click();
    await element.updateComplete;
    const provider = element.parentElement!;
    element.remove();
    held.release();
    await element.taskComplete;
    provider.append(element);
    expect(rotationDialog(await settledRotation(element)), 'the rotation did not open').to.equal(null);
    expect(busyState(rowAction(element, 'Rotate Staging'))).to.deep.equal([false, 'false', 'false']);
  });
});
