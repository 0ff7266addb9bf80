import type { SettingsApiError } from '../api/errors.js';
import type { SettingsContextValue } from '../context/settings-context.js';

/** Elements whose 403 already refreshed the session, until something of theirs loads again. */
const refreshed = new WeakSet<object>();

/**
 * The 403 rule every controller of an element shares: a 403 means permissions changed under the
 * user, so the session is refreshed once (the provider deduplicates concurrent refreshes). It is
 * refreshed again only after one of the element's reads succeeded, so a server that keeps
 * answering 403 cannot start a loop.
 */
export function reportForbidden(element: object, error: SettingsApiError, settings: SettingsContextValue | undefined): void {
  if (error.status !== 403 || refreshed.has(element)) return;
  refreshed.add(element);
  void settings?.refreshSession();
}

/** A read of the element succeeded: the next 403 may refresh the session again. */
export function resetForbidden(element: object): void {
  refreshed.delete(element);
}
