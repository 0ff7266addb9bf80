export { SettingsChangeEvent, type FieldChange, type SettingsChange } from './settings-change.js';
export { SettingsCompanyChangedEvent, SettingsNavigateEvent } from './shell-events.js';
export { SettingsSessionErrorEvent, SettingsUnauthorizedEvent } from './session-events.js';
export {
  SettingsPasswordResetRequestEvent,
  SettingsPasswordResetRequestedEvent,
  SettingsProfileUpdateEvent,
  SettingsProfileUpdatedEvent,
} from './profile-events.js';
export { SettingsBillingProfileUpdateEvent, SettingsBillingProfileUpdatedEvent } from './billing-events.js';
export { SettingsDataRepositoryUpdateEvent, SettingsDataRepositoryUpdatedEvent } from './data-repository-events.js';
export {
  SettingsSiteArchiveEvent,
  SettingsSiteArchivedEvent,
  SettingsSiteCreateEvent,
  SettingsSiteCreatedEvent,
  SettingsSiteRestoreEvent,
  SettingsSiteRestoredEvent,
  SettingsSiteUpdateEvent,
  SettingsSiteUpdatedEvent,
} from './site-events.js';
export {
  SettingsInvitationResendEvent,
  SettingsInvitationResentEvent,
  SettingsMemberInviteEvent,
  SettingsMemberInvitedEvent,
  SettingsMemberRemoveEvent,
  SettingsMemberRemovedEvent,
  SettingsMemberUpdateEvent,
  SettingsMemberUpdatedEvent,
  type Member,
  type MemberScope,
} from './member-events.js';
export { SettingsDataPreferencesUpdateEvent, SettingsDataPreferencesUpdatedEvent } from './data-preferences-events.js';
export { SettingsPreferencesChangedEvent, SettingsPreferencesUpdateEvent, SettingsPreferencesUpdatedEvent } from './preferences-events.js';
export {
  SettingsApiKeyCreateEvent,
  SettingsApiKeyCreatedEvent,
  SettingsApiKeyExpiryScheduleEvent,
  SettingsApiKeyExpiryScheduledEvent,
  SettingsApiKeyPolicyUpdateEvent,
  SettingsApiKeyPolicyUpdatedEvent,
  SettingsApiKeyRevokeEvent,
  SettingsApiKeyRevokedEvent,
  SettingsApiKeyRotationCompletedEvent,
  SettingsApiKeyToggleEvent,
  SettingsApiKeyToggledEvent,
} from './api-key-events.js';
