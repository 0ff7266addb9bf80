import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FloatingController, type Placement } from '../../src/internal/floating-controller.js';

/** A host with an anchor and a popover, positioned by the controller (our own top-layer geometry). */
class FloatingProbe extends LitElement {
  // Light DOM: the anchor and popup the test appends render as they are.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('floating-probe', FloatingProbe);

async function open(styles: Partial<CSSStyleDeclaration>, placement: Placement = 'bottom-start', dir = 'ltr') {
  const host = await fixture<FloatingProbe>(html`<floating-probe dir=${dir}></floating-probe>`);
  const floating = new FloatingController(host, { placement });
  const anchor = document.createElement('button');
  anchor.textContent = 'Open';
  Object.assign(anchor.style, { position: 'fixed', inlineSize: '100px', blockSize: '30px', ...styles });
  const popup = document.createElement('div');
  popup.setAttribute('popover', 'manual');
  Object.assign(popup.style, { position: 'fixed', margin: '0', inset: 'auto', inlineSize: '200px', blockSize: '150px', padding: '0', border: '0' });
  host.append(anchor, popup);
  floating.start(anchor, popup);
  await nextFrame();
  return { floating, anchor: anchor.getBoundingClientRect(), popup: popup.getBoundingClientRect(), element: popup };
}

describe('FloatingController (top-layer positioning without a library)', () => {
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
    const { anchor, popup } = await open({ left: `${innerWidth - 60}px`, top: `${innerHeight - 40}px` });
    expect(popup.bottom).to.equal(anchor.top - 4);
    expect(popup.right).to.be.at.most(document.documentElement.clientWidth - 8);
  });

  it('hides the popup and stops following when stopped', async () => {
    const { floating, element } = await open({ left: '10px', top: '10px' });
    expect(element.matches(':popover-open')).to.equal(true);
    floating.stop();
    expect(element.matches(':popover-open')).to.equal(false);
  });
});
