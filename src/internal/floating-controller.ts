import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below the anchor, aligned with its start or its end edge (mirrored in right-to-left text). */
export type Placement = 'bottom-start' | 'bottom-end';

/** Gap between anchor and popup, and the least room kept to the viewport's edges, in px. */
const gap = 4;
const margin = 8;
/** A list never gets less room than this, even when it must then scroll the page. */
const minHeight = 120;

/**
 * Positions a popup next to its anchor and keeps it there while open (scroll, resize, layout
 * changes): below it, or above when there is more room there; moved inward to stay on screen; its
 * room for a long list in `--_available-height`, so the list scrolls inside instead of running off.
 *
 * A popup with the `popover` attribute is shown in the top layer with fixed positioning, so a host
 * ancestor with a `transform`, `filter` or `overflow: hidden` can neither clip nor misplace it —
 * which is why a few lines of geometry do here what a positioning library would (and save its size).
 * Where the engine has no popover API (Chrome/Edge < 114, Firefox < 125, Safari < 17), the popup
 * opens where it is, fixed-positioned the same way: usable, though an ancestor's `overflow: hidden`
 * or `transform` can then clip or misplace it.
 */
export class FloatingController implements ReactiveController {
  #popup?: HTMLElement;
  #stop?: () => void;
  #placement: Placement;

  constructor(host: ReactiveControllerHost, options: { placement?: Placement } = {}) {
    this.#placement = options.placement ?? 'bottom-start';
    host.addController(this);
  }

  /** Starts tracking; call after the popup is rendered. */
  start(anchor: HTMLElement, popup: HTMLElement): void {
    this.stop();
    if (popup.hasAttribute('popover')) showInTopLayer(popup);
    this.#popup = popup;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => place(anchor, popup, this.#placement));
    };
    place(anchor, popup, this.#placement);
    const resizes = new ResizeObserver(update);
    resizes.observe(anchor);
    resizes.observe(popup);
    // Capture: a scroll of any ancestor, in the page or a host's scrolling panel, moves the anchor.
    addEventListener('scroll', update, { capture: true, passive: true });
    addEventListener('resize', update, { passive: true });
    this.#stop = () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      removeEventListener('scroll', update, { capture: true });
      removeEventListener('resize', update);
    };
  }

  stop(): void {
    this.#stop?.();
    this.#stop = undefined;
    if (this.#popup && isOpenPopover(this.#popup)) this.#popup.hidePopover();
    this.#popup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}

/** Checks the API first: `:popover-open` in a selector throws where the engine does not know it. */
function isOpenPopover(popup: HTMLElement): boolean {
  return typeof popup.hidePopover === 'function' && popup.matches(':popover-open');
}

function showInTopLayer(popup: HTMLElement): void {
  if (typeof popup.showPopover !== 'function') {
    // Shown where it is, fixed-positioned all the same; without the attribute no style meant for
    // popovers can hide it.
    popup.removeAttribute('popover');
  } else if (!isOpenPopover(popup)) popup.showPopover();
}

function place(anchor: HTMLElement, popup: HTMLElement, placement: Placement): void {
  const box = anchor.getBoundingClientRect();
  const viewport = { width: document.documentElement.clientWidth, height: innerHeight };
  const below = viewport.height - box.bottom - gap - margin;
  const above = box.top - gap - margin;
  // Room for a long list first, so the popup's height below is its height where it will show.
  const flip = below < Math.min(popup.scrollHeight, minHeight * 2) && above > below;
  popup.style.setProperty('--_available-height', `${Math.max(minHeight, flip ? above : below)}px`);
  const { width, height } = popup.getBoundingClientRect();
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const alignEnd = (placement === 'bottom-end') !== rtl;
  const left = alignEnd ? box.right - width : box.left;
  popup.style.left = `${Math.round(Math.min(Math.max(margin, left), viewport.width - width - margin))}px`;
  popup.style.top = `${Math.round(flip ? box.top - gap - height : box.bottom + gap)}px`;
}
