import type { DataPreferences, DataPreferencesUpdate } from '../api/types.js';
import type { SettingsChange } from './settings-change.js';

/**
 * Fired by `<settings-data-preferences>` before a company's data preferences are saved; `update`
 * holds only the changed fields. Cancel it (`preventDefault()`) to stop the save: the form keeps
 * the user's edits.
 */
export class SettingsDataPreferencesUpdateEvent extends Event {
  static readonly type = 'settings-data-preferences-update';
  constructor(
    readonly companyId: string,
    readonly update: DataPreferencesUpdate,
  ) {
    super(SettingsDataPreferencesUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after a company's data preferences were saved; `preferences` as the server now has them. */
export class SettingsDataPreferencesUpdatedEvent extends Event {
  static readonly type = 'settings-data-preferences-updated';
  constructor(
    readonly companyId: string,
    readonly preferences: DataPreferences,
    /** The audit record of the write: see `SettingsChange`. */
    readonly change: SettingsChange,
  ) {
    super(SettingsDataPreferencesUpdatedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-data-preferences-update': SettingsDataPreferencesUpdateEvent;
    'settings-data-preferences-updated': SettingsDataPreferencesUpdatedEvent;
  }
}
