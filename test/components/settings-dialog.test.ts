import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';
import { settle } from '../support/render.js';

async function renderDialog(noDismiss = false) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <button id="opener">Open</button>
      <settings-dialog heading="Revoke key" ?no-dismiss=${noDismiss}>
        <p>Requests using that key will fail immediately.</p>
        <input aria-label="Key name" />
        <button slot="actions" id="cancel">Cancel</button>
      </settings-dialog>
    </div>
  `);
  const dialog = wrapper.querySelector<SettingsDialog>('settings-dialog')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  dialog.open = true;
  await settle(dialog);
  return { wrapper, dialog, opener, native: dialog.shadowRoot!.querySelector('dialog')! };
}

describe('settings-dialog', () => {
  it('opens modally, named by its heading, with focus inside', async () => {
    const { native, wrapper } = await renderDialog();
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(native.getAttribute('aria-labelledby')).to.equal('heading');
    expect(native.querySelector('#heading')!.textContent).to.equal('Revoke key');
    expect(wrapper.contains(document.activeElement) && document.activeElement !== wrapper.querySelector('#opener')).to.equal(true);
  });

  it('closes on Escape, returns focus to its opener and tells its owner', async () => {
    const { dialog, opener } = await renderDialog();
    let closed = 0;
    dialog.addEventListener('settings-dialog-close', () => closed++);
    await sendKeys({ press: 'Escape' });
    await settle(dialog);
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    expect(closed).to.equal(1);
  });

  it('stays open on Escape when dismissing is not allowed', async () => {
    const { dialog } = await renderDialog(true);
    await sendKeys({ press: 'Escape' });
    await settle(dialog);
    expect(dialog.open).to.equal(true);
    dialog.close();
    await settle(dialog);
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('is accessible while open', async () => {
    const { wrapper } = await renderDialog();
    await expect(wrapper).to.be.accessible();
  });
});
