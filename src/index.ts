/**
 * settings-elements: classes, types, the client and the access rules. Importing this module defines
 * no tags; import `settings-elements/define` (or `settings-elements/define/<tag>`) for that.
 */
export * from './api/index.js';
export * from './access/index.js';
export * from './context/index.js';
export * from './events/index.js';
export {
  setLocale,
  getLocale,
  withLocale,
  msg,
  registerTranslation,
  directionOf,
  type Catalog,
  type MessageKey,
  type Translation,
  type TextTransform,
} from './i18n/localize.js';
export { plural } from './i18n/plural.js';
export type { AreaTranslation } from './i18n/translation.js';
export { SettingsProvider } from './components/settings-provider/settings-provider.js';
export { SettingsApp } from './components/settings-app/settings-app.js';
export type { PrefetchMode } from './components/settings-app/prefetch.js';
export { SettingsCompanySwitcher } from './components/settings-company-switcher/settings-company-switcher.js';
export { SettingsDialog, SettingsDialogClosedEvent } from './components/settings-dialog/settings-dialog.js';
export { SettingsActionMenu, SettingsActionEvent, type ActionMenuItem } from './components/settings-action-menu/settings-action-menu.js';
export { SettingsProfile } from './components/settings-profile/settings-profile.js';
export { SettingsMembership } from './components/settings-membership/settings-membership.js';
export { SettingsBilling } from './components/settings-billing/settings-billing.js';
export { SettingsDataRepository } from './components/settings-data-repository/settings-data-repository.js';
export { SettingsSites } from './components/settings-sites/settings-sites.js';
export { SettingsCompanyMembers } from './components/settings-company-members/settings-company-members.js';
export { SettingsAdminTeam } from './components/settings-admin-team/settings-admin-team.js';
export { SettingsAdminTeamForm } from './components/settings-admin-team/settings-admin-team-form.js';
export { SettingsDataPreferences } from './components/settings-data-preferences/settings-data-preferences.js';
export { SettingsPreferences } from './components/settings-preferences/settings-preferences.js';
export { SettingsApiKeys } from './components/settings-api-keys/settings-api-keys.js';
export { SettingsApiKeyDialogs, type ApiKeyDialog } from './components/settings-api-keys/settings-api-key-dialogs.js';
export { SettingsApiKeyRotation } from './components/settings-api-keys/settings-api-key-rotation.js';
export { SettingsApiKeySecret } from './components/settings-api-keys/settings-api-key-secret.js';
// The panel kit: what our panels are built from, and what a host's own sections build on.
export * from './kit/index.js';
