import { loadElementWith } from '../../src/internal/lazy-element.js';

/**
 * How the tests of a panel's lazily loaded element (the admin team's form, the API keys' rotation and
 * dialogs) see every state its code goes through: the import held back by hand, or failing for real.
 */

/** `tag`'s import held until the test lets it through (then `define` registers it), counting how often a panel asks. */
export function holdElementCode(tag: string, define: () => Promise<void>): { calls: number; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = { calls: 0, release };
  loadElementWith(tag, () => {
    held.calls++;
    return released.then(define);
  });
  return held;
}

/** An import of `tag` that fails as a missing chunk does (a deploy replaced it): the browser's own error. */
export function failElementCode(tag: string): void {
  const url = `/no-such-chunk-${Math.random().toString(36).slice(2)}.js`;
  loadElementWith(tag, () => import(/* @vite-ignore */ url));
}
