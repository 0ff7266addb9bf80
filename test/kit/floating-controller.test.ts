import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FloatingController, type Placement } from '../../src/internal/floating-controller.js';
import { until } from '../support/popup.js';

/** A host with an anchor and a popover, positioned by the controller (Floating UI, in the top layer). */
class FloatingProbe extends LitElement {
  // Light DOM: the anchor and popup the test appends render as they are.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('floating-probe', FloatingProbe);

function popupElement(): HTMLDivElement {
  const popup = document.createElement('div');
  popup.setAttribute('popover', 'manual');
  Object.assign(popup.style, { position: 'fixed', margin: '0', inset: 'auto', inlineSize: '200px', blockSize: '150px', padding: '0', border: '0' });
  popup.innerHTML = '<button>Item</button>';
  return popup;
}

async function render(styles: Partial<CSSStyleDeclaration>, placement: Placement = 'bottom-start', dir = 'ltr') {
  const host = await fixture<FloatingProbe>(html`<floating-probe dir=${dir}></floating-probe>`);
  const floating = new FloatingController(host, { placement });
  const anchor = document.createElement('button');
  anchor.textContent = 'Open';
  Object.assign(anchor.style, { position: 'fixed', inlineSize: '100px', blockSize: '30px', ...styles });
  const popup = popupElement();
  host.append(anchor, popup);
  return { host, floating, anchor, popup };
}

async function open(styles: Partial<CSSStyleDeclaration>, placement: Placement = 'bottom-start', dir = 'ltr') {
  const { floating, anchor, popup } = await render(styles, placement, dir);
  floating.start(anchor, popup);
  expect(await floating.positioned).to.deep.equal({ status: 'placed' });
  return { floating, anchor: anchor.getBoundingClientRect(), popup: popup.getBoundingClientRect(), element: popup, anchorElement: anchor };
}

describe('FloatingController (Floating UI, loaded with the first popup, in the top layer)', () => {
  // First in the file: on a fresh page, nothing has opened yet.
  it('loads Floating UI with the first popup that opens, not before', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('@floating-ui'));
    const { floating, anchor, popup } = await render({ left: '300px', top: '100px' });
    expect(loaded()).to.equal(false);
    floating.start(anchor, popup);
    expect(await floating.positioned).to.deep.equal({ status: 'placed' });
    expect(loaded()).to.equal(true);
  });

  it('places nothing for a popup stopped before its position was computed', async () => {
    const { floating, anchor, popup } = await render({ left: '300px', top: '100px' });
    const { top } = popup.style;
    floating.start(anchor, popup);
    const stopped = floating.positioned;
    floating.stop();
    expect(await stopped).to.deep.equal({ status: 'stopped' });
    // A second popup started after it is placed after it would have been (the module is shared).
    const second = popupElement();
    popup.after(second);
    floating.start(anchor, second);
    expect(await floating.positioned).to.deep.equal({ status: 'placed' });
    expect(popup.matches(':popover-open')).to.equal(false);
    expect(popup.hasAttribute('data-placement')).to.equal(false);
    expect(popup.style.top).to.equal(top);
    expect(popup.style.getPropertyValue('--_available-height')).to.equal('');
  });

  it('is invisible but focusable until placed, then shown where it goes', async () => {
    const { floating, anchor, popup } = await render({ left: '300px', top: '100px' });
    floating.start(anchor, popup);
    expect(popup.matches(':popover-open')).to.equal(true);
    expect(getComputedStyle(popup).opacity).to.equal('0');
    expect(getComputedStyle(popup).pointerEvents).to.equal('none');
    // The menus focus their first item right after `start`.
    const item = popup.querySelector('button')!;
    item.focus();
    expect(document.activeElement === item, 'focus on item').to.equal(true);
    await floating.positioned;
    expect(getComputedStyle(popup).opacity).to.equal('1');
    expect(getComputedStyle(popup).pointerEvents).to.equal('auto');
    expect(popup.getAttribute('data-placement')).to.equal('bottom-start');
    expect(document.activeElement === item, 'focus on item').to.equal(true);
  });

  it('opens below the anchor, aligned with its start', async () => {
    const { anchor, popup } = await open({ left: '300px', top: '100px' });
    expect(popup.top).to.equal(anchor.bottom + 4);
    expect(popup.left).to.equal(anchor.left);
  });

  it('aligns the end edge for bottom-end, and mirrors in right-to-left text', async () => {
    const end = await open({ left: '300px', top: '100px' }, 'bottom-end');
    expect(end.popup.right).to.equal(end.anchor.right);
    const rtl = await open({ left: '300px', top: '100px' }, 'bottom-start', 'rtl');
    expect(rtl.popup.right).to.equal(rtl.anchor.right);
  });

  it('flips above when there is no room below, and stays inside the viewport', async () => {
    const { anchor, popup, element } = await open({ left: `${innerWidth - 60}px`, top: `${innerHeight - 40}px` });
    expect(popup.bottom).to.equal(anchor.top - 4);
    expect(popup.right).to.be.at.most(document.documentElement.clientWidth - 8);
    expect(element.getAttribute('data-placement')).to.match(/^top-/);
  });

  it('gives a long list the room on its side, and no less than 120 px', async () => {
    const below = await open({ left: '10px', top: '100px' });
    expect(below.element.style.getPropertyValue('--_available-height')).to.equal(`${document.documentElement.clientHeight - below.anchor.bottom - 4 - 8}px`);
    const squeezed = await open({ left: '10px', top: '10px', blockSize: `${document.documentElement.clientHeight - 60}px` });
    expect(squeezed.element.style.getPropertyValue('--_available-height')).to.equal('120px');
  });

  it('follows its anchor when a container scrolls and when the layout moves it', async () => {
    const host = await fixture<FloatingProbe>(html`
      <floating-probe style="display: block; overflow: auto; block-size: 200px; inline-size: 300px">
        <div class="spacer" style="block-size: 50px"></div>
        <button>Open</button>
        <div style="block-size: 1000px"></div>
      </floating-probe>
    `);
    const floating = new FloatingController(host);
    const anchor = host.querySelector('button')!;
    const popup = popupElement();
    host.append(popup);
    floating.start(anchor, popup);
    await floating.positioned;
    const below = () => popup.getBoundingClientRect().top === anchor.getBoundingClientRect().bottom + 4;
    expect(below()).to.equal(true);

    const before = anchor.getBoundingClientRect().bottom;
    host.scrollTop = 30;
    await until(popup, below);
    expect(anchor.getBoundingClientRect().bottom).to.equal(before - 30);

    host.querySelector<HTMLElement>('.spacer')!.style.blockSize = '90px';
    await until(popup, below);
    expect(anchor.getBoundingClientRect().bottom).to.equal(before + 10);
  });

  it('hides the popup and stops following when stopped', async () => {
    const { floating, element, anchorElement } = await open({ left: '10px', top: '10px' });
    expect(element.matches(':popover-open')).to.equal(true);
    floating.stop();
    expect(element.matches(':popover-open')).to.equal(false);
    expect(element.hasAttribute('data-placement')).to.equal(false);
    const { top } = element.style;
    anchorElement.style.top = '200px';
    dispatchEvent(new Event('resize'));
    // Started again, it is placed once more: anything the stopped one would still do has been done.
    const next = popupElement();
    element.after(next);
    floating.start(anchorElement, next);
    await floating.positioned;
    expect(element.style.top).to.equal(top);
  });
});
