import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/define/settings-sites.js';
import { createMockDb } from '../../mocks/db.js';
import type { Page, Site } from '../../src/api/types.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';
import type { SettingsSites } from '../../src/components/settings-sites/settings-sites.js';
import { loadDialogWith } from '../../src/kit/views/dialog.js';
import { FakeClient } from '../support/fake-client.js';
import { once, renderInProvider } from '../support/render.js';
import { button, text, focusedElement } from '../support/dom.js';
import { collectConsoleErrors } from '../support/console-errors.js';

/**
 * `<settings-dialog>` is not part of a section's code: `renderDialog` fetches it when the first dialog
 * opens (`<settings-app>` fetches it ahead, lazy-sections.test.ts). These tests hold that
 * fetch back by hand (or make it fail for real: a chunk that is not on the server) to see what the
 * user goes through. They run in order: once the dialog is defined, it stays so for the page.
 */

const db = createMockDb();
const session = db.sessionFor('company-admin');
const sites: Page<Site> = {
  items: [{ id: 's1', name: 'Harbor Store', address: '1 Harbor Road, Seattle', timeZone: 'America/Los_Angeles', status: 'active', createdAt: '2026-01-05T10:00:00Z' }],
  nextCursor: null,
  total: 1,
};

/** The dialog's import held until the test lets it through, counting how often it is asked for. */
function heldImport() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = { calls: 0, release };
  loadDialogWith(() => {
    held.calls++;
    return released.then(() => import('../../src/define/settings-dialog.js'));
  });
  return held;
}

/** An import that fails as a missing chunk does (a deploy replaced it): the browser's own error. */
function missingChunk() {
  const url = `/no-such-chunk-${Math.random().toString(36).slice(2)}.js`;
  loadDialogWith(() => import(/* @vite-ignore */ url));
}

async function loaded() {
  const fake = new FakeClient({ session });
  const { element } = await renderInProvider<SettingsSites>(html`<settings-sites></settings-sites>`, { client: fake.client });
  (await fake.nextCall('listSites')).resolve(structuredClone(sites));
  await element.taskComplete;
  return element;
}

const root = (element: SettingsSites) => element.shadowRoot!;
const dialogElement = (element: SettingsSites) => root(element).querySelector<SettingsDialog>('settings-dialog');
const alert = (element: SettingsSites) => root(element).querySelector('[role=alert]');
const status = (element: SettingsSites) => root(element).querySelector('[part=state][role=status]');

describe('renderDialog: <settings-dialog> loaded when first needed', () => {
  const consoleErrors = collectConsoleErrors();

  it('is not in the page before its code, and a panel alone fetches nothing ahead (the shell prefetches it)', async () => {
    const held = heldImport();
    const element = await loaded();
    expect(customElements.get('settings-dialog')).to.equal(undefined);
    // No undefined element left in the page for whoever inspects it.
    expect(dialogElement(element) === null).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held.calls).to.equal(0);
  });

  it('says a failure in the panel that met it; another panel’s first dialog fetches the code anew', async () => {
    // A chunk missing once (a deploy replaced it), then held back on the next attempt.
    const attempts: string[] = [];
    loadDialogWith(() => {
      attempts.push('import');
      return attempts.length === 1 ? import(/* @vite-ignore */ `/no-such-chunk-${Math.random().toString(36).slice(2)}.js`) : new Promise(() => {});
    });
    const first = await loaded();
    button(root(first), 'Add site').click();
    // a missing chunk's 404, in a busy engine, can take longer than waitUntil's default 1 s
    await waitUntil(() => alert(first), 'the failure was never said', { timeout: 15_000 });

    const second = await loaded();
    button(root(second), 'Add site').click();
    await second.updateComplete;
    expect(alert(second) === null, 'no failure it never had').to.equal(true);
    expect(status(second), 'loading in its dialog’s place').to.exist;
    expect(attempts).to.deep.equal(['import', 'import']);
    expect(alert(first), 'the first still says it').to.exist;
  });

  it('says a dialog could not be loaded, with Try again that opens it once its code arrives', async () => {
    missingChunk();
    const element = await loaded();
    const add = button(root(element), 'Add site');
    add.focus();
    add.click();
    await element.updateComplete;
    expect(status(element), 'loading in the dialog’s place').to.exist;
    expect(focusedElement() === add, 'focus stays on what opened it').to.equal(true);
    await waitUntil(() => alert(element), 'the failure was never said', { timeout: 15_000 });
    expect(text(alert(element))).to.contain('This dialog could not be loaded. Check your connection and try again');
    expect(dialogElement(element) === null).to.equal(true);
    expect(consoleErrors.logged('<settings-dialog> could not be loaded')).to.equal(true);

    const held = heldImport();
    const tryAgain = button(alert(element)!, 'Try again');
    tryAgain.focus();
    tryAgain.click();
    await element.updateComplete;
    expect(alert(element) === null).to.equal(true);
    expect(status(element)).to.exist;
    expect(held.calls).to.equal(1);
    // Try again is gone with the failure: focus is back on what opened the dialog, not lost.
    expect(focusedElement() === add, 'focus on what opened the dialog while it loads').to.equal(true);

    held.release();
    // The dialog's module is served and compiled by the test server now: in a busy engine that can
    // take seconds (waitUntil's default is 1 s; Firefox in CI once took longer).
    await waitUntil(() => dialogElement(element)?.open === true, 'the dialog never opened', { timeout: 15_000 });
    const dialog = dialogElement(element)!;
    await dialog.updateComplete;
    expect(text(dialog.querySelector('h2'))).to.equal('Add site');
    expect(dialog.querySelector('form')).to.exist;
    expect(status(element) === null).to.equal(true);
    expect(held.calls).to.equal(1);

    const closed = once(dialog, 'settings-dialog-closed');
    button(dialog, 'Cancel').click();
    await closed;
    expect(focusedElement() === add, 'focus returns to what opened the dialog').to.equal(true);
  });
});
