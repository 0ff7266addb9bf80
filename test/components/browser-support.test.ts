import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type CSSResultOrNative } from 'lit';
import '../../src/define.js';
import * as library from '../../src/index.js';
import type { SettingsActionEvent, SettingsActionMenu } from '../../src/components/settings-action-menu/settings-action-menu.js';
import type { SettingsCompanySwitcher } from '../../src/components/settings-company-switcher/settings-company-switcher.js';
import { createMockDb } from '../../mocks/db.js';
import { FakeClient } from '../support/fake-client.js';
import { placed } from '../support/popup.js';
import { renderInProvider } from '../support/render.js';

/**
 * What an engine older than the supported ones (README, "Supported browsers") gets. The engines under
 * test have every feature, so the old engine is simulated: style sheets with `light-dark()` renamed to
 * a function no engine knows, and the popover API deleted from `HTMLElement.prototype` (with
 * `:popover-open` made a selector that throws).
 */

const cssText = (style: CSSResultOrNative) =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;

/** Every element class the package exports (panels, shell, primitives, the kit's base class). */
const elementClasses = (Object.entries(library) as [string, unknown][]).filter(
  (entry): entry is [string, typeof LitElement] => typeof entry[1] === 'function' && entry[1].prototype instanceof LitElement,
);

/** Declarations reading `light-dark()` outside an `@supports` that tests for it, as `selector { … }`. */
function unguardedLightDark(rules: CSSRuleList, out: string[] = []): string[] {
  for (const rule of rules) {
    if (rule instanceof CSSSupportsRule && rule.conditionText.includes('light-dark(')) continue;
    if (rule instanceof CSSStyleRule && rule.style.cssText.includes('light-dark(')) out.push(`${rule.selectorText} { ${rule.style.cssText} }`);
    if ('cssRules' in rule) unguardedLightDark((rule as CSSGroupingRule).cssRules, out);
  }
  return out;
}

/** Gives `root` copies of its style sheets as an engine without `light-dark()` parses them. */
function asWithoutLightDark(element: LitElement): void {
  const styles = (element.constructor as typeof LitElement).elementStyles;
  element.shadowRoot!.adoptedStyleSheets = styles.map((style) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText(style).replaceAll('light-dark(', 'light-dark-unknown('));
    return sheet;
  });
}

const items = [
  { value: 'edit', label: 'Edit role and access' },
  { value: 'remove', label: 'Remove', danger: true },
];

async function renderMenu(scheme: 'light' | 'dark' = 'light') {
  const menu = await fixture<SettingsActionMenu>(html`<settings-action-menu label="Actions for Ada" .items=${items}></settings-action-menu>`);
  menu.style.colorScheme = scheme;
  const root = menu.shadowRoot!;
  const trigger = root.querySelector<HTMLButtonElement>('[part=trigger]')!;
  const chosen: string[] = [];
  menu.addEventListener('settings-action', (e) => chosen.push((e as SettingsActionEvent).value));
  /** Clicks the trigger; resolves with 'ok' or the error the update threw. */
  const open = async () => {
    trigger.click();
    return menu.updateComplete.then(
      () => 'ok',
      (error: unknown) => String(error),
    );
  };
  return { menu, root, trigger, chosen, open, popup: () => root.querySelector<HTMLElement>('[part=menu]') };
}

/** The text of the topmost element at the centre of `element`, as a pointer would hit it. */
function hitAtCentre(root: ShadowRoot, element: Element): string {
  const box = element.getBoundingClientRect();
  return root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.textContent?.trim() ?? '';
}

describe('browser support: colours without light-dark()', () => {
  it('reads light-dark() only under @supports, in every element the package exports', () => {
    expect(elementClasses.length).to.be.greaterThan(10);
    const found = elementClasses.flatMap(([name, element]) => {
      // The abstract kit panel is never defined, so its styles are not finalized yet.
      (element as unknown as { finalize(): void }).finalize();
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(element.elementStyles.map(cssText).join('\n'));
      return unguardedLightDark(sheet.cssRules).map((rule) => `${name}: ${rule}`);
    });
    expect(found.length, `${found.length} rules, e.g.\n${found.slice(0, 3).join('\n')}`).to.equal(0);
  });

  it('paints readable light colours where light-dark() is unknown, whatever the colour scheme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { menu, root, trigger, open, popup } = await renderMenu(scheme);
      asWithoutLightDark(menu);
      expect(await open()).to.equal('ok');
      // Surface, text, control border and danger: the light defaults, not transparent or inherited.
      expect(getComputedStyle(popup()!).backgroundColor, `${scheme}: menu surface`).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(trigger).color, `${scheme}: button text`).to.equal('rgb(31, 35, 40)');
      expect(getComputedStyle(trigger).borderTopColor, `${scheme}: button border`).to.equal('rgb(129, 139, 152)');
      expect(getComputedStyle(root.querySelector('.danger')!).color, `${scheme}: danger item`).to.equal('rgb(198, 40, 40)');
    }
  });

  it('still follows the colour scheme where light-dark() is known', async () => {
    const light = await renderMenu('light');
    await light.open();
    expect(getComputedStyle(light.popup()!).backgroundColor).to.equal('rgb(255, 255, 255)');
    const dark = await renderMenu('dark');
    await dark.open();
    expect(getComputedStyle(dark.popup()!).backgroundColor).to.equal('rgb(22, 24, 29)');
    expect(getComputedStyle(dark.trigger).color).to.equal('rgb(230, 232, 235)');
  });
});

describe('browser support: menus without the popover API', () => {
  const api = ['showPopover', 'hidePopover', 'togglePopover'] as const;
  const saved = api.map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
  const { matches } = Object.getOwnPropertyDescriptors(Element.prototype);

  beforeEach(() => {
    for (const name of api) delete (HTMLElement.prototype as Partial<Record<(typeof api)[number], unknown>>)[name];
    // As in such an engine, a selector with a pseudo-class it does not know throws.
    Object.defineProperty(Element.prototype, 'matches', {
      ...matches,
      value(this: Element, selector: string): boolean {
        if (selector.includes(':popover-open')) throw new DOMException(`'${selector}' is not a valid selector.`, 'SyntaxError');
        return (matches.value as (selector: string) => boolean).call(this, selector);
      },
    });
  });

  afterEach(() => {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    Object.defineProperty(Element.prototype, 'matches', matches);
  });

  it('opens the action menu in place, on top and usable', async () => {
    const { menu, root, trigger, chosen, open, popup } = await renderMenu();
    expect(await open()).to.equal('ok');
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    const list = popup()!;
    expect(getComputedStyle(list).display).to.not.equal('none');
    await placed(list);
    const first = list.querySelector('[role=menuitem]')!;
    expect(first.getBoundingClientRect().height).to.be.greaterThan(0);
    // On top of the page where it is drawn, and focused as in the top layer.
    expect(hitAtCentre(root, first)).to.equal('Edit role and access');
    expect(root.activeElement?.textContent?.trim()).to.equal('Edit role and access');

    (first as HTMLElement).click();
    const closed = await menu.updateComplete.then(
      () => 'ok',
      (error: unknown) => String(error),
    );
    expect(closed).to.equal('ok');
    expect(chosen).to.deep.equal(['edit']);
    expect(popup() === null).to.equal(true);
  });

  it('opens and closes the company switcher', async () => {
    const session = createMockDb().sessionFor('owner');
    const { element } = await renderInProvider<SettingsCompanySwitcher>(html`<settings-company-switcher></settings-company-switcher>`, {
      client: new FakeClient({ session }).client,
    });
    const root = element.shadowRoot!;
    const settle = () =>
      element.updateComplete.then(
        () => 'ok',
        (error: unknown) => String(error),
      );
    root.querySelector<HTMLButtonElement>('[part=trigger]')!.click();
    expect(await settle()).to.equal('ok');
    const popup = root.querySelector<HTMLElement>('[part=popup]')!;
    expect(getComputedStyle(popup).display).to.not.equal('none');
    await placed(popup);
    const second = root.querySelectorAll('[role=menuitemradio]')[1]!;
    const name = session.companies[1]!.name;
    expect(hitAtCentre(root, second)).to.contain(name);

    root.querySelector<HTMLButtonElement>('[part=trigger]')!.click();
    expect(await settle()).to.equal('ok');
    expect(getComputedStyle(popup).display).to.equal('none');
  });
});
