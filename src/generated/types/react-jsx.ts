// Written by `npm run sync-bindings` from custom-elements.json: do not edit by hand.
//
// Use: `import type {} from 'settings-elements/react-jsx';` once in the app, and import
// `settings-elements/define` before the first render (React sets a property only on a defined element).
// It must augment the `react` module: `declare global { namespace JSX }` is not read by React 19's types.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
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

/** What React gives any element (`id`, `className`, `ref`, `children`, …). */
type Tag<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      /** `<settings-action-menu>`: Row actions menu used by the panels. */
      'settings-action-menu': Tag<SettingsActionMenu> & {
        label?: SettingsActionMenu['label'];
        items?: SettingsActionMenu['items'];
        'onsettings-action'?: (event: SettingsActionEvent) => void;
      };
      /** `<settings-admin-team>`: Organization > Admin team: list, search, Add member, edit access, invitations, remove. */
      'settings-admin-team': Tag<SettingsAdminTeam> & {
        'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
        'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
        'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
        'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
        'onsettings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
        'onsettings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
        'onsettings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
        'onsettings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-admin-team-form>`: Add member / edit role and access dialog of the admin team. */
      'settings-admin-team-form': Tag<SettingsAdminTeamForm> & {
        'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
        'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
        'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
        'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-api-key-dialogs>`: The create, details, key policy and revoke dialogs of `<settings-api-keys>`. */
      'settings-api-key-dialogs': Tag<SettingsApiKeyDialogs> & {
        policy?: SettingsApiKeyDialogs['policy'];
        policyError?: SettingsApiKeyDialogs['policyError'];
        keys?: SettingsApiKeyDialogs['keys'];
        'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
        'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
        'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
        'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
        'onsettings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
        'onsettings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
        'onsettings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
        'onsettings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-api-key-rotation>`: Guided rotation of one API key, used by `<settings-api-keys>`. */
      'settings-api-key-rotation': Tag<SettingsApiKeyRotation> & {
        policy?: SettingsApiKeyRotation['policy'];
        'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
        'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
        'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
        'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
        'onsettings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
        'onsettings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
        'onsettings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-api-key-secret>`: One-time display of a new API key's secret, with Copy. */
      'settings-api-key-secret': Tag<SettingsApiKeySecret>;
      /** `<settings-api-keys>`: Organization API keys: scopes, lifetime policy, expiry warnings, guided rotation, disable, revoke. */
      'settings-api-keys': Tag<SettingsApiKeys> & {
        'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
        'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
        'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
        'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
        'onsettings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
        'onsettings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
        'onsettings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
        'onsettings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
        'onsettings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-app>`: The settings shell: navigation, company switcher and the current section. */
      'settings-app': Tag<SettingsApp> & {
        section?: SettingsApp['section'];
        linkTemplate?: SettingsApp['linkTemplate'];
        'link-template'?: AttributeValue<SettingsApp['linkTemplate']>;
        followHash?: SettingsApp['followHash'];
        'follow-hash'?: AttributeValue<SettingsApp['followHash']>;
        prefetch?: SettingsApp['prefetch'];
        'onsettings-navigate'?: (event: SettingsNavigateEvent) => void;
        // Bubbling up from the elements inside it (composed: they cross shadow roots):
        'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
        'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
        'onsettings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
        'onsettings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
        'onsettings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
        'onsettings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
        'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
        'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
        'onsettings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
        'onsettings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
        'onsettings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
        'onsettings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
        'onsettings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
        'onsettings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
        'onsettings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
        'onsettings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
        'onsettings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
        'onsettings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
        'onsettings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
        'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
        'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
        'onsettings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
        'onsettings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
        'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
        'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
        'onsettings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
        'onsettings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
        'onsettings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
        'onsettings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
        'onsettings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
        'onsettings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
        'onsettings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
        'onsettings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
        'onsettings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
        'onsettings-site-create'?: (event: SettingsSiteCreateEvent) => void;
        'onsettings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
        'onsettings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
        'onsettings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
        'onsettings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
        'onsettings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
      };
      /** `<settings-billing>`: Organization billing: plan, billing profile, payment method, invoices. */
      'settings-billing': Tag<SettingsBilling> & {
        'onsettings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
        'onsettings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-company-members>`: Company > Members: list, search, invite, change role, resend/cancel invitations, remove. */
      'settings-company-members': Tag<SettingsCompanyMembers> & {
        'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
        'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
        'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
        'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
        'onsettings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
        'onsettings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
        'onsettings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
        'onsettings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-company-switcher>`: The company switcher of the settings area. */
      'settings-company-switcher': Tag<SettingsCompanySwitcher> & {
        hideLabel?: SettingsCompanySwitcher['hideLabel'];
        'hide-label'?: AttributeValue<SettingsCompanySwitcher['hideLabel']>;
      };
      /** `<settings-data-preferences>`: Company > Data preferences: how the selected company writes units, money and dates. */
      'settings-data-preferences': Tag<SettingsDataPreferences> & {
        'onsettings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
        'onsettings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-data-repository>`: Organization data controls: storage region, retention, cross-company sharing. */
      'settings-data-repository': Tag<SettingsDataRepository> & {
        'onsettings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
        'onsettings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-dialog>`: Modal dialog used by the panels. */
      'settings-dialog': Tag<SettingsDialog> & {
        heading?: SettingsDialog['heading'];
        open?: SettingsDialog['open'];
        noDismiss?: SettingsDialog['noDismiss'];
        'no-dismiss'?: AttributeValue<SettingsDialog['noDismiss']>;
        'onsettings-dialog-closed'?: (event: SettingsDialogClosedEvent) => void;
      };
      /** `<settings-membership>`: Personal > Membership: the user's organization and company memberships. */
      'settings-membership': Tag<SettingsMembership>;
      /** `<settings-preferences>`: Personal > Preferences: language, time zone, date format, theme, email notifications. */
      'settings-preferences': Tag<SettingsPreferences> & {
        languages?: SettingsPreferences['languages'];
        autoSave?: SettingsPreferences['autoSave'];
        'auto-save'?: AttributeValue<SettingsPreferences['autoSave']>;
        'onsettings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
        'onsettings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
        'onsettings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-profile>`: Personal > General: profile and password reset. */
      'settings-profile': Tag<SettingsProfile> & {
        'onsettings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
        'onsettings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
        'onsettings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
        'onsettings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
      /** `<settings-provider>`: The root every settings element needs above it. */
      'settings-provider': Tag<SettingsProvider> & {
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
        'onsettings-session-error'?: (event: SettingsSessionErrorEvent) => void;
        'onsettings-company-changed'?: (event: SettingsCompanyChangedEvent) => void;
        // Bubbling up from the elements inside it (composed: they cross shadow roots):
        'onsettings-api-key-create'?: (event: SettingsApiKeyCreateEvent) => void;
        'onsettings-api-key-created'?: (event: SettingsApiKeyCreatedEvent) => void;
        'onsettings-api-key-expiry-schedule'?: (event: SettingsApiKeyExpiryScheduleEvent) => void;
        'onsettings-api-key-expiry-scheduled'?: (event: SettingsApiKeyExpiryScheduledEvent) => void;
        'onsettings-api-key-policy-update'?: (event: SettingsApiKeyPolicyUpdateEvent) => void;
        'onsettings-api-key-policy-updated'?: (event: SettingsApiKeyPolicyUpdatedEvent) => void;
        'onsettings-api-key-revoke'?: (event: SettingsApiKeyRevokeEvent) => void;
        'onsettings-api-key-revoked'?: (event: SettingsApiKeyRevokedEvent) => void;
        'onsettings-api-key-rotation-completed'?: (event: SettingsApiKeyRotationCompletedEvent) => void;
        'onsettings-api-key-toggle'?: (event: SettingsApiKeyToggleEvent) => void;
        'onsettings-api-key-toggled'?: (event: SettingsApiKeyToggledEvent) => void;
        'onsettings-billing-profile-update'?: (event: SettingsBillingProfileUpdateEvent) => void;
        'onsettings-billing-profile-updated'?: (event: SettingsBillingProfileUpdatedEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
        'onsettings-data-preferences-update'?: (event: SettingsDataPreferencesUpdateEvent) => void;
        'onsettings-data-preferences-updated'?: (event: SettingsDataPreferencesUpdatedEvent) => void;
        'onsettings-data-repository-update'?: (event: SettingsDataRepositoryUpdateEvent) => void;
        'onsettings-data-repository-updated'?: (event: SettingsDataRepositoryUpdatedEvent) => void;
        'onsettings-invitation-resend'?: (event: SettingsInvitationResendEvent) => void;
        'onsettings-invitation-resent'?: (event: SettingsInvitationResentEvent) => void;
        'onsettings-member-invite'?: (event: SettingsMemberInviteEvent) => void;
        'onsettings-member-invited'?: (event: SettingsMemberInvitedEvent) => void;
        'onsettings-member-remove'?: (event: SettingsMemberRemoveEvent) => void;
        'onsettings-member-removed'?: (event: SettingsMemberRemovedEvent) => void;
        'onsettings-member-update'?: (event: SettingsMemberUpdateEvent) => void;
        'onsettings-member-updated'?: (event: SettingsMemberUpdatedEvent) => void;
        'onsettings-navigate'?: (event: SettingsNavigateEvent) => void;
        'onsettings-password-reset-request'?: (event: SettingsPasswordResetRequestEvent) => void;
        'onsettings-password-reset-requested'?: (event: SettingsPasswordResetRequestedEvent) => void;
        'onsettings-preferences-changed'?: (event: SettingsPreferencesChangedEvent) => void;
        'onsettings-preferences-update'?: (event: SettingsPreferencesUpdateEvent) => void;
        'onsettings-preferences-updated'?: (event: SettingsPreferencesUpdatedEvent) => void;
        'onsettings-profile-update'?: (event: SettingsProfileUpdateEvent) => void;
        'onsettings-profile-updated'?: (event: SettingsProfileUpdatedEvent) => void;
        'onsettings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
        'onsettings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
        'onsettings-site-create'?: (event: SettingsSiteCreateEvent) => void;
        'onsettings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
        'onsettings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
        'onsettings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
        'onsettings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
        'onsettings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
      };
      /** `<settings-sites>`: Company > Sites: list, search, add, edit, archive and restore the selected company's sites. */
      'settings-sites': Tag<SettingsSites> & {
        'onsettings-site-create'?: (event: SettingsSiteCreateEvent) => void;
        'onsettings-site-created'?: (event: SettingsSiteCreatedEvent) => void;
        'onsettings-site-update'?: (event: SettingsSiteUpdateEvent) => void;
        'onsettings-site-updated'?: (event: SettingsSiteUpdatedEvent) => void;
        'onsettings-site-archive'?: (event: SettingsSiteArchiveEvent) => void;
        'onsettings-site-archived'?: (event: SettingsSiteArchivedEvent) => void;
        'onsettings-site-restore'?: (event: SettingsSiteRestoreEvent) => void;
        'onsettings-site-restored'?: (event: SettingsSiteRestoredEvent) => void;
        'onsettings-change'?: (event: SettingsChangeEvent) => void;
      };
    }
  }
}
