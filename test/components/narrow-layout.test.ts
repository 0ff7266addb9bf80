import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../../src/define.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import { allElements, allTasksComplete } from '../support/render.js';

/**
 * Issue 9, layout in any container: the shell and the panels adapt to the width of their own
 * container, not the viewport. At 360 px the navigation folds into a section menu above the
 * content, and lists stack into cards with their actions in view: nothing scrolls sideways.
 */
const noRetries = { retries: 0, baseDelayMs: 0, maxDelayMs: 0 };

/** `parentStyle`: more of the frame's style, e.g. a centred flex row whose items take their content's width. */
async function inContainer(width: number, content: TemplateResult, parentStyle = '') {
  const client = createMockClient({ persona: 'owner', db: createMockDb() });
  const frame = await fixture<HTMLElement>(
    html`<div style="inline-size: ${width}px; ${parentStyle}"><settings-provider .retry=${noRetries} .client=${client}>${content}</settings-provider></div>`,
  );
  const provider = frame.querySelector<SettingsProvider>('settings-provider')!;
  const element = provider.firstElementChild as LitElement;
  await provider.taskComplete;
  // The panel's reads (the panel itself, or the one the shell shows), rendered.
  await allTasksComplete(element);
  expect(allElements(element).some((el) => el.matches('table.list, form')), 'never loaded').to.equal(true);
  return { frame, element };
}

/**
 * Every box inside `root` that reaches past the frame, and every box (not an inline one) that
 * scrolls sideways. Inline boxes have no scroll width of their own — Firefox reports one wider than
 * their (zero) client width anyway — so only their place on the page counts.
 */
function overflowing(frame: HTMLElement, root: Element): string[] {
  const limit = frame.getBoundingClientRect().right + 1;
  const scrollsSideways = (el: Element) => getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1;
  return allElements(root)
    .filter((el) => el.getBoundingClientRect().right > limit || scrollsSideways(el))
    // Not boxes a user sees: the visually hidden (clipped) headings of a stacked table, dialogs that are closed.
    .filter((el) => getComputedStyle(el).display !== 'contents' && !el.matches('thead, thead *, .visually-hidden, settings-dialog, dialog, dialog *'))
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} ${el.textContent?.slice(0, 30)}`);
}

describe('layout in a narrow container', () => {
  it('folds the navigation into a section menu above the content, unfolds it and folds it after a choice', async () => {
    const { element } = await inContainer(360, html`<settings-app section="organization/api-keys"></settings-app>`);
    const root = element.shadowRoot!;
    const menu = root.querySelector<HTMLButtonElement>('[part=section-menu]')!;
    const nav = root.querySelector<HTMLElement>('[part=nav]')!;
    const content = root.querySelector<HTMLElement>('[part=content]')!;
    expect(getComputedStyle(menu).display).to.not.equal('none');
    expect(menu.textContent.trim()).to.equal('Section: API keys');
    expect(getComputedStyle(nav).display).to.equal('none');
    expect(content.getBoundingClientRect().top).to.be.greaterThan(menu.getBoundingClientRect().bottom - 1);
    menu.click();
    await element.updateComplete;
    expect(menu.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(nav).display).to.not.equal('none');
    root.querySelector<HTMLAnchorElement>('[part~=nav-link][href="#organization/billing"]')!.click();
    await element.updateComplete;
    expect(element.getAttribute('section')).to.equal('organization/billing');
    expect(getComputedStyle(nav).display).to.equal('none');
    expect(menu.getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps the navigation beside the content, with no section menu, when there is room', async () => {
    const { element } = await inContainer(1280, html`<settings-app section="organization/api-keys"></settings-app>`);
    const root = element.shadowRoot!;
    expect(getComputedStyle(root.querySelector('[part=section-menu]')!).display).to.equal('none');
    const nav = root.querySelector<HTMLElement>('[part=nav]')!.getBoundingClientRect();
    const content = root.querySelector<HTMLElement>('[part=content]')!.getBoundingClientRect();
    expect(content.left).to.be.greaterThan(nav.right - 1);
  });

  // A host's centred layout (a fresh create-vue app's starter stylesheet centres #app this way): the
  // provider is a flex item as wide as its content, and a container's width is found without its content.
  const centredRow = 'display: flex; justify-content: center';

  it('takes the room a centred flex row offers, the navigation beside the content', async () => {
    const { frame, element } = await inContainer(1280, html`<settings-app section="organization/api-keys"></settings-app>`, centredRow);
    const root = element.shadowRoot!;
    expect(element.getBoundingClientRect().width, 'the shell’s width').to.be.greaterThan(44 * 16);
    expect(getComputedStyle(root.querySelector('[part=section-menu]')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('[part=nav]')!).display).to.not.equal('none');
    expect(overflowing(frame, element)).to.deep.equal([]);
  });

  it('in a narrow centred flex row, fills it and folds the navigation, wider than nothing and no wider than the row', async () => {
    const { frame, element } = await inContainer(360, html`<settings-app section="organization/api-keys"></settings-app>`, centredRow);
    const root = element.shadowRoot!;
    expect(Math.round(element.getBoundingClientRect().width), 'the shell’s width').to.equal(360);
    expect(getComputedStyle(root.querySelector('[part=section-menu]')!).display).to.not.equal('none');
    expect(overflowing(frame, element)).to.deep.equal([]);
  });

  for (const [name, panel] of [
    ['API keys', html`<settings-api-keys></settings-api-keys>`],
    ['Admin team', html`<settings-admin-team></settings-admin-team>`],
    ['Members', html`<settings-company-members></settings-company-members>`],
    ['Sites', html`<settings-sites></settings-sites>`],
    ['Billing', html`<settings-billing></settings-billing>`],
  ] as const) {
    it(`${name} at 360 px: rows stack with their column names and actions in view; nothing scrolls sideways`, async () => {
      const { frame, element } = await inContainer(360, panel);
      expect(overflowing(frame, element)).to.deep.equal([]);
      const row = element.shadowRoot!.querySelector<HTMLElement>('[part=row]');
      if (row) {
        expect(getComputedStyle(row).display).to.equal('grid');
        const actions = row.querySelector<HTMLElement>('[part~=row-actions]');
        if (actions) expect(actions.getBoundingClientRect().right).to.be.at.most(frame.getBoundingClientRect().right + 1);
        const labelled = [...row.querySelectorAll('td')].some((cell) => getComputedStyle(cell, '::before').content.length > 2);
        expect(labelled, 'cells carry their column names').to.equal(true);
      }
    });
  }
});
