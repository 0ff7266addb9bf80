import type { PreferencesUpdate } from '../api/types.js';

/**
 * Fired by `<settings-preferences>` before the user's preferences are saved; `update` holds only the
 * changed fields (one field at a time when changes are saved automatically). Cancel it
 * (`preventDefault()`) to stop the save: the panel keeps the user's choices. After the save,
 * `settings-preferences-changed` follows.
 */
export class SettingsPreferencesUpdateEvent extends Event {
  static readonly type = 'settings-preferences-update';
  constructor(readonly update: PreferencesUpdate) {
    super(SettingsPreferencesUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-preferences-update': SettingsPreferencesUpdateEvent;
  }
}
