// Written by `npm run sync-bindings` from custom-elements.json: do not edit by hand.
//
// Use: `import type {} from 'settings-elements/svelte';` once (e.g. in src/app.d.ts), and import
// `settings-elements/define` before the tags render (Svelte sets a property only on a defined element).
import type { HTMLAttributes } from 'svelte/elements';
import type {
  SettingsActionEvent,
  SettingsActionMenu,
  SettingsAdminTeam,
  SettingsAdminTeamForm,
  SettingsApiKeyCreateEvent,
  SettingsApiKeyCreatedEvent,
  SettingsApiKeyDialogs,
  SettingsApiKeyExpiryScheduleEvent,
  SettingsApiKeyExpiryScheduledEvent,
  SettingsApiKeyPolicyUpdateEvent,
  SettingsApiKeyPolicyUpdatedEvent,
  SettingsApiKeyRevokeEvent,
  SettingsApiKeyRevokedEvent,
  SettingsApiKeyRotation,
  SettingsApiKeyRotationCompletedEvent,
  SettingsApiKeySecret,
  SettingsApiKeyToggleEvent,
  SettingsApiKeyToggledEvent,
  SettingsApiKeys,
  SettingsApp,
  SettingsBilling,
  SettingsBillingProfileUpdateEvent,
  SettingsBillingProfileUpdatedEvent,
  SettingsChangeEvent,
  SettingsCompanyChangedEvent,
  SettingsCompanyMembers,
  SettingsCompanySwitcher,
  SettingsDataPreferences,
  SettingsDataPreferencesUpdateEvent,
  SettingsDataPreferencesUpdatedEvent,
  SettingsDataRepository,
  SettingsDataRepositoryUpdateEvent,
  SettingsDataRepositoryUpdatedEvent,
  SettingsDialog,
  SettingsDialogClosedEvent,
  SettingsInvitationResendEvent,
  SettingsInvitationResentEvent,
  SettingsMemberInviteEvent,
  SettingsMemberInvitedEvent,
  SettingsMemberRemoveEvent,
  SettingsMemberRemovedEvent,
  SettingsMemberUpdateEvent,
  SettingsMemberUpdatedEvent,
  SettingsMembership,
  SettingsNavigateEvent,
  SettingsPasswordResetRequestEvent,
  SettingsPasswordResetRequestedEvent,
  SettingsPreferences,
  SettingsPreferencesChangedEvent,
  SettingsPreferencesUpdateEvent,
  SettingsPreferencesUpdatedEvent,
  SettingsProfile,
  SettingsProfileUpdateEvent,
  SettingsProfileUpdatedEvent,
  SettingsProvider,
  SettingsSessionErrorEvent,
  SettingsSiteArchiveEvent,
  SettingsSiteArchivedEvent,
  SettingsSiteCreateEvent,
  SettingsSiteCreatedEvent,
  SettingsSiteRestoreEvent,
  SettingsSiteRestoredEvent,
  SettingsSiteUpdateEvent,
  SettingsSiteUpdatedEvent,
  SettingsSites,
  SettingsUnauthorizedEvent,
} from '../../index.js';
import type { AttributeValue } from './attribute-value.js';

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    /** `<settings-action-menu>`: Row actions menu used by the panels. */
    'settings-action-menu': HTMLAttributes<SettingsActionMenu> & {
      label?: SettingsActionMenu['label'];
      items?: SettingsActionMenu['items'];
      'onsettings-action'?: (event: SettingsActionEvent) => void;
      'on:settings-action'?: (event: SettingsActionEvent) => void;
    };
    /** `<settings-admin-team>`: Organization > Admin team: list, search, Add member, edit access, invitations, remove. */
    'settings-admin-team': HTMLAttributes<SettingsAdminTeam> & {
      'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'on:settings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'on:settings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'on:settings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'on:settings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'onsettings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
      'on:settings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
      'onsettings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
      'on:settings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
      'onsettings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
      'on:settings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
      'onsettings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
      'on:settings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-admin-team-form>`: Add member / edit role and access dialog of the admin team. */
    'settings-admin-team-form': HTMLAttributes<SettingsAdminTeamForm> & {
      'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'on:settings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'on:settings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'on:settings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'on:settings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-api-key-dialogs>`: The create, details, key policy and revoke dialogs of `<settings-api-keys>`. */
    'settings-api-key-dialogs': HTMLAttributes<SettingsApiKeyDialogs> & {
      policy?: SettingsApiKeyDialogs['policy'];
      policyError?: SettingsApiKeyDialogs['policyError'];
      keys?: SettingsApiKeyDialogs['keys'];
      'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'on:settings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'on:settings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'on:settings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'on:settings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'onsettings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
      'on:settings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
      'onsettings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
      'on:settings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
      'onsettings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      'on:settings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      'onsettings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      'on:settings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-api-key-rotation>`: Guided rotation of one API key, used by `<settings-api-keys>`. */
    'settings-api-key-rotation': HTMLAttributes<SettingsApiKeyRotation> & {
      policy?: SettingsApiKeyRotation['policy'];
      'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'on:settings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'on:settings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'on:settings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'on:settings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'onsettings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      'on:settings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      'onsettings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      'on:settings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      'onsettings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      'on:settings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-api-key-secret>`: One-time display of a new API key's secret, with Copy. */
    'settings-api-key-secret': HTMLAttributes<SettingsApiKeySecret>;
    /** `<settings-api-keys>`: Organization API keys: scopes, lifetime policy, expiry warnings, guided rotation, disable, revoke. */
    'settings-api-keys': HTMLAttributes<SettingsApiKeys> & {
      'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'on:settings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'on:settings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'on:settings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'on:settings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'onsettings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
      'on:settings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
      'onsettings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
      'on:settings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
      'onsettings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      'on:settings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      'onsettings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      'on:settings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      'onsettings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      'on:settings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-app>`: The settings shell: navigation, company switcher and the current section. */
    'settings-app': HTMLAttributes<SettingsApp> & {
      section?: SettingsApp['section'];
      linkTemplate?: SettingsApp['linkTemplate'];
      'link-template'?: AttributeValue<SettingsApp['linkTemplate']>;
      followHash?: SettingsApp['followHash'];
      'follow-hash'?: AttributeValue<SettingsApp['followHash']>;
      prefetch?: SettingsApp['prefetch'];
      'onsettings-navigate'?: (event: SettingsNavigateEvent) => void;
      'on:settings-navigate'?: (event: SettingsNavigateEvent) => void;
      // Bubbling up from the elements inside it (composed: they cross shadow roots):
      'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'on:settings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'on:settings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'onsettings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      'on:settings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      'onsettings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      'on:settings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      'onsettings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      'on:settings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      'onsettings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      'on:settings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'on:settings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'on:settings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'onsettings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      'on:settings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      'onsettings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
      'on:settings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
      'onsettings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
      'on:settings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
      'onsettings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
      'on:settings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
      'onsettings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
      'on:settings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
      'onsettings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
      'on:settings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
      'onsettings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      'on:settings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      'onsettings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
      'on:settings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
      'onsettings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      'on:settings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      'onsettings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
      'on:settings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
      'onsettings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
      'on:settings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
      'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'on:settings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'on:settings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'onsettings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
      'on:settings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
      'onsettings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
      'on:settings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
      'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'on:settings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'on:settings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'onsettings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
      'on:settings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
      'onsettings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
      'on:settings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
      'onsettings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
      'on:settings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
      'onsettings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
      'on:settings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
      'onsettings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
      'on:settings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
      'onsettings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
      'on:settings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
      'onsettings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
      'on:settings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
      'onsettings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
      'on:settings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
      'onsettings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
      'on:settings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
      'onsettings-site-create'?: (event: SettingsSiteCreateEvent) => void;
      'on:settings-site-create'?: (event: SettingsSiteCreateEvent) => void;
      'onsettings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
      'on:settings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
      'onsettings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
      'on:settings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
      'onsettings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
      'on:settings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
      'onsettings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
      'on:settings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
      'onsettings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
      'on:settings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
    };
    /** `<settings-billing>`: Organization billing: plan, billing profile, payment method, invoices. */
    'settings-billing': HTMLAttributes<SettingsBilling> & {
      'onsettings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
      'on:settings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
      'onsettings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
      'on:settings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-company-members>`: Company > Members: list, search, invite, change role, resend/cancel invitations, remove. */
    'settings-company-members': HTMLAttributes<SettingsCompanyMembers> & {
      'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'on:settings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'on:settings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'on:settings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'on:settings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'onsettings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
      'on:settings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
      'onsettings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
      'on:settings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
      'onsettings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
      'on:settings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
      'onsettings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
      'on:settings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-company-switcher>`: The company switcher of the settings area. */
    'settings-company-switcher': HTMLAttributes<SettingsCompanySwitcher> & {
      hideLabel?: SettingsCompanySwitcher['hideLabel'];
      'hide-label'?: AttributeValue<SettingsCompanySwitcher['hideLabel']>;
    };
    /** `<settings-data-preferences>`: Company > Data preferences: how the selected company writes units, money and dates. */
    'settings-data-preferences': HTMLAttributes<SettingsDataPreferences> & {
      'onsettings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
      'on:settings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
      'onsettings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      'on:settings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-data-repository>`: Organization data controls: storage region, retention, cross-company sharing. */
    'settings-data-repository': HTMLAttributes<SettingsDataRepository> & {
      'onsettings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
      'on:settings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
      'onsettings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      'on:settings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-dialog>`: Modal dialog used by the panels. */
    'settings-dialog': HTMLAttributes<SettingsDialog> & {
      heading?: SettingsDialog['heading'];
      open?: SettingsDialog['open'];
      noDismiss?: SettingsDialog['noDismiss'];
      'no-dismiss'?: AttributeValue<SettingsDialog['noDismiss']>;
      'onsettings-dialog-closed'?: (event: SettingsDialogClosedEvent) => void;
      'on:settings-dialog-closed'?: (event: SettingsDialogClosedEvent) => void;
    };
    /** `<settings-membership>`: Personal > Membership: the user's organization and company memberships. */
    'settings-membership': HTMLAttributes<SettingsMembership>;
    /** `<settings-preferences>`: Personal > Preferences: language, time zone, date format, theme, email notifications. */
    'settings-preferences': HTMLAttributes<SettingsPreferences> & {
      languages?: SettingsPreferences['languages'];
      autoSave?: SettingsPreferences['autoSave'];
      'auto-save'?: AttributeValue<SettingsPreferences['autoSave']>;
      'onsettings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
      'on:settings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
      'onsettings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
      'on:settings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
      'onsettings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
      'on:settings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-profile>`: Personal > General: profile and password reset. */
    'settings-profile': HTMLAttributes<SettingsProfile> & {
      'onsettings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
      'on:settings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
      'onsettings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
      'on:settings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
      'onsettings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
      'on:settings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
      'onsettings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
      'on:settings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
    /** `<settings-provider>`: The root every settings element needs above it. */
    'settings-provider': HTMLAttributes<SettingsProvider> & {
      client?: SettingsProvider['client'];
      baseUrl?: SettingsProvider['baseUrl'];
      'base-url'?: AttributeValue<SettingsProvider['baseUrl']>;
      company?: SettingsProvider['company'];
      supportEmail?: SettingsProvider['supportEmail'];
      'support-email'?: AttributeValue<SettingsProvider['supportEmail']>;
      sections?: SettingsProvider['sections'];
      omitSections?: SettingsProvider['omitSections'];
      'omit-sections'?: AttributeValue<SettingsProvider['omitSections']>;
      retry?: SettingsProvider['retry'];
      theme?: SettingsProvider['theme'];
      locale?: SettingsProvider['locale'];
      followUserLanguage?: SettingsProvider['followUserLanguage'];
      'follow-user-language'?: AttributeValue<SettingsProvider['followUserLanguage']>;
      loadTranslation?: SettingsProvider['loadTranslation'];
      'onsettings-unauthorized'?: (event: SettingsUnauthorizedEvent) => void;
      'on:settings-unauthorized'?: (event: SettingsUnauthorizedEvent) => void;
      'onsettings-session-error'?: (event: SettingsSessionErrorEvent) => void;
      'on:settings-session-error'?: (event: SettingsSessionErrorEvent) => void;
      'onsettings-company-changed'?: (event: SettingsCompanyChangedEvent) => void;
      'on:settings-company-changed'?: (event: SettingsCompanyChangedEvent) => void;
      // Bubbling up from the elements inside it (composed: they cross shadow roots):
      'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'on:settings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
      'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'on:settings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
      'onsettings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      'on:settings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      'onsettings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      'on:settings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      'onsettings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      'on:settings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      'onsettings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      'on:settings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'on:settings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
      'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'on:settings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
      'onsettings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      'on:settings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      'onsettings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
      'on:settings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
      'onsettings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
      'on:settings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
      'onsettings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
      'on:settings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
      'onsettings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
      'on:settings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
      'onsettings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
      'on:settings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
      'onsettings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      'on:settings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      'onsettings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
      'on:settings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
      'onsettings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      'on:settings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      'onsettings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
      'on:settings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
      'onsettings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
      'on:settings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
      'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'on:settings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
      'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'on:settings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
      'onsettings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
      'on:settings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
      'onsettings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
      'on:settings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
      'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'on:settings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
      'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'on:settings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
      'onsettings-navigate'?: (event: SettingsNavigateEvent) => void;
      'on:settings-navigate'?: (event: SettingsNavigateEvent) => void;
      'onsettings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
      'on:settings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
      'onsettings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
      'on:settings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
      'onsettings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
      'on:settings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
      'onsettings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
      'on:settings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
      'onsettings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
      'on:settings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
      'onsettings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
      'on:settings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
      'onsettings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
      'on:settings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
      'onsettings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
      'on:settings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
      'onsettings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
      'on:settings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
      'onsettings-site-create'?: (event: SettingsSiteCreateEvent) => void;
      'on:settings-site-create'?: (event: SettingsSiteCreateEvent) => void;
      'onsettings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
      'on:settings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
      'onsettings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
      'on:settings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
      'onsettings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
      'on:settings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
      'onsettings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
      'on:settings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
      'onsettings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
      'on:settings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
    };
    /** `<settings-sites>`: Company > Sites: list, search, add, edit, archive and restore the selected company's sites. */
    'settings-sites': HTMLAttributes<SettingsSites> & {
      'onsettings-site-create'?: (event: SettingsSiteCreateEvent) => void;
      'on:settings-site-create'?: (event: SettingsSiteCreateEvent) => void;
      'onsettings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
      'on:settings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
      'onsettings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
      'on:settings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
      'onsettings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
      'on:settings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
      'onsettings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
      'on:settings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
      'onsettings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
      'on:settings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
      'onsettings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
      'on:settings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
      'onsettings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
      'on:settings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
      'onsettings-change'?: (event: SettingsChangeEvent) => void;
      'on:settings-change'?: (event: SettingsChangeEvent) => void;
    };
  }
}

// A module, so the block above augments svelte/elements instead of replacing it.
export {};
