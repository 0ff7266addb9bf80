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
export { SettingsCompanySwitcher } from './components/settings-company-switcher/settings-company-switcher.js';
export { SettingsDialog, SettingsDialogClosedEvent, SettingsDialogCloseEvent } from './components/settings-dialog/settings-dialog.js';
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
export { SettingsApiKeyRotation } from './components/settings-api-keys/settings-api-key-rotation.js';
export { SettingsApiKeySecret } from './components/settings-api-keys/settings-api-key-secret.js';
// The panel kit: what our panels are built from, and what a host's own sections build on.
export { SettingsPanel } from './kit/settings-panel.js';
export { WriteController, type StaleReason, type WriteContext, type WriteControllerOptions, type WriteResult } from './kit/write-controller.js';
export { UserChangeController } from './kit/user-change-controller.js';
export { changedFields, type ChangeRecord } from './kit/change-record.js';
export { gatedArgs } from './kit/gate.js';
export { reportForbidden, resetForbidden } from './kit/forbidden.js';
export { PagedListController, type PagedListOptions, type PagedListState } from './kit/paged-list-controller.js';
export {
  ResourceController,
  type ResourceOptions,
  type ResourceRenderers,
  type ResourceState,
  type ResourceStatus,
} from './kit/resource-controller.js';
export { defineElement } from './internal/define-element.js';
// The URL allow-list our panels pass every server URL through, for a host's own links.
export { safeUrl } from './internal/safe-url.js';
// Styles for a host's sub-elements that render the kit's views outside a panel (panels have them).
export { baseStyles } from './styles/tokens.js';
export { formStyles } from './styles/forms.js';
// The kit's views: one markup per thing, the same in every panel (parts documented on SettingsPanel).
export { renderErrorNotice } from './kit/error-notice.js';
export { describedBy, renderField, renderFieldset, type FieldOptions, type FieldWiring } from './kit/views/field.js';
export { renderDialogActions, type DialogActionsOptions } from './kit/views/dialog-actions.js';
export { renderStatusLine } from './kit/views/status-line.js';
export { renderSkeleton, skeletonStyles, type SkeletonBlock } from './kit/views/skeleton.js';
export {
  renderListSearch,
  renderListTable,
  renderListToolbar,
  renderLoading,
  renderPagedList,
  renderTableSkeleton,
  type ListTableOptions,
  type PagedListRendering,
  type SearchableList,
} from './kit/views/paged-list-view.js';
