import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Positions a popup next to its anchor with @floating-ui/dom and keeps it there while open
 * (scroll, resize, layout changes). The one place the library talks to Floating UI.
 *
 * A popup with the `popover` attribute is shown in the top layer, so a host ancestor with a
 * `transform`, `filter` or `overflow: hidden` can neither clip nor misplace it.
 */
export class FloatingController implements ReactiveController {
  #stop?: () => void;
  #popup?: HTMLElement;
  #placement: Placement;

  constructor(host: ReactiveControllerHost, options: { placement?: Placement } = {}) {
    this.#placement = options.placement ?? 'bottom-start';
    host.addController(this);
  }

  /** Starts tracking; call after the popup is rendered and visible. */
  start(anchor: HTMLElement, popup: HTMLElement): void {
    this.stop();
    if (popup.hasAttribute('popover') && !popup.matches(':popover-open')) popup.showPopover();
    this.#popup = popup;
    this.#stop = autoUpdate(anchor, popup, () => {
      void computePosition(anchor, popup, {
        placement: this.#placement,
        strategy: 'fixed',
        middleware: [
          offset(4),
          flip(),
          shift({ padding: 8 }),
          // Long lists scroll inside the popup instead of running off the screen.
          size({
            padding: 8,
            apply: ({ availableHeight }) => popup.style.setProperty('--_available-height', `${Math.max(120, availableHeight)}px`),
          }),
        ],
      }).then(({ x, y }) => {
        popup.style.left = `${x}px`;
        popup.style.top = `${y}px`;
      });
    });
  }

  stop(): void {
    this.#stop?.();
    this.#stop = undefined;
    if (this.#popup?.matches(':popover-open')) this.#popup.hidePopover();
    this.#popup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
