/**
 * `settings-elements/kit`: what a host's own section is built from — the panel kit (`SettingsPanel`,
 * `SectionController`, the views and their styles), the section definition and its access helpers,
 * the language the elements speak (`getLocale`, `withLocale`) and the audit record's types — and
 * no element's code.
 *
 * The same exports are in `settings-elements`, which also exports every element class: importing a
 * value from there brings every section's code along in some bundlers (esbuild, hence Angular's), so
 * a host section built from this entry keeps the area's sections arriving one at a time.
 */
export * from './kit/index.js';
export type { BuiltInSectionId, Scope, SectionDefinition, SectionId, SectionRule, SectionRuleResult } from './access/sections.js';
export type { AccessDecision, AccessReason } from './access/evaluate-access.js';
export { getLocale, withLocale, directionOf } from './i18n/localize.js';
export { SettingsChangeEvent, type FieldChange, type SettingsChange } from './events/settings-change.js';
