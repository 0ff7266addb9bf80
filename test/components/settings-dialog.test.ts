import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';

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
  // showModal() runs in the update, and moves focus into the dialog at once.
  await dialog.updateComplete;
  return { wrapper, dialog, opener, native: dialog.querySelector('dialog')! };
}

describe('settings-dialog', () => {
  it('opens modally, named by its heading, with focus inside', async () => {
    const { native, wrapper } = await renderDialog();
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    const headingId = native.getAttribute('aria-labelledby')!;
    expect(native.querySelector(`#${headingId}`)!.textContent).to.equal('Revoke key');
    expect(wrapper.contains(document.activeElement) && document.activeElement !== wrapper.querySelector('#opener')).to.equal(true);
  });

  it('closes on Escape, returns focus to its opener and tells its owner', async () => {
    const { dialog, opener } = await renderDialog();
    let closed = 0;
    dialog.addEventListener('settings-dialog-closed', () => closed++);
    // The native dialog's close event comes as a task of its own, after the key.
    const closing = oneEvent(dialog, 'settings-dialog-closed');
    await sendKeys({ press: 'Escape' });
    await closing;
    await dialog.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(document.activeElement === opener, 'focus on opener').to.equal(true);
    expect(closed).to.equal(1);
  });

  it('returns focus to its opener when its content took focus before it opened', async () => {
    // WebKit lets content of a closed native dialog take focus in some states (it did with the API
    // key rotation's step heading); a closed dialog left on display stands in for that in every engine.
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <style>
          settings-dialog > dialog:not([open]) { display: block; }
        </style>
        <button id="opener">Continue rotation</button>
        <settings-dialog heading="Rotate key">
          <h3 tabindex="-1">Step 3 of 4</h3>
          <button slot="actions">Finish later</button>
        </settings-dialog>
      </div>
    `);
    const dialog = wrapper.querySelector<SettingsDialog>('settings-dialog')!;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    const heading = wrapper.querySelector('h3')!;
    opener.focus();
    // The owner opens the dialog and, in the same update, puts the user at the heading: the
    // dialog's own update, which shows it, comes after.
    dialog.open = true;
    heading.focus();
    expect(document.activeElement === heading, 'the heading took focus before the dialog opened').to.equal(true);
    await dialog.updateComplete;
    const closing = oneEvent(dialog, 'settings-dialog-closed');
    dialog.close();
    await closing;
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('stays open when closed and opened again in the same task', async () => {
    const { dialog, native, opener } = await renderDialog();
    let closed = 0;
    dialog.addEventListener('settings-dialog-closed', () => closed++);
    dialog.open = false;
    await dialog.updateComplete;
    // The native close event is a task of its own: it comes after the dialog is open again.
    const nativeClose = oneEvent(native, 'close');
    dialog.open = true;
    await dialog.updateComplete;
    await nativeClose;
    await dialog.updateComplete;
    expect([dialog.open, native.open, closed]).to.deep.equal([true, true, 0]);
    // The opening that is on screen still closes once, and focus goes back to the opener.
    const closing = oneEvent(dialog, 'settings-dialog-closed');
    dialog.close();
    await closing;
    expect([dialog.open, native.open, closed]).to.deep.equal([false, false, 1]);
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('stays open on Escape when dismissing is not allowed', async () => {
    const { dialog, native } = await renderDialog(true);
    await sendKeys({ press: 'Escape' });
    await dialog.updateComplete;
    // The native dialog closes at once on a dismissing Escape (its close event only later).
    expect(native.open).to.equal(true);
    expect(dialog.open).to.equal(true);
    dialog.close();
    await dialog.updateComplete;
    expect(dialog.querySelector('dialog')!.open).to.equal(false);
  });

  it('holds its content inside the element with the dialog role, so role-scoped queries find it', async () => {
    const { native } = await renderDialog();
    expect(native.querySelector('input[aria-label="Key name"]')).to.not.equal(null);
    expect(native.querySelector('#cancel')).to.not.equal(null);
  });

  it('takes in children a script appends later, so they too are inside the dialog role', async () => {
    const { dialog, native } = await renderDialog();
    const note = document.createElement('p');
    note.textContent = 'Appended by the host.';
    dialog.append(note);
    // The MutationObserver's callback (a microtask queued by the append) has run by then.
    await dialog.updateComplete;
    expect(note.parentElement).to.equal(native);
    expect(dialog.children.length).to.equal(1);
  });

  it('keeps updating content its owner re-renders after the move', async () => {
    const owner = document.createElement('div');
    document.body.append(owner);
    const { render } = await import('lit');
    const view = (text: string, extra: boolean) =>
      html`<settings-dialog heading="Edit" open><p id="text">${text}</p>${extra ? html`<p id="extra">more</p>` : ''}<button slot="actions">OK</button></settings-dialog>`;
    render(view('first', false), owner);
    const element = owner.querySelector('settings-dialog')!;
    await element.updateComplete;
    render(view('second', true), owner);
    const native = element.querySelector('dialog')!;
    expect(native.querySelector('#text')!.textContent).to.equal('second');
    expect(native.querySelector('#extra')).to.not.equal(null);
    render(view('third', false), owner);
    expect(native.querySelector('#extra')).to.equal(null);
    expect(native.querySelectorAll('button').length).to.equal(1);
    owner.remove();
  });

  it('closes when torn down while open, so no modal stays behind', async () => {
    const { dialog, wrapper } = await renderDialog();
    let closed = 0;
    dialog.addEventListener('settings-dialog-closed', () => closed++);
    const native = dialog.querySelector('dialog')!;
    wrapper.remove();
    expect(native.open).to.equal(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(closed).to.equal(1);
  });

  it('is accessible while open', async () => {
    const { wrapper } = await renderDialog();
    await expect(wrapper).to.be.accessible();
  });
});
