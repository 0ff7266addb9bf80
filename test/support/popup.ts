/**
 * Waiting for a floating popup (FloatingController) to be where it goes: it is positioned once
 * Floating UI has loaded and computed, not synchronously on open. Both helpers check at once and
 * again after each change of the popup's attributes (its position is written to `style`): no polling.
 */

/** Resolves once `done()` holds. */
export function until(popup: Element, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(popup, { attributes: true });
  });
}

/** Resolves once the popup is placed next to its anchor (and shown). */
export function placed(popup: Element): Promise<void> {
  return until(popup, () => popup.hasAttribute('data-placement'));
}
