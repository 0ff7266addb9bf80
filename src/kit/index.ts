/**
 * The panel kit: the controllers, views and styles our panels are built from, and what a host's own
 * sections build on. Everything here is public API (see the README's kit table).
 */
export { SettingsPanel } from './settings-panel.js';
export { WriteController, type StaleReason, type WriteContext, type WriteControllerOptions, type WriteResult } from './write-controller.js';
export { UserChangeController } from './user-change-controller.js';
export { changedFields, type ChangeRecord } from './change-record.js';
export { gatedArgs } from './gate.js';
export { reportForbidden, resetForbidden } from './forbidden.js';
export { PagedListController, type PagedListOptions, type PagedListState } from './paged-list-controller.js';
export {
  ResourceController,
  type ResourceOptions,
  type ResourceRenderers,
  type ResourceState,
  type ResourceStatus,
} from './resource-controller.js';
export { defineElement } from '../internal/define-element.js';
// The URL allow-list our panels pass every server URL through, for a host's own links.
export { safeUrl } from '../internal/safe-url.js';
// Styles for a host's sub-elements that render the kit's views outside a panel (panels have them).
export { baseStyles } from '../styles/tokens.js';
export { formStyles } from '../styles/forms.js';
// The kit's views: one markup per thing, the same in every panel (parts documented on SettingsPanel).
export { renderErrorNotice } from './error-notice.js';
export { describedBy, renderField, renderFieldset, type FieldOptions, type FieldWiring } from './views/field.js';
export { renderDialogActions, type DialogActionsOptions } from './views/dialog-actions.js';
export { renderStatusLine } from './views/status-line.js';
export { renderSkeleton, skeletonStyles, type SkeletonBlock } from './views/skeleton.js';
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
} from './views/paged-list-view.js';
