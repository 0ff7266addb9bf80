import type { DataRepositorySettings, DataRepositoryUpdate } from '../api/types.js';
import type { SettingsChange } from './settings-change.js';

/**
 * Fired by `<settings-data-repository>` before it saves (after the user confirmed a region move).
 * Cancel it (`preventDefault()`) to stop the save; the form keeps the edits.
 */
export class SettingsDataRepositoryUpdateEvent extends Event {
  static readonly type = 'settings-data-repository-update';
  /** Only the settings the user changed. */
  constructor(readonly update: DataRepositoryUpdate) {
    super(SettingsDataRepositoryUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired by `<settings-data-repository>` after the settings were saved; they apply to every company. */
export class SettingsDataRepositoryUpdatedEvent extends Event {
  static readonly type = 'settings-data-repository-updated';
  /** The settings as the server saved them. */
  constructor(readonly settings: DataRepositorySettings, readonly change: SettingsChange) {
    super(SettingsDataRepositoryUpdatedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-data-repository-update': SettingsDataRepositoryUpdateEvent;
    'settings-data-repository-updated': SettingsDataRepositoryUpdatedEvent;
  }
}
