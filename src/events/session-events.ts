import type { SettingsApiError } from '../api/errors.js';

/**
 * Fired by `<settings-provider>` when the API answers 401. The library does not retry: sign the
 * user in again, then give the provider a new client (or call `reload()`).
 */
export class SettingsUnauthorizedEvent extends Event {
  static readonly type = 'settings-unauthorized';
  constructor(readonly error: SettingsApiError) {
    super(SettingsUnauthorizedEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by `<settings-provider>` when the session could not be loaded (for host logging). */
export class SettingsSessionErrorEvent extends Event {
  static readonly type = 'settings-session-error';
  constructor(readonly error: SettingsApiError) {
    super(SettingsSessionErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-unauthorized': SettingsUnauthorizedEvent;
    'settings-session-error': SettingsSessionErrorEvent;
  }
}
