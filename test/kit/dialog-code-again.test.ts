import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/define/settings-sites.js';
import { createMockDb } from '../../mocks/db.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';
import type { SettingsSites } from '../../src/components/settings-sites/settings-sites.js';
import { loadDialogWith } from '../../src/kit/views/dialog.js';
import { FakeClient } from '../support/fake-client.js';
import { renderInProvider } from '../support/render.js';
import { button } from '../support/dom.js';
import { collectConsoleErrors } from '../support/console-errors.js';
import { isWebKit } from '../support/engine.js';

/**
 * `<settings-dialog>`'s code fetched anew on Try again after a fetch that failed. A file of its own:
 * the dialog stays defined for the page once it arrives (dialog-code.test.ts has the other states).
 */

const session = createMockDb().sessionFor('company-admin');

describe('renderDialog: Try again after the dialog’s code failed to arrive', () => {
  collectConsoleErrors();

  it('fetches the code anew, though the engine keeps the failed fetch, and opens the dialog', async function () {
    // Engines keep a failed module fetch, so importing the same address again fails without asking the
    // server. Chromium and Firefox name the address in their error, and Try again imports it under
    // another; WebKit names none, so there only a reload fetches it (the message says so).
    if (isWebKit()) this.skip();
    // The dialog's define module answers 503 once, then is served (the test server's /__flaky/ route).
    const run = Math.random().toString(36).slice(2);
    loadDialogWith(() => import(/* @vite-ignore */ `/__flaky/src/define/settings-dialog.js?run=${run}`));
    const fake = new FakeClient({ session });
    const { element } = await renderInProvider<SettingsSites>(html`<settings-sites></settings-sites>`, { client: fake.client });
    (await fake.nextCall('listSites')).resolve({ items: [], nextCursor: null, total: 0 });
    await element.taskComplete;
    const root = element.shadowRoot!;
    const alert = () => root.querySelector('[role=alert]');

    button(root, 'Add site').click();
    await waitUntil(alert, 'the failure was never said', { timeout: 15_000 });
    button(alert()!, 'Try again').click();
    const dialog = () => root.querySelector<SettingsDialog>('settings-dialog');
    await waitUntil(() => dialog()?.open === true, 'the dialog never opened', { timeout: 15_000 });
    expect(alert() === null, 'no failure once fetched anew').to.equal(true);
  });
});
