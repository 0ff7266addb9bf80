// Written by `npm run sync-bindings` from custom-elements.json: do not edit by hand.
//
// Each wrapper sets the element's properties as properties (objects and functions arrive as they
// are), maps `on<Event>` props to listeners, and leaves any other prop (`id`, `hidden`, …) to
// React. Wrappers define no tags, and import no element's code (only its type, so they bring no
// section's code into a host's first load): import `settings-elements/define/<tag>` (or
// `settings-elements/define`) before rendering. The calls are marked pure so a host's bundler
// drops the wrappers it does not use.
//
// `react` and `@lit/react` are optional peers of the package, installed by React hosts only:
// `npm install settings-elements lit @lit/react`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { elementProperties } from '../../internal/element-properties.js';
import type { SettingsActionMenu as SettingsActionMenuElement } from '../../components/settings-action-menu/settings-action-menu.js';
import type { SettingsAdminTeam as SettingsAdminTeamElement } from '../../components/settings-admin-team/settings-admin-team.js';
import type { SettingsAdminTeamForm as SettingsAdminTeamFormElement } from '../../components/settings-admin-team/settings-admin-team-form.js';
import type { SettingsApiKeyDialogs as SettingsApiKeyDialogsElement } from '../../components/settings-api-keys/settings-api-key-dialogs.js';
import type { SettingsApiKeyRotation as SettingsApiKeyRotationElement } from '../../components/settings-api-keys/settings-api-key-rotation.js';
import type { SettingsApiKeySecret as SettingsApiKeySecretElement } from '../../components/settings-api-keys/settings-api-key-secret.js';
import type { SettingsApiKeys as SettingsApiKeysElement } from '../../components/settings-api-keys/settings-api-keys.js';
import type { SettingsApp as SettingsAppElement } from '../../components/settings-app/settings-app.js';
import type { SettingsBilling as SettingsBillingElement } from '../../components/settings-billing/settings-billing.js';
import type { SettingsCompanyMembers as SettingsCompanyMembersElement } from '../../components/settings-company-members/settings-company-members.js';
import type { SettingsCompanySwitcher as SettingsCompanySwitcherElement } from '../../components/settings-company-switcher/settings-company-switcher.js';
import type { SettingsDataPreferences as SettingsDataPreferencesElement } from '../../components/settings-data-preferences/settings-data-preferences.js';
import type { SettingsDataRepository as SettingsDataRepositoryElement } from '../../components/settings-data-repository/settings-data-repository.js';
import type { SettingsDialog as SettingsDialogElement } from '../../components/settings-dialog/settings-dialog.js';
import type { SettingsMembership as SettingsMembershipElement } from '../../components/settings-membership/settings-membership.js';
import type { SettingsPreferences as SettingsPreferencesElement } from '../../components/settings-preferences/settings-preferences.js';
import type { SettingsProfile as SettingsProfileElement } from '../../components/settings-profile/settings-profile.js';
import type { SettingsProvider as SettingsProviderElement } from '../../components/settings-provider/settings-provider.js';
import type { SettingsSites as SettingsSitesElement } from '../../components/settings-sites/settings-sites.js';
import type {
  SettingsActionEvent,
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
  SettingsBillingProfileUpdateEvent,
  SettingsBillingProfileUpdatedEvent,
  SettingsChangeEvent,
  SettingsCompanyChangedEvent,
  SettingsDataPreferencesUpdateEvent,
  SettingsDataPreferencesUpdatedEvent,
  SettingsDataRepositoryUpdateEvent,
  SettingsDataRepositoryUpdatedEvent,
  SettingsDialogClosedEvent,
  SettingsInvitationResendEvent,
  SettingsInvitationResentEvent,
  SettingsMemberInviteEvent,
  SettingsMemberInvitedEvent,
  SettingsMemberRemoveEvent,
  SettingsMemberRemovedEvent,
  SettingsMemberUpdateEvent,
  SettingsMemberUpdatedEvent,
  SettingsNavigateEvent,
  SettingsPasswordResetRequestEvent,
  SettingsPasswordResetRequestedEvent,
  SettingsPreferencesChangedEvent,
  SettingsPreferencesUpdateEvent,
  SettingsPreferencesUpdatedEvent,
  SettingsProfileUpdateEvent,
  SettingsProfileUpdatedEvent,
  SettingsSessionErrorEvent,
  SettingsSiteArchiveEvent,
  SettingsSiteArchivedEvent,
  SettingsSiteCreateEvent,
  SettingsSiteCreatedEvent,
  SettingsSiteRestoreEvent,
  SettingsSiteRestoredEvent,
  SettingsSiteUpdateEvent,
  SettingsSiteUpdatedEvent,
  SettingsUnauthorizedEvent,
} from '../../index.js';

/** `<settings-action-menu>`: Row actions menu used by the panels. */
export const SettingsActionMenu = /* @__PURE__ */ createComponent({
  tagName: 'settings-action-menu',
  elementClass: /* @__PURE__ */ elementProperties<SettingsActionMenuElement>('label', 'items'),
  react: React,
  displayName: 'SettingsActionMenu',
  events: {
    onSettingsAction: 'settings-action' as EventName<SettingsActionEvent>,
  },
});

/** `<settings-admin-team>`: Organization > Admin team: list, search, Add member, edit access, invitations, remove. */
export const SettingsAdminTeam = /* @__PURE__ */ createComponent({
  tagName: 'settings-admin-team',
  elementClass: /* @__PURE__ */ elementProperties<SettingsAdminTeamElement>(),
  react: React,
  displayName: 'SettingsAdminTeam',
  events: {
    onSettingsMemberInvite: 'settings-member-invite' as EventName<SettingsMemberInviteEvent>,
    onSettingsMemberInvited: 'settings-member-invited' as EventName<SettingsMemberInvitedEvent>,
    onSettingsMemberUpdate: 'settings-member-update' as EventName<SettingsMemberUpdateEvent>,
    onSettingsMemberUpdated: 'settings-member-updated' as EventName<SettingsMemberUpdatedEvent>,
    onSettingsMemberRemove: 'settings-member-remove' as EventName<SettingsMemberRemoveEvent>,
    onSettingsMemberRemoved: 'settings-member-removed' as EventName<SettingsMemberRemovedEvent>,
    onSettingsInvitationResend: 'settings-invitation-resend' as EventName<SettingsInvitationResendEvent>,
    onSettingsInvitationResent: 'settings-invitation-resent' as EventName<SettingsInvitationResentEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-admin-team-form>`: Add member / edit role and access dialog of the admin team. */
export const SettingsAdminTeamForm = /* @__PURE__ */ createComponent({
  tagName: 'settings-admin-team-form',
  elementClass: /* @__PURE__ */ elementProperties<SettingsAdminTeamFormElement>(),
  react: React,
  displayName: 'SettingsAdminTeamForm',
  events: {
    onSettingsMemberInvite: 'settings-member-invite' as EventName<SettingsMemberInviteEvent>,
    onSettingsMemberInvited: 'settings-member-invited' as EventName<SettingsMemberInvitedEvent>,
    onSettingsMemberUpdate: 'settings-member-update' as EventName<SettingsMemberUpdateEvent>,
    onSettingsMemberUpdated: 'settings-member-updated' as EventName<SettingsMemberUpdatedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-api-key-dialogs>`: The create, details, key policy and revoke dialogs of `<settings-api-keys>`. */
export const SettingsApiKeyDialogs = /* @__PURE__ */ createComponent({
  tagName: 'settings-api-key-dialogs',
  elementClass: /* @__PURE__ */ elementProperties<SettingsApiKeyDialogsElement>('policy', 'policyError', 'keys'),
  react: React,
  displayName: 'SettingsApiKeyDialogs',
  events: {
    onSettingsApiKeyCreate: 'settings-api-key-create' as EventName<SettingsApiKeyCreateEvent>,
    onSettingsApiKeyCreated: 'settings-api-key-created' as EventName<SettingsApiKeyCreatedEvent>,
    onSettingsApiKeyRevoke: 'settings-api-key-revoke' as EventName<SettingsApiKeyRevokeEvent>,
    onSettingsApiKeyRevoked: 'settings-api-key-revoked' as EventName<SettingsApiKeyRevokedEvent>,
    onSettingsApiKeyToggle: 'settings-api-key-toggle' as EventName<SettingsApiKeyToggleEvent>,
    onSettingsApiKeyToggled: 'settings-api-key-toggled' as EventName<SettingsApiKeyToggledEvent>,
    onSettingsApiKeyPolicyUpdate: 'settings-api-key-policy-update' as EventName<SettingsApiKeyPolicyUpdateEvent>,
    onSettingsApiKeyPolicyUpdated: 'settings-api-key-policy-updated' as EventName<SettingsApiKeyPolicyUpdatedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-api-key-rotation>`: Guided rotation of one API key, used by `<settings-api-keys>`. */
export const SettingsApiKeyRotation = /* @__PURE__ */ createComponent({
  tagName: 'settings-api-key-rotation',
  elementClass: /* @__PURE__ */ elementProperties<SettingsApiKeyRotationElement>('policy'),
  react: React,
  displayName: 'SettingsApiKeyRotation',
  events: {
    onSettingsApiKeyCreate: 'settings-api-key-create' as EventName<SettingsApiKeyCreateEvent>,
    onSettingsApiKeyCreated: 'settings-api-key-created' as EventName<SettingsApiKeyCreatedEvent>,
    onSettingsApiKeyRevoke: 'settings-api-key-revoke' as EventName<SettingsApiKeyRevokeEvent>,
    onSettingsApiKeyRevoked: 'settings-api-key-revoked' as EventName<SettingsApiKeyRevokedEvent>,
    onSettingsApiKeyExpirySchedule: 'settings-api-key-expiry-schedule' as EventName<SettingsApiKeyExpiryScheduleEvent>,
    onSettingsApiKeyExpiryScheduled: 'settings-api-key-expiry-scheduled' as EventName<SettingsApiKeyExpiryScheduledEvent>,
    onSettingsApiKeyRotationCompleted: 'settings-api-key-rotation-completed' as EventName<SettingsApiKeyRotationCompletedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-api-key-secret>`: One-time display of a new API key's secret, with Copy. */
export const SettingsApiKeySecret = /* @__PURE__ */ createComponent({
  tagName: 'settings-api-key-secret',
  elementClass: /* @__PURE__ */ elementProperties<SettingsApiKeySecretElement>(),
  react: React,
  displayName: 'SettingsApiKeySecret',
  events: {},
});

/** `<settings-api-keys>`: Organization API keys: scopes, lifetime policy, expiry warnings, guided rotation, disable, revoke. */
export const SettingsApiKeys = /* @__PURE__ */ createComponent({
  tagName: 'settings-api-keys',
  elementClass: /* @__PURE__ */ elementProperties<SettingsApiKeysElement>(),
  react: React,
  displayName: 'SettingsApiKeys',
  events: {
    onSettingsApiKeyCreate: 'settings-api-key-create' as EventName<SettingsApiKeyCreateEvent>,
    onSettingsApiKeyCreated: 'settings-api-key-created' as EventName<SettingsApiKeyCreatedEvent>,
    onSettingsApiKeyRevoke: 'settings-api-key-revoke' as EventName<SettingsApiKeyRevokeEvent>,
    onSettingsApiKeyRevoked: 'settings-api-key-revoked' as EventName<SettingsApiKeyRevokedEvent>,
    onSettingsApiKeyToggle: 'settings-api-key-toggle' as EventName<SettingsApiKeyToggleEvent>,
    onSettingsApiKeyToggled: 'settings-api-key-toggled' as EventName<SettingsApiKeyToggledEvent>,
    onSettingsApiKeyPolicyUpdate: 'settings-api-key-policy-update' as EventName<SettingsApiKeyPolicyUpdateEvent>,
    onSettingsApiKeyPolicyUpdated: 'settings-api-key-policy-updated' as EventName<SettingsApiKeyPolicyUpdatedEvent>,
    onSettingsApiKeyRotationCompleted: 'settings-api-key-rotation-completed' as EventName<SettingsApiKeyRotationCompletedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-app>`: The settings shell: navigation, company switcher and the current section. */
export const SettingsApp = /* @__PURE__ */ createComponent({
  tagName: 'settings-app',
  elementClass: /* @__PURE__ */ elementProperties<SettingsAppElement>('section', 'linkTemplate', 'followHash', 'prefetch'),
  react: React,
  displayName: 'SettingsApp',
  events: {
    onSettingsNavigate: 'settings-navigate' as EventName<SettingsNavigateEvent>,
    // Bubbling up from the elements inside it (composed: they cross shadow roots):
    onSettingsApiKeyCreate: 'settings-api-key-create' as EventName<SettingsApiKeyCreateEvent>,
    onSettingsApiKeyCreated: 'settings-api-key-created' as EventName<SettingsApiKeyCreatedEvent>,
    onSettingsApiKeyExpirySchedule: 'settings-api-key-expiry-schedule' as EventName<SettingsApiKeyExpiryScheduleEvent>,
    onSettingsApiKeyExpiryScheduled: 'settings-api-key-expiry-scheduled' as EventName<SettingsApiKeyExpiryScheduledEvent>,
    onSettingsApiKeyPolicyUpdate: 'settings-api-key-policy-update' as EventName<SettingsApiKeyPolicyUpdateEvent>,
    onSettingsApiKeyPolicyUpdated: 'settings-api-key-policy-updated' as EventName<SettingsApiKeyPolicyUpdatedEvent>,
    onSettingsApiKeyRevoke: 'settings-api-key-revoke' as EventName<SettingsApiKeyRevokeEvent>,
    onSettingsApiKeyRevoked: 'settings-api-key-revoked' as EventName<SettingsApiKeyRevokedEvent>,
    onSettingsApiKeyRotationCompleted: 'settings-api-key-rotation-completed' as EventName<SettingsApiKeyRotationCompletedEvent>,
    onSettingsApiKeyToggle: 'settings-api-key-toggle' as EventName<SettingsApiKeyToggleEvent>,
    onSettingsApiKeyToggled: 'settings-api-key-toggled' as EventName<SettingsApiKeyToggledEvent>,
    onSettingsBillingProfileUpdate: 'settings-billing-profile-update' as EventName<SettingsBillingProfileUpdateEvent>,
    onSettingsBillingProfileUpdated: 'settings-billing-profile-updated' as EventName<SettingsBillingProfileUpdatedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
    onSettingsDataPreferencesUpdate: 'settings-data-preferences-update' as EventName<SettingsDataPreferencesUpdateEvent>,
    onSettingsDataPreferencesUpdated: 'settings-data-preferences-updated' as EventName<SettingsDataPreferencesUpdatedEvent>,
    onSettingsDataRepositoryUpdate: 'settings-data-repository-update' as EventName<SettingsDataRepositoryUpdateEvent>,
    onSettingsDataRepositoryUpdated: 'settings-data-repository-updated' as EventName<SettingsDataRepositoryUpdatedEvent>,
    onSettingsInvitationResend: 'settings-invitation-resend' as EventName<SettingsInvitationResendEvent>,
    onSettingsInvitationResent: 'settings-invitation-resent' as EventName<SettingsInvitationResentEvent>,
    onSettingsMemberInvite: 'settings-member-invite' as EventName<SettingsMemberInviteEvent>,
    onSettingsMemberInvited: 'settings-member-invited' as EventName<SettingsMemberInvitedEvent>,
    onSettingsMemberRemove: 'settings-member-remove' as EventName<SettingsMemberRemoveEvent>,
    onSettingsMemberRemoved: 'settings-member-removed' as EventName<SettingsMemberRemovedEvent>,
    onSettingsMemberUpdate: 'settings-member-update' as EventName<SettingsMemberUpdateEvent>,
    onSettingsMemberUpdated: 'settings-member-updated' as EventName<SettingsMemberUpdatedEvent>,
    onSettingsPasswordResetRequest: 'settings-password-reset-request' as EventName<SettingsPasswordResetRequestEvent>,
    onSettingsPasswordResetRequested: 'settings-password-reset-requested' as EventName<SettingsPasswordResetRequestedEvent>,
    onSettingsPreferencesChanged: 'settings-preferences-changed' as EventName<SettingsPreferencesChangedEvent>,
    onSettingsPreferencesUpdate: 'settings-preferences-update' as EventName<SettingsPreferencesUpdateEvent>,
    onSettingsPreferencesUpdated: 'settings-preferences-updated' as EventName<SettingsPreferencesUpdatedEvent>,
    onSettingsProfileUpdate: 'settings-profile-update' as EventName<SettingsProfileUpdateEvent>,
    onSettingsProfileUpdated: 'settings-profile-updated' as EventName<SettingsProfileUpdatedEvent>,
    onSettingsSiteArchive: 'settings-site-archive' as EventName<SettingsSiteArchiveEvent>,
    onSettingsSiteArchived: 'settings-site-archived' as EventName<SettingsSiteArchivedEvent>,
    onSettingsSiteCreate: 'settings-site-create' as EventName<SettingsSiteCreateEvent>,
    onSettingsSiteCreated: 'settings-site-created' as EventName<SettingsSiteCreatedEvent>,
    onSettingsSiteRestore: 'settings-site-restore' as EventName<SettingsSiteRestoreEvent>,
    onSettingsSiteRestored: 'settings-site-restored' as EventName<SettingsSiteRestoredEvent>,
    onSettingsSiteUpdate: 'settings-site-update' as EventName<SettingsSiteUpdateEvent>,
    onSettingsSiteUpdated: 'settings-site-updated' as EventName<SettingsSiteUpdatedEvent>,
  },
});

/** `<settings-billing>`: Organization billing: plan, billing profile, payment method, invoices. */
export const SettingsBilling = /* @__PURE__ */ createComponent({
  tagName: 'settings-billing',
  elementClass: /* @__PURE__ */ elementProperties<SettingsBillingElement>(),
  react: React,
  displayName: 'SettingsBilling',
  events: {
    onSettingsBillingProfileUpdate: 'settings-billing-profile-update' as EventName<SettingsBillingProfileUpdateEvent>,
    onSettingsBillingProfileUpdated: 'settings-billing-profile-updated' as EventName<SettingsBillingProfileUpdatedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-company-members>`: Company > Members: list, search, invite, change role, resend/cancel invitations, remove. */
export const SettingsCompanyMembers = /* @__PURE__ */ createComponent({
  tagName: 'settings-company-members',
  elementClass: /* @__PURE__ */ elementProperties<SettingsCompanyMembersElement>(),
  react: React,
  displayName: 'SettingsCompanyMembers',
  events: {
    onSettingsMemberInvite: 'settings-member-invite' as EventName<SettingsMemberInviteEvent>,
    onSettingsMemberInvited: 'settings-member-invited' as EventName<SettingsMemberInvitedEvent>,
    onSettingsMemberUpdate: 'settings-member-update' as EventName<SettingsMemberUpdateEvent>,
    onSettingsMemberUpdated: 'settings-member-updated' as EventName<SettingsMemberUpdatedEvent>,
    onSettingsMemberRemove: 'settings-member-remove' as EventName<SettingsMemberRemoveEvent>,
    onSettingsMemberRemoved: 'settings-member-removed' as EventName<SettingsMemberRemovedEvent>,
    onSettingsInvitationResend: 'settings-invitation-resend' as EventName<SettingsInvitationResendEvent>,
    onSettingsInvitationResent: 'settings-invitation-resent' as EventName<SettingsInvitationResentEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-company-switcher>`: The company switcher of the settings area. */
export const SettingsCompanySwitcher = /* @__PURE__ */ createComponent({
  tagName: 'settings-company-switcher',
  elementClass: /* @__PURE__ */ elementProperties<SettingsCompanySwitcherElement>('hideLabel'),
  react: React,
  displayName: 'SettingsCompanySwitcher',
  events: {},
});

/** `<settings-data-preferences>`: Company > Data preferences: how the selected company writes units, money and dates. */
export const SettingsDataPreferences = /* @__PURE__ */ createComponent({
  tagName: 'settings-data-preferences',
  elementClass: /* @__PURE__ */ elementProperties<SettingsDataPreferencesElement>(),
  react: React,
  displayName: 'SettingsDataPreferences',
  events: {
    onSettingsDataPreferencesUpdate: 'settings-data-preferences-update' as EventName<SettingsDataPreferencesUpdateEvent>,
    onSettingsDataPreferencesUpdated: 'settings-data-preferences-updated' as EventName<SettingsDataPreferencesUpdatedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-data-repository>`: Organization data controls: storage region, retention, cross-company sharing. */
export const SettingsDataRepository = /* @__PURE__ */ createComponent({
  tagName: 'settings-data-repository',
  elementClass: /* @__PURE__ */ elementProperties<SettingsDataRepositoryElement>(),
  react: React,
  displayName: 'SettingsDataRepository',
  events: {
    onSettingsDataRepositoryUpdate: 'settings-data-repository-update' as EventName<SettingsDataRepositoryUpdateEvent>,
    onSettingsDataRepositoryUpdated: 'settings-data-repository-updated' as EventName<SettingsDataRepositoryUpdatedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-dialog>`: Modal dialog used by the panels. */
export const SettingsDialog = /* @__PURE__ */ createComponent({
  tagName: 'settings-dialog',
  elementClass: /* @__PURE__ */ elementProperties<SettingsDialogElement>('heading', 'open', 'noDismiss'),
  react: React,
  displayName: 'SettingsDialog',
  events: {
    onSettingsDialogClosed: 'settings-dialog-closed' as EventName<SettingsDialogClosedEvent>,
  },
});

/** `<settings-membership>`: Personal > Membership: the user's organization and company memberships. */
export const SettingsMembership = /* @__PURE__ */ createComponent({
  tagName: 'settings-membership',
  elementClass: /* @__PURE__ */ elementProperties<SettingsMembershipElement>(),
  react: React,
  displayName: 'SettingsMembership',
  events: {},
});

/** `<settings-preferences>`: Personal > Preferences: language, time zone, date format, theme, email notifications. */
export const SettingsPreferences = /* @__PURE__ */ createComponent({
  tagName: 'settings-preferences',
  elementClass: /* @__PURE__ */ elementProperties<SettingsPreferencesElement>('languages', 'autoSave'),
  react: React,
  displayName: 'SettingsPreferences',
  events: {
    onSettingsPreferencesUpdate: 'settings-preferences-update' as EventName<SettingsPreferencesUpdateEvent>,
    onSettingsPreferencesUpdated: 'settings-preferences-updated' as EventName<SettingsPreferencesUpdatedEvent>,
    onSettingsPreferencesChanged: 'settings-preferences-changed' as EventName<SettingsPreferencesChangedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-profile>`: Personal > General: profile and password reset. */
export const SettingsProfile = /* @__PURE__ */ createComponent({
  tagName: 'settings-profile',
  elementClass: /* @__PURE__ */ elementProperties<SettingsProfileElement>(),
  react: React,
  displayName: 'SettingsProfile',
  events: {
    onSettingsProfileUpdate: 'settings-profile-update' as EventName<SettingsProfileUpdateEvent>,
    onSettingsProfileUpdated: 'settings-profile-updated' as EventName<SettingsProfileUpdatedEvent>,
    onSettingsPasswordResetRequest: 'settings-password-reset-request' as EventName<SettingsPasswordResetRequestEvent>,
    onSettingsPasswordResetRequested: 'settings-password-reset-requested' as EventName<SettingsPasswordResetRequestedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});

/** `<settings-provider>`: The root every settings element needs above it. */
export const SettingsProvider = /* @__PURE__ */ createComponent({
  tagName: 'settings-provider',
  elementClass: /* @__PURE__ */ elementProperties<SettingsProviderElement>('client', 'baseUrl', 'company', 'supportEmail', 'sections', 'omitSections', 'retry', 'theme', 'locale', 'followUserLanguage', 'loadTranslation'),
  react: React,
  displayName: 'SettingsProvider',
  events: {
    onSettingsUnauthorized: 'settings-unauthorized' as EventName<SettingsUnauthorizedEvent>,
    onSettingsSessionError: 'settings-session-error' as EventName<SettingsSessionErrorEvent>,
    onSettingsCompanyChanged: 'settings-company-changed' as EventName<SettingsCompanyChangedEvent>,
    // Bubbling up from the elements inside it (composed: they cross shadow roots):
    onSettingsApiKeyCreate: 'settings-api-key-create' as EventName<SettingsApiKeyCreateEvent>,
    onSettingsApiKeyCreated: 'settings-api-key-created' as EventName<SettingsApiKeyCreatedEvent>,
    onSettingsApiKeyExpirySchedule: 'settings-api-key-expiry-schedule' as EventName<SettingsApiKeyExpiryScheduleEvent>,
    onSettingsApiKeyExpiryScheduled: 'settings-api-key-expiry-scheduled' as EventName<SettingsApiKeyExpiryScheduledEvent>,
    onSettingsApiKeyPolicyUpdate: 'settings-api-key-policy-update' as EventName<SettingsApiKeyPolicyUpdateEvent>,
    onSettingsApiKeyPolicyUpdated: 'settings-api-key-policy-updated' as EventName<SettingsApiKeyPolicyUpdatedEvent>,
    onSettingsApiKeyRevoke: 'settings-api-key-revoke' as EventName<SettingsApiKeyRevokeEvent>,
    onSettingsApiKeyRevoked: 'settings-api-key-revoked' as EventName<SettingsApiKeyRevokedEvent>,
    onSettingsApiKeyRotationCompleted: 'settings-api-key-rotation-completed' as EventName<SettingsApiKeyRotationCompletedEvent>,
    onSettingsApiKeyToggle: 'settings-api-key-toggle' as EventName<SettingsApiKeyToggleEvent>,
    onSettingsApiKeyToggled: 'settings-api-key-toggled' as EventName<SettingsApiKeyToggledEvent>,
    onSettingsBillingProfileUpdate: 'settings-billing-profile-update' as EventName<SettingsBillingProfileUpdateEvent>,
    onSettingsBillingProfileUpdated: 'settings-billing-profile-updated' as EventName<SettingsBillingProfileUpdatedEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
    onSettingsDataPreferencesUpdate: 'settings-data-preferences-update' as EventName<SettingsDataPreferencesUpdateEvent>,
    onSettingsDataPreferencesUpdated: 'settings-data-preferences-updated' as EventName<SettingsDataPreferencesUpdatedEvent>,
    onSettingsDataRepositoryUpdate: 'settings-data-repository-update' as EventName<SettingsDataRepositoryUpdateEvent>,
    onSettingsDataRepositoryUpdated: 'settings-data-repository-updated' as EventName<SettingsDataRepositoryUpdatedEvent>,
    onSettingsInvitationResend: 'settings-invitation-resend' as EventName<SettingsInvitationResendEvent>,
    onSettingsInvitationResent: 'settings-invitation-resent' as EventName<SettingsInvitationResentEvent>,
    onSettingsMemberInvite: 'settings-member-invite' as EventName<SettingsMemberInviteEvent>,
    onSettingsMemberInvited: 'settings-member-invited' as EventName<SettingsMemberInvitedEvent>,
    onSettingsMemberRemove: 'settings-member-remove' as EventName<SettingsMemberRemoveEvent>,
    onSettingsMemberRemoved: 'settings-member-removed' as EventName<SettingsMemberRemovedEvent>,
    onSettingsMemberUpdate: 'settings-member-update' as EventName<SettingsMemberUpdateEvent>,
    onSettingsMemberUpdated: 'settings-member-updated' as EventName<SettingsMemberUpdatedEvent>,
    onSettingsNavigate: 'settings-navigate' as EventName<SettingsNavigateEvent>,
    onSettingsPasswordResetRequest: 'settings-password-reset-request' as EventName<SettingsPasswordResetRequestEvent>,
    onSettingsPasswordResetRequested: 'settings-password-reset-requested' as EventName<SettingsPasswordResetRequestedEvent>,
    onSettingsPreferencesChanged: 'settings-preferences-changed' as EventName<SettingsPreferencesChangedEvent>,
    onSettingsPreferencesUpdate: 'settings-preferences-update' as EventName<SettingsPreferencesUpdateEvent>,
    onSettingsPreferencesUpdated: 'settings-preferences-updated' as EventName<SettingsPreferencesUpdatedEvent>,
    onSettingsProfileUpdate: 'settings-profile-update' as EventName<SettingsProfileUpdateEvent>,
    onSettingsProfileUpdated: 'settings-profile-updated' as EventName<SettingsProfileUpdatedEvent>,
    onSettingsSiteArchive: 'settings-site-archive' as EventName<SettingsSiteArchiveEvent>,
    onSettingsSiteArchived: 'settings-site-archived' as EventName<SettingsSiteArchivedEvent>,
    onSettingsSiteCreate: 'settings-site-create' as EventName<SettingsSiteCreateEvent>,
    onSettingsSiteCreated: 'settings-site-created' as EventName<SettingsSiteCreatedEvent>,
    onSettingsSiteRestore: 'settings-site-restore' as EventName<SettingsSiteRestoreEvent>,
    onSettingsSiteRestored: 'settings-site-restored' as EventName<SettingsSiteRestoredEvent>,
    onSettingsSiteUpdate: 'settings-site-update' as EventName<SettingsSiteUpdateEvent>,
    onSettingsSiteUpdated: 'settings-site-updated' as EventName<SettingsSiteUpdatedEvent>,
  },
});

/** `<settings-sites>`: Company > Sites: list, search, add, edit, archive and restore the selected company's sites. */
export const SettingsSites = /* @__PURE__ */ createComponent({
  tagName: 'settings-sites',
  elementClass: /* @__PURE__ */ elementProperties<SettingsSitesElement>(),
  react: React,
  displayName: 'SettingsSites',
  events: {
    onSettingsSiteCreate: 'settings-site-create' as EventName<SettingsSiteCreateEvent>,
    onSettingsSiteCreated: 'settings-site-created' as EventName<SettingsSiteCreatedEvent>,
    onSettingsSiteUpdate: 'settings-site-update' as EventName<SettingsSiteUpdateEvent>,
    onSettingsSiteUpdated: 'settings-site-updated' as EventName<SettingsSiteUpdatedEvent>,
    onSettingsSiteArchive: 'settings-site-archive' as EventName<SettingsSiteArchiveEvent>,
    onSettingsSiteArchived: 'settings-site-archived' as EventName<SettingsSiteArchivedEvent>,
    onSettingsSiteRestore: 'settings-site-restore' as EventName<SettingsSiteRestoreEvent>,
    onSettingsSiteRestored: 'settings-site-restored' as EventName<SettingsSiteRestoredEvent>,
    onSettingsChange: 'settings-change' as EventName<SettingsChangeEvent>,
  },
});
