// Written by `npm run sync-bindings` from custom-elements.json: do not edit by hand.
//
// Use: `import type {} from 'settings-elements/vue';` once in the app; tell the compiler the tags
// are custom elements (`isCustomElement: (tag) => tag.startsWith('settings-')`), and import
// `settings-elements/define` before `mount()` (Vue sets a property only on a defined element).
import type { DefineComponent, HTMLAttributes } from 'vue';
import type {
  SettingsActionEvent,
  SettingsActionMenu,
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
  SettingsApiKeyToggleEvent,
  SettingsApiKeyToggledEvent,
  SettingsApp,
  SettingsBillingProfileUpdateEvent,
  SettingsBillingProfileUpdatedEvent,
  SettingsChangeEvent,
  SettingsCompanyChangedEvent,
  SettingsCompanySwitcher,
  SettingsDataPreferencesUpdateEvent,
  SettingsDataPreferencesUpdatedEvent,
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
  SettingsNavigateEvent,
  SettingsPasswordResetRequestEvent,
  SettingsPasswordResetRequestedEvent,
  SettingsPreferences,
  SettingsPreferencesChangedEvent,
  SettingsPreferencesUpdateEvent,
  SettingsPreferencesUpdatedEvent,
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
  SettingsUnauthorizedEvent,
} from '../../index.js';

/** A tag's props: what Vue allows on any element, then the tag's own. */
type Tag<Props = unknown> = DefineComponent<HTMLAttributes & Props>;

declare module 'vue' {
  interface GlobalComponents {
    /** `<settings-action-menu>`: Row actions menu used by the panels. */
    'settings-action-menu': Tag<{
      label?: SettingsActionMenu['label'];
      items?: SettingsActionMenu['items'];
      onSettingsAction?: (event: SettingsActionEvent) => void;
    }>;
    /** `<settings-admin-team>`: Organization > Admin team: list, search, Add member, edit access, invitations, remove. */
    'settings-admin-team': Tag<{
      onSettingsMemberInvite?: (event: SettingsMemberInviteEvent) => void;
      onSettingsMemberInvited?: (event: SettingsMemberInvitedEvent) => void;
      onSettingsMemberUpdate?: (event: SettingsMemberUpdateEvent) => void;
      onSettingsMemberUpdated?: (event: SettingsMemberUpdatedEvent) => void;
      onSettingsMemberRemove?: (event: SettingsMemberRemoveEvent) => void;
      onSettingsMemberRemoved?: (event: SettingsMemberRemovedEvent) => void;
      onSettingsInvitationResend?: (event: SettingsInvitationResendEvent) => void;
      onSettingsInvitationResent?: (event: SettingsInvitationResentEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-admin-team-form>`: Add member / edit role and access dialog of the admin team. */
    'settings-admin-team-form': Tag<{
      onSettingsMemberInvite?: (event: SettingsMemberInviteEvent) => void;
      onSettingsMemberInvited?: (event: SettingsMemberInvitedEvent) => void;
      onSettingsMemberUpdate?: (event: SettingsMemberUpdateEvent) => void;
      onSettingsMemberUpdated?: (event: SettingsMemberUpdatedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-api-key-dialogs>`: The create, details, key policy and revoke dialogs of `<settings-api-keys>`. */
    'settings-api-key-dialogs': Tag<{
      policy?: SettingsApiKeyDialogs['policy'];
      policyError?: SettingsApiKeyDialogs['policyError'];
      keys?: SettingsApiKeyDialogs['keys'];
      onSettingsApiKeyCreate?: (event: SettingsApiKeyCreateEvent) => void;
      onSettingsApiKeyCreated?: (event: SettingsApiKeyCreatedEvent) => void;
      onSettingsApiKeyRevoke?: (event: SettingsApiKeyRevokeEvent) => void;
      onSettingsApiKeyRevoked?: (event: SettingsApiKeyRevokedEvent) => void;
      onSettingsApiKeyToggle?: (event: SettingsApiKeyToggleEvent) => void;
      onSettingsApiKeyToggled?: (event: SettingsApiKeyToggledEvent) => void;
      onSettingsApiKeyPolicyUpdate?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      onSettingsApiKeyPolicyUpdated?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-api-key-rotation>`: Guided rotation of one API key, used by `<settings-api-keys>`. */
    'settings-api-key-rotation': Tag<{
      policy?: SettingsApiKeyRotation['policy'];
      onSettingsApiKeyCreate?: (event: SettingsApiKeyCreateEvent) => void;
      onSettingsApiKeyCreated?: (event: SettingsApiKeyCreatedEvent) => void;
      onSettingsApiKeyRevoke?: (event: SettingsApiKeyRevokeEvent) => void;
      onSettingsApiKeyRevoked?: (event: SettingsApiKeyRevokedEvent) => void;
      onSettingsApiKeyExpirySchedule?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      onSettingsApiKeyExpiryScheduled?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      onSettingsApiKeyRotationCompleted?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-api-key-secret>`: One-time display of a new API key's secret, with Copy. */
    'settings-api-key-secret': Tag;
    /** `<settings-api-keys>`: Organization API keys: scopes, lifetime policy, expiry warnings, guided rotation, disable, revoke. */
    'settings-api-keys': Tag<{
      onSettingsApiKeyCreate?: (event: SettingsApiKeyCreateEvent) => void;
      onSettingsApiKeyCreated?: (event: SettingsApiKeyCreatedEvent) => void;
      onSettingsApiKeyRevoke?: (event: SettingsApiKeyRevokeEvent) => void;
      onSettingsApiKeyRevoked?: (event: SettingsApiKeyRevokedEvent) => void;
      onSettingsApiKeyToggle?: (event: SettingsApiKeyToggleEvent) => void;
      onSettingsApiKeyToggled?: (event: SettingsApiKeyToggledEvent) => void;
      onSettingsApiKeyPolicyUpdate?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      onSettingsApiKeyPolicyUpdated?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      onSettingsApiKeyRotationCompleted?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-app>`: The settings shell: navigation, company switcher and the current section. */
    'settings-app': Tag<{
      section?: SettingsApp['section'];
      linkTemplate?: SettingsApp['linkTemplate'];
      followHash?: SettingsApp['followHash'];
      prefetch?: SettingsApp['prefetch'];
      onSettingsNavigate?: (event: SettingsNavigateEvent) => void;
      // Bubbling up from the elements inside it (composed: they cross shadow roots):
      onSettingsApiKeyCreate?: (event: SettingsApiKeyCreateEvent) => void;
      onSettingsApiKeyCreated?: (event: SettingsApiKeyCreatedEvent) => void;
      onSettingsApiKeyExpirySchedule?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      onSettingsApiKeyExpiryScheduled?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      onSettingsApiKeyPolicyUpdate?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      onSettingsApiKeyPolicyUpdated?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      onSettingsApiKeyRevoke?: (event: SettingsApiKeyRevokeEvent) => void;
      onSettingsApiKeyRevoked?: (event: SettingsApiKeyRevokedEvent) => void;
      onSettingsApiKeyRotationCompleted?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      onSettingsApiKeyToggle?: (event: SettingsApiKeyToggleEvent) => void;
      onSettingsApiKeyToggled?: (event: SettingsApiKeyToggledEvent) => void;
      onSettingsBillingProfileUpdate?: (event: SettingsBillingProfileUpdateEvent) => void;
      onSettingsBillingProfileUpdated?: (event: SettingsBillingProfileUpdatedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
      onSettingsDataPreferencesUpdate?: (event: SettingsDataPreferencesUpdateEvent) => void;
      onSettingsDataPreferencesUpdated?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      onSettingsDataRepositoryUpdate?: (event: SettingsDataRepositoryUpdateEvent) => void;
      onSettingsDataRepositoryUpdated?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      onSettingsInvitationResend?: (event: SettingsInvitationResendEvent) => void;
      onSettingsInvitationResent?: (event: SettingsInvitationResentEvent) => void;
      onSettingsMemberInvite?: (event: SettingsMemberInviteEvent) => void;
      onSettingsMemberInvited?: (event: SettingsMemberInvitedEvent) => void;
      onSettingsMemberRemove?: (event: SettingsMemberRemoveEvent) => void;
      onSettingsMemberRemoved?: (event: SettingsMemberRemovedEvent) => void;
      onSettingsMemberUpdate?: (event: SettingsMemberUpdateEvent) => void;
      onSettingsMemberUpdated?: (event: SettingsMemberUpdatedEvent) => void;
      onSettingsPasswordResetRequest?: (event: SettingsPasswordResetRequestEvent) => void;
      onSettingsPasswordResetRequested?: (event: SettingsPasswordResetRequestedEvent) => void;
      onSettingsPreferencesChanged?: (event: SettingsPreferencesChangedEvent) => void;
      onSettingsPreferencesUpdate?: (event: SettingsPreferencesUpdateEvent) => void;
      onSettingsPreferencesUpdated?: (event: SettingsPreferencesUpdatedEvent) => void;
      onSettingsProfileUpdate?: (event: SettingsProfileUpdateEvent) => void;
      onSettingsProfileUpdated?: (event: SettingsProfileUpdatedEvent) => void;
      onSettingsSiteArchive?: (event: SettingsSiteArchiveEvent) => void;
      onSettingsSiteArchived?: (event: SettingsSiteArchivedEvent) => void;
      onSettingsSiteCreate?: (event: SettingsSiteCreateEvent) => void;
      onSettingsSiteCreated?: (event: SettingsSiteCreatedEvent) => void;
      onSettingsSiteRestore?: (event: SettingsSiteRestoreEvent) => void;
      onSettingsSiteRestored?: (event: SettingsSiteRestoredEvent) => void;
      onSettingsSiteUpdate?: (event: SettingsSiteUpdateEvent) => void;
      onSettingsSiteUpdated?: (event: SettingsSiteUpdatedEvent) => void;
    }>;
    /** `<settings-billing>`: Organization billing: plan, billing profile, payment method, invoices. */
    'settings-billing': Tag<{
      onSettingsBillingProfileUpdate?: (event: SettingsBillingProfileUpdateEvent) => void;
      onSettingsBillingProfileUpdated?: (event: SettingsBillingProfileUpdatedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-company-members>`: Company > Members: list, search, invite, change role, resend/cancel invitations, remove. */
    'settings-company-members': Tag<{
      onSettingsMemberInvite?: (event: SettingsMemberInviteEvent) => void;
      onSettingsMemberInvited?: (event: SettingsMemberInvitedEvent) => void;
      onSettingsMemberUpdate?: (event: SettingsMemberUpdateEvent) => void;
      onSettingsMemberUpdated?: (event: SettingsMemberUpdatedEvent) => void;
      onSettingsMemberRemove?: (event: SettingsMemberRemoveEvent) => void;
      onSettingsMemberRemoved?: (event: SettingsMemberRemovedEvent) => void;
      onSettingsInvitationResend?: (event: SettingsInvitationResendEvent) => void;
      onSettingsInvitationResent?: (event: SettingsInvitationResentEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-company-switcher>`: The company switcher of the settings area. */
    'settings-company-switcher': Tag<{
      hideLabel?: SettingsCompanySwitcher['hideLabel'];
    }>;
    /** `<settings-data-preferences>`: Company > Data preferences: how the selected company writes units, money and dates. */
    'settings-data-preferences': Tag<{
      onSettingsDataPreferencesUpdate?: (event: SettingsDataPreferencesUpdateEvent) => void;
      onSettingsDataPreferencesUpdated?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-data-repository>`: Organization data controls: storage region, retention, cross-company sharing. */
    'settings-data-repository': Tag<{
      onSettingsDataRepositoryUpdate?: (event: SettingsDataRepositoryUpdateEvent) => void;
      onSettingsDataRepositoryUpdated?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-dialog>`: Modal dialog used by the panels. */
    'settings-dialog': Tag<{
      heading?: SettingsDialog['heading'];
      open?: SettingsDialog['open'];
      noDismiss?: SettingsDialog['noDismiss'];
      onSettingsDialogClosed?: (event: SettingsDialogClosedEvent) => void;
    }>;
    /** `<settings-membership>`: Personal > Membership: the user's organization and company memberships. */
    'settings-membership': Tag;
    /** `<settings-preferences>`: Personal > Preferences: language, time zone, date format, theme, email notifications. */
    'settings-preferences': Tag<{
      languages?: SettingsPreferences['languages'];
      autoSave?: SettingsPreferences['autoSave'];
      onSettingsPreferencesUpdate?: (event: SettingsPreferencesUpdateEvent) => void;
      onSettingsPreferencesUpdated?: (event: SettingsPreferencesUpdatedEvent) => void;
      onSettingsPreferencesChanged?: (event: SettingsPreferencesChangedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-profile>`: Personal > General: profile and password reset. */
    'settings-profile': Tag<{
      onSettingsProfileUpdate?: (event: SettingsProfileUpdateEvent) => void;
      onSettingsProfileUpdated?: (event: SettingsProfileUpdatedEvent) => void;
      onSettingsPasswordResetRequest?: (event: SettingsPasswordResetRequestEvent) => void;
      onSettingsPasswordResetRequested?: (event: SettingsPasswordResetRequestedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
    /** `<settings-provider>`: The root every settings element needs above it. */
    'settings-provider': Tag<{
      client?: SettingsProvider['client'];
      baseUrl?: SettingsProvider['baseUrl'];
      company?: SettingsProvider['company'];
      supportEmail?: SettingsProvider['supportEmail'];
      sections?: SettingsProvider['sections'];
      omitSections?: SettingsProvider['omitSections'];
      retry?: SettingsProvider['retry'];
      theme?: SettingsProvider['theme'];
      locale?: SettingsProvider['locale'];
      followUserLanguage?: SettingsProvider['followUserLanguage'];
      loadTranslation?: SettingsProvider['loadTranslation'];
      onSettingsUnauthorized?: (event: SettingsUnauthorizedEvent) => void;
      onSettingsSessionError?: (event: SettingsSessionErrorEvent) => void;
      onSettingsCompanyChanged?: (event: SettingsCompanyChangedEvent) => void;
      // Bubbling up from the elements inside it (composed: they cross shadow roots):
      onSettingsApiKeyCreate?: (event: SettingsApiKeyCreateEvent) => void;
      onSettingsApiKeyCreated?: (event: SettingsApiKeyCreatedEvent) => void;
      onSettingsApiKeyExpirySchedule?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
      onSettingsApiKeyExpiryScheduled?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
      onSettingsApiKeyPolicyUpdate?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
      onSettingsApiKeyPolicyUpdated?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
      onSettingsApiKeyRevoke?: (event: SettingsApiKeyRevokeEvent) => void;
      onSettingsApiKeyRevoked?: (event: SettingsApiKeyRevokedEvent) => void;
      onSettingsApiKeyRotationCompleted?: (event: SettingsApiKeyRotationCompletedEvent) => void;
      onSettingsApiKeyToggle?: (event: SettingsApiKeyToggleEvent) => void;
      onSettingsApiKeyToggled?: (event: SettingsApiKeyToggledEvent) => void;
      onSettingsBillingProfileUpdate?: (event: SettingsBillingProfileUpdateEvent) => void;
      onSettingsBillingProfileUpdated?: (event: SettingsBillingProfileUpdatedEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
      onSettingsDataPreferencesUpdate?: (event: SettingsDataPreferencesUpdateEvent) => void;
      onSettingsDataPreferencesUpdated?: (event: SettingsDataPreferencesUpdatedEvent) => void;
      onSettingsDataRepositoryUpdate?: (event: SettingsDataRepositoryUpdateEvent) => void;
      onSettingsDataRepositoryUpdated?: (event: SettingsDataRepositoryUpdatedEvent) => void;
      onSettingsInvitationResend?: (event: SettingsInvitationResendEvent) => void;
      onSettingsInvitationResent?: (event: SettingsInvitationResentEvent) => void;
      onSettingsMemberInvite?: (event: SettingsMemberInviteEvent) => void;
      onSettingsMemberInvited?: (event: SettingsMemberInvitedEvent) => void;
      onSettingsMemberRemove?: (event: SettingsMemberRemoveEvent) => void;
      onSettingsMemberRemoved?: (event: SettingsMemberRemovedEvent) => void;
      onSettingsMemberUpdate?: (event: SettingsMemberUpdateEvent) => void;
      onSettingsMemberUpdated?: (event: SettingsMemberUpdatedEvent) => void;
      onSettingsNavigate?: (event: SettingsNavigateEvent) => void;
      onSettingsPasswordResetRequest?: (event: SettingsPasswordResetRequestEvent) => void;
      onSettingsPasswordResetRequested?: (event: SettingsPasswordResetRequestedEvent) => void;
      onSettingsPreferencesChanged?: (event: SettingsPreferencesChangedEvent) => void;
      onSettingsPreferencesUpdate?: (event: SettingsPreferencesUpdateEvent) => void;
      onSettingsPreferencesUpdated?: (event: SettingsPreferencesUpdatedEvent) => void;
      onSettingsProfileUpdate?: (event: SettingsProfileUpdateEvent) => void;
      onSettingsProfileUpdated?: (event: SettingsProfileUpdatedEvent) => void;
      onSettingsSiteArchive?: (event: SettingsSiteArchiveEvent) => void;
      onSettingsSiteArchived?: (event: SettingsSiteArchivedEvent) => void;
      onSettingsSiteCreate?: (event: SettingsSiteCreateEvent) => void;
      onSettingsSiteCreated?: (event: SettingsSiteCreatedEvent) => void;
      onSettingsSiteRestore?: (event: SettingsSiteRestoreEvent) => void;
      onSettingsSiteRestored?: (event: SettingsSiteRestoredEvent) => void;
      onSettingsSiteUpdate?: (event: SettingsSiteUpdateEvent) => void;
      onSettingsSiteUpdated?: (event: SettingsSiteUpdatedEvent) => void;
    }>;
    /** `<settings-sites>`: Company > Sites: list, search, add, edit, archive and restore the selected company's sites. */
    'settings-sites': Tag<{
      onSettingsSiteCreate?: (event: SettingsSiteCreateEvent) => void;
      onSettingsSiteCreated?: (event: SettingsSiteCreatedEvent) => void;
      onSettingsSiteUpdate?: (event: SettingsSiteUpdateEvent) => void;
      onSettingsSiteUpdated?: (event: SettingsSiteUpdatedEvent) => void;
      onSettingsSiteArchive?: (event: SettingsSiteArchiveEvent) => void;
      onSettingsSiteArchived?: (event: SettingsSiteArchivedEvent) => void;
      onSettingsSiteRestore?: (event: SettingsSiteRestoreEvent) => void;
      onSettingsSiteRestored?: (event: SettingsSiteRestoredEvent) => void;
      onSettingsChange?: (event: SettingsChangeEvent) => void;
    }>;
  }
}
