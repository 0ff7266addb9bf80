import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from './floating-ui.js';

export type { Placement };

/** What became of the latest `start`: placed by its anchor, stopped first, or Floating UI did not load. */
export type FloatingResult = { status: 'placed' } | { status: 'stopped' } | { status: 'failed'; error: unknown };

type FloatingUi = typeof import('./floating-ui.js');

/** One module for every popup of the page, loaded when the first one opens. */
let floatingUi: Promise<FloatingUi> | undefined;

function loadFloatingUi(): Promise<FloatingUi> {
  floatingUi ??= import('./floating-ui.js').catch((error: unknown) => {
    floatingUi = undefined; // the next popup to open tries again
    throw error;
  });
  return floatingUi;
}

/**
 * Positions a popup next to its anchor with Floating UI and keeps it there while open (scroll,
 * resize, layout changes): below it, or above when there is no room below; moved inward to stay on
 * screen; its room for a long list in `--_available-height`, so the list scrolls inside instead of
 * running off. While placed, the popup carries `data-placement` (where it went, e.g. `top-end`).
 *
 * Floating UI is the design's choice. A few lines of our own geometry stood in for it while every
 * panel shipped up front and its size counted in the initial load. Now sections load lazily, and
 * Floating UI, with our use of it (`place`, in `floating-ui.ts`: 16.9 KB min, 6.9 KB min+gzip), is
 * loaded with the first menu that opens, or just before, when the pointer rests on or focus
 * reaches its button (`prefetch`): one dynamic import for the page, never in the initial load.
 * Until the first position is computed the popup is transparent and lets pointers through, rather
 * than `visibility: hidden`: the menus move focus into it as soon as it opens.
 *
 * A popup with the `popover` attribute is shown in the top layer with fixed positioning, so a host
 * ancestor with a `transform`, `filter` or `overflow: hidden` can neither clip nor misplace it.
 * Where the engine has no popover API (Chrome/Edge < 114, Firefox < 125, Safari < 17), the popup
 * opens where it is, fixed-positioned the same way: usable, though an ancestor's `overflow: hidden`
 * can then clip it.
 */
export class FloatingController implements ReactiveController {
  #popup?: HTMLElement;
  #stop?: () => void;
  #placement: Placement;
  #positioned: Promise<FloatingResult> = Promise.resolve({ status: 'stopped' });

  constructor(host: ReactiveControllerHost, options: { placement?: Placement } = {}) {
    this.#placement = options.placement ?? 'bottom-start';
    host.addController(this);
  }

  /**
   * Fetches Floating UI ahead of the first popup, when the pointer rests on or focus reaches what
   * opens it: until it is here, an open popup stays transparent. A failure stays quiet; `start` tries again.
   */
  readonly prefetch = (): void => {
    loadFloatingUi().catch(() => undefined);
  };

  /** Settles when the popup of the latest `start` is first placed, is stopped before that, or cannot be placed. */
  get positioned(): Promise<FloatingResult> {
    return this.#positioned;
  }

  /** Shows the popup and starts tracking; call after the popup is rendered. */
  start(anchor: HTMLElement, popup: HTMLElement): void {
    this.stop();
    this.#popup = popup;
    Object.assign(popup.style, { opacity: '0', pointerEvents: 'none' });
    // The first measure is the list's own height, not the room it had the last time it opened.
    popup.style.removeProperty('--_available-height');
    if (popup.hasAttribute('popover')) showInTopLayer(popup);
    let settle!: (result: FloatingResult) => void;
    this.#positioned = new Promise((resolve) => (settle = resolve));
    let stopped = false;
    let stopUpdates: (() => void) | undefined;
    this.#stop = () => {
      stopped = true;
      stopUpdates?.();
      reveal(popup);
      popup.removeAttribute('data-placement');
      settle({ status: 'stopped' });
    };
    loadFloatingUi().then(
      (floating) => {
        if (stopped) return;
        const update = () => {
          void floating.place(anchor, popup, this.#placement, () => stopped).then((placed) => {
            if (!placed) return;
            reveal(popup);
            settle({ status: 'placed' });
          });
        };
        stopUpdates = floating.autoUpdate(anchor, popup, update);
      },
      (error: unknown) => {
        if (stopped) return;
        // Usable where it is rather than invisible; the next popup to open loads again.
        reveal(popup);
        settle({ status: 'failed', error });
        reportError(error);
      },
    );
  }

  /** Stops tracking and hides the popup; a position still being computed is dropped. */
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

function reveal(popup: HTMLElement): void {
  popup.style.removeProperty('opacity');
  popup.style.removeProperty('pointer-events');
}
