export { evaluateAccess, sectionLabel, type AccessDecision, type AccessReason } from './evaluate-access.js';
export { getSection, isSectionId, scopes, sectionIds, sections, sectionsInScope } from './sections.js';
export type { Scope, SectionDefinition, SectionId } from './sections.js';
