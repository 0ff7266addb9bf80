/** When `<settings-app>` fetches a section's code before it is opened (its `prefetch` attribute). */
export type PrefetchMode = 'idle' | 'intent' | 'none';

/** How long the pointer rests on a section's link before its code is fetched: a pass over it is not intent. */
export const intentDelayMs = 80;

/**
 * Calls `run` once the browser is idle; answers a function that cancels it. Where there is no
 * `requestIdleCallback` (Safari), after the page has had a second to settle.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1000);
  return () => clearTimeout(id);
}
