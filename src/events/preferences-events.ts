import type { Preferences, PreferencesUpdate } from '../api/types.js';
import type { SettingsChange } from './settings-change.js';

/**
 * Fired by `<settings-preferences>` before the user's preferences are saved; `update` holds only the
 * changed fields (one field at a time when changes are saved automatically). Cancel it
 * (`preventDefault()`) to stop the save: the panel keeps the user's choices. After the save,
 * `settings-preferences-updated` follows.
 */
export class SettingsPreferencesUpdateEvent extends Event {
  static readonly type = 'settings-preferences-update';
  constructor(readonly update: PreferencesUpdate) {
    super(SettingsPreferencesUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Fired after the user's preferences were saved, with all of them as the server has them.
 * `<settings-provider>` listens for it to apply a new theme at once.
 */
export class SettingsPreferencesUpdatedEvent extends Event {
  static readonly type = 'settings-preferences-updated';
  constructor(readonly preferences: Preferences, readonly change: SettingsChange) {
    super(SettingsPreferencesUpdatedEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The old name of `settings-preferences-updated`, still fired right after it for hosts that
 * listen for it.
 *
 * @deprecated Listen for `settings-preferences-updated` (`SettingsPreferencesUpdatedEvent`); this
 * alias goes in the next major version.
 */
export class SettingsPreferencesChangedEvent extends Event {
  static readonly type = 'settings-preferences-changed';
  constructor(readonly preferences: Preferences) {
    super(SettingsPreferencesChangedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-preferences-update': SettingsPreferencesUpdateEvent;
    'settings-preferences-updated': SettingsPreferencesUpdatedEvent;
    'settings-preferences-changed': SettingsPreferencesChangedEvent;
  }
}
