/**
 * The panel kit: the controllers, views and styles our panels are built from, and what a host's own
 * sections build on. Everything here is public API: docs/kit.md's table explains each export
 * (a test holds the two together) and the API report records its signature.
 */
// The base class of a section's panel, and the controller any element of a section reads and writes through.
export { SettingsPanel, panelStyles } from './settings-panel.js';
export { SectionController, type ReadArgs, type SectionControllerOptions } from './section-controller.js';
// What SectionController makes: exported as types, to annotate fields and arguments.
export type { ResourceController, ResourceState, ResourceStatus } from './resource-controller.js';
export type { PagedListController, PagedListState } from './paged-list-controller.js';
export type { StaleReason, WriteContext, WriteController, WriteOptions, WriteResult } from './write-controller.js';
export type { DialogController, DialogWrite, DialogWrites } from './dialog-controller.js';
export { changedFields, type ChangeRecord } from './change-record.js';
export { defineElement } from '../internal/define-element.js';
// The URL allow-list our panels pass every server URL through, for a host's own links.
export { safeUrl } from '../internal/safe-url.js';
// Styles for a host's sub-elements that render the kit's views outside a panel (panels have them).
export { baseStyles } from '../styles/tokens.js';
export { formStyles } from '../styles/forms.js';
// The kit's views: one markup per thing, the same in every panel (parts documented on SettingsPanel).
export { renderErrorNotice, renderResource, type ResourceRendering } from './views/states.js';
export {
  describedBy,
  focusInvalidField,
  renderButton,
  renderField,
  renderFieldset,
  renderFormActions,
  renderStatusLine,
  type ButtonOptions,
  type FieldOptions,
  type FieldWiring,
  type FormActionsOptions,
} from './views/form.js';
export { renderChoice, type ChoiceOptions } from './views/choice.js';
export { renderDialog, renderDialogActions, type DialogActionsOptions } from './views/dialog.js';
export { renderLoading, renderSkeleton, skeletonStyles, type FieldSkeleton, type SkeletonBlock } from './views/skeleton.js';
export {
  renderListSearch,
  renderListTable,
  renderListToolbar,
  renderPagedList,
  renderPagedTable,
  renderTableSkeleton,
  type ListTableOptions,
  type PagedListRendering,
  type PagedTableRendering,
  type SearchableList,
} from './views/paged-list-view.js';
