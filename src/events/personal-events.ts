import type { Preferences } from '../api/types.js';

/**
 * Fired after the user's preferences were saved. `<settings-provider>` listens for it to apply a
 * new theme at once.
 */
export class SettingsPreferencesChangedEvent extends Event {
  static readonly type = 'settings-preferences-changed';
  constructor(readonly preferences: Preferences) {
    super(SettingsPreferencesChangedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-preferences-changed': SettingsPreferencesChangedEvent;
  }
}
