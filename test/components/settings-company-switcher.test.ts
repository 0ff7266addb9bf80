import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-company-switcher.js';
import type { SettingsCompanySwitcher } from '../../src/components/settings-company-switcher/settings-company-switcher.js';
import { createMockDb } from '../../mocks/db.js';
import type { PersonaId } from '../../mocks/personas.js';
import { FakeClient } from '../support/fake-client.js';
import { once, renderInProvider } from '../support/render.js';
import { typeText } from '../support/keyboard.js';
import { placed } from '../support/popup.js';

async function renderSwitcher(persona: PersonaId) {
  const session = createMockDb().sessionFor(persona);
  const { element, provider } = await renderInProvider<SettingsCompanySwitcher>(html`<settings-company-switcher></settings-company-switcher><button>next control</button>`, {
    client: new FakeClient({ session }).client,
  });
  const root = element.shadowRoot!;
  const trigger = root.querySelector<HTMLButtonElement>('[part=trigger]')!;
  const open = async () => {
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    // The menu renders, then moves focus into itself (in `updated`).
    await element.updateComplete;
  };
  return { element, provider, session, root, trigger, open, focused: () => root.activeElement };
}

describe('settings-company-switcher', () => {
  it('renders nothing for a user without companies, and plain text for one company', async () => {
    const none = await renderSwitcher('billing-manager');
    expect(none.root.children.length).to.equal(0);
    const one = await renderSwitcher('company-admin');
    expect(one.trigger).to.equal(null);
    expect(one.root.querySelector('.single')!.textContent).to.equal(one.session.companies[0]!.name);
  });

  it('moves with Home and End and wraps around with the arrows', async () => {
    const { open, focused, session } = await renderSwitcher('owner');
    const names = session.companies.map((c) => c.name);
    await open();
    await sendKeys({ press: 'End' });
    expect(focused()?.textContent).to.contain(names.at(-1)!);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.textContent).to.contain(names[0]!);
    await sendKeys({ press: 'Home' });
    expect(focused()?.textContent).to.contain(names[0]!);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()?.textContent).to.contain(names.at(-1)!);
  });

  it('jumps to a company by typing its first letters', async () => {
    const { open, focused, session } = await renderSwitcher('owner');
    const target = session.companies[2]!;
    await open();
    await typeText(target.name);
    expect(focused()?.textContent).to.contain(target.name);
  });

  it('sends typing from the list into the filter field without doubling it (large organization)', async () => {
    const { open, root, element } = await renderSwitcher('large-org');
    await open();
    const input = root.querySelector('input')!;
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement?.getAttribute('role')).to.equal('menuitemradio');
    await sendKeys({ type: 'g' });
    await element.updateComplete;
    expect(root.activeElement).to.equal(input);
    expect(input.value).to.equal('g');
  });

  it('says when no company matches the filter', async () => {
    const { open, root, element } = await renderSwitcher('large-org');
    await open();
    await sendKeys({ type: 'zzzz-no-such-company' });
    await element.updateComplete;
    expect(root.querySelectorAll('[role=menuitemradio]')).to.have.length(0);
    expect(root.querySelector('[role=status]')!.textContent).to.equal('No company matches.');
  });

  it('closes when focus leaves it with Tab', async () => {
    const { open, trigger, element } = await renderSwitcher('large-org');
    await open();
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(document.activeElement?.textContent).to.equal('next control');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes on a click outside', async () => {
    const { open, trigger, element } = await renderSwitcher('owner');
    await open();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
  });

  it('does not come back open after being moved in the page', async () => {
    const { open, trigger, element, provider } = await renderSwitcher('owner');
    await open();
    element.remove();
    provider.append(element);
    await element.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.querySelector('[part=popup]')!.hasAttribute('hidden')).to.equal(true);
  });

  it('selects by click and fires settings-company-changed from the provider', async () => {
    const { open, root, provider, session } = await renderSwitcher('owner');
    await open();
    const changed = once(provider, 'settings-company-changed');
    root.querySelectorAll<HTMLElement>('[role=menuitemradio]')[1]!.click();
    expect((await changed).companyId).to.equal(session.companies[1]!.id);
  });

  it('places its menu under the button in right-to-left pages too', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 20rem"></div>`);
    const { element, open, root, trigger } = await renderSwitcher('owner');
    wrapper.append(element.closest('settings-provider')!);
    await element.updateComplete;
    await open();
    const popupElement = root.querySelector<HTMLElement>('[part=popup]')!;
    await placed(popupElement);
    const popup = popupElement.getBoundingClientRect();
    const button = trigger.getBoundingClientRect();
    expect(Math.abs(popup.top - button.bottom)).to.be.lessThan(12);
    expect(Math.abs(popup.right - button.right)).to.be.lessThan(2);
  });

  it('is accessible while open', async () => {
    const { open, element } = await renderSwitcher('large-org');
    await open();
    await expect(element).to.be.accessible();
  });
});
