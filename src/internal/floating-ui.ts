import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/**
 * What FloatingController does with Floating UI, in a module of its own: it is imported lazily with
 * the first popup, so a bundler splits off one chunk with these and the geometry below (a dynamic
 * import of the package itself would bring all of it).
 */
export { autoUpdate };

/** Below the anchor, aligned with its start or its end edge (mirrored in right-to-left text). */
export type Placement = 'bottom-start' | 'bottom-end';

/** Gap between anchor and popup, and the least room kept to the viewport's edges, in px. */
const gap = 4;
const margin = 8;
/** A list never gets less room than this, even when it then runs past the viewport's edge. */
const minHeight = 120;

/**
 * Computes the position and writes it, unless `stopped` says the popup closed meanwhile; resolves
 * with whether it did. The popup's room for a long list goes in `--_available-height`, its side in
 * `data-placement`; showing it is the caller's.
 */
export async function place(anchor: HTMLElement, popup: HTMLElement, placement: Placement, stopped: () => boolean): Promise<boolean> {
  const position = await computePosition(anchor, popup, {
    placement,
    strategy: 'fixed',
    middleware: [
      offset(gap),
      flip({ padding: margin }),
      shift({ padding: margin }),
      // After flip, so the room is measured on the side the popup went to. Written while computing:
      // the popup's new height is what a placement above is computed with.
      size({
        padding: margin,
        apply: ({ availableHeight }) => {
          if (!stopped()) popup.style.setProperty('--_available-height', `${Math.max(minHeight, availableHeight)}px`);
        },
      }),
    ],
  });
  if (stopped()) return false;
  Object.assign(popup.style, { left: `${position.x}px`, top: `${position.y}px` });
  popup.dataset['placement'] = position.placement;
  return true;
}
