import type { Profile, ProfileUpdate } from '../api/types.js';
import type { SettingsChange } from './settings-change.js';

/** Fired before the profile is saved, with the changed fields. Cancel it to stop the save. */
export class SettingsProfileUpdateEvent extends Event {
  static readonly type = 'settings-profile-update';
  constructor(readonly update: ProfileUpdate) {
    super(SettingsProfileUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after the profile was saved, with the profile as the server now has it. */
export class SettingsProfileUpdatedEvent extends Event {
  static readonly type = 'settings-profile-updated';
  constructor(readonly profile: Profile, readonly change: SettingsChange) {
    super(SettingsProfileUpdatedEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired before a password reset email is requested. Cancel it to stop the request. */
export class SettingsPasswordResetRequestEvent extends Event {
  static readonly type = 'settings-password-reset-request';
  constructor() {
    super(SettingsPasswordResetRequestEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired after the server sent a password reset email, with the address it went to. */
export class SettingsPasswordResetRequestedEvent extends Event {
  static readonly type = 'settings-password-reset-requested';
  constructor(readonly sentTo: string, readonly change: SettingsChange) {
    super(SettingsPasswordResetRequestedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-profile-update': SettingsProfileUpdateEvent;
    'settings-profile-updated': SettingsProfileUpdatedEvent;
    'settings-password-reset-request': SettingsPasswordResetRequestEvent;
    'settings-password-reset-requested': SettingsPasswordResetRequestedEvent;
  }
}
