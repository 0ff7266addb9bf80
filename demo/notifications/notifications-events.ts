import type { SettingsChange } from '../../src/kit.js';
import type { NotificationPreferences } from './notifications-api.js';

/** Before the preferences are saved; cancel it to stop the save. */
export class AcmeNotificationsUpdateEvent extends Event {
  static readonly type = 'acme-notifications-update';
  constructor(readonly preferences: NotificationPreferences) {
    super(AcmeNotificationsUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The preferences were saved (the server's answer). */
export class AcmeNotificationsUpdatedEvent extends Event {
  static readonly type = 'acme-notifications-updated';
  constructor(
    readonly preferences: NotificationPreferences,
    readonly change: SettingsChange,
  ) {
    super(AcmeNotificationsUpdatedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'acme-notifications-update': AcmeNotificationsUpdateEvent;
    'acme-notifications-updated': AcmeNotificationsUpdatedEvent;
  }
}
