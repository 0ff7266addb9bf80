import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SettingsActionMenu, SettingsActionEvent } from '../../src/components/settings-action-menu/settings-action-menu.js';
import { placed } from '../support/popup.js';

async function renderMenu() {
  const menu = await fixture<SettingsActionMenu>(html`
    <settings-action-menu
      label="Actions for Ada Lovelace"
      .items=${[
        { value: 'edit', label: 'Edit role and access' },
        { value: 'resend', label: 'Resend invitation' },
        { value: 'remove', label: 'Remove', danger: true, disabled: true, reason: 'The last Owner cannot be removed.' },
      ]}
    ></settings-action-menu>
  `);
  const trigger = menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!;
  const chosen: string[] = [];
  menu.addEventListener('settings-action', (e) => chosen.push((e as SettingsActionEvent).value));
  return { menu, trigger, chosen, focused: () => menu.shadowRoot!.activeElement };
}

describe('settings-action-menu', () => {
  it('opens from the keyboard, moves with the arrows and chooses with Enter', async () => {
    const { menu, trigger, chosen, focused } = await renderMenu();
    expect(trigger.getAttribute('aria-label')).to.equal('Actions for Ada Lovelace');
    trigger.focus();
    await sendKeys({ press: 'ArrowDown' });
    await menu.updateComplete;
    expect(focused()?.textContent).to.contain('Edit role and access');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await menu.updateComplete;
    expect(chosen).to.deep.equal(['resend']);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(focused() === trigger, 'focus on trigger').to.equal(true);
  });

  it('keeps a disabled action visible with its reason, and does not choose it', async () => {
    const { menu, trigger, chosen, focused } = await renderMenu();
    trigger.focus();
    await sendKeys({ press: 'ArrowUp' });
    await menu.updateComplete;
    expect(focused()?.getAttribute('aria-disabled')).to.equal('true');
    expect(focused()?.textContent).to.contain('The last Owner cannot be removed.');
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.deep.equal([]);
  });

  it('closes with Escape and returns focus', async () => {
    const { menu, trigger, focused } = await renderMenu();
    trigger.click();
    await menu.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await menu.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(focused() === trigger, 'focus on trigger').to.equal(true);
  });

  it('is accessible while open', async () => {
    const { menu, trigger } = await renderMenu();
    trigger.click();
    await menu.updateComplete;
    await expect(menu).to.be.accessible();
  });

  it('shows its menu in the top layer, unclipped inside a transformed overflow: hidden ancestor', async () => {
    const box = await fixture<HTMLDivElement>(html`
      <div style="transform: translateX(10px); overflow: hidden; inline-size: 3rem; block-size: 2.5rem; margin: 2rem">
        <settings-action-menu label="Actions" .items=${[{ value: 'edit', label: 'Edit role and access' }]}></settings-action-menu>
      </div>
    `);
    const menu = box.querySelector<SettingsActionMenu>('settings-action-menu')!;
    menu.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!.click();
    await menu.updateComplete;
    const popup = menu.shadowRoot!.querySelector<HTMLElement>('[part=menu]')!;
    expect(popup.matches(':popover-open')).to.equal(true);
    await placed(popup);
    const item = popup.querySelector<HTMLElement>('[role^=menuitem]')!;
    const rect = item.getBoundingClientRect();
    // The item lies outside the 3rem box, yet it is what is painted at its own centre.
    expect(rect.bottom > box.getBoundingClientRect().bottom).to.equal(true);
    const hit = menu.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    expect(item.contains(hit)).to.equal(true);
  });
});
