import type { BillingProfile, BillingProfileUpdate } from '../api/types.js';
import type { SettingsChange } from './settings-change.js';

/**
 * Fired by `<settings-billing>` before it saves the billing profile. Cancel it
 * (`preventDefault()`) to stop the save; the form keeps the edits.
 */
export class SettingsBillingProfileUpdateEvent extends Event {
  static readonly type = 'settings-billing-profile-update';
  /** Only the fields the user changed. */
  constructor(readonly update: BillingProfileUpdate) {
    super(SettingsBillingProfileUpdateEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired by `<settings-billing>` after the billing profile was saved. */
export class SettingsBillingProfileUpdatedEvent extends Event {
  static readonly type = 'settings-billing-profile-updated';
  /** The profile as the server saved it. */
  constructor(readonly profile: BillingProfile, readonly change: SettingsChange) {
    super(SettingsBillingProfileUpdatedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-billing-profile-update': SettingsBillingProfileUpdateEvent;
    'settings-billing-profile-updated': SettingsBillingProfileUpdatedEvent;
  }
}
