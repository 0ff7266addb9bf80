export { evaluateAccess, notOffered, sectionLabel, type AccessDecision, type AccessReason } from './evaluate-access.js';
export { getSection, isBuiltInSectionId, isSectionId, scopes, sectionIds, sections, sectionsInScope } from './sections.js';
export type { BuiltInSectionDefinition, BuiltInSectionId, Scope, SectionDefinition, SectionId, SectionRule, SectionRuleResult } from './sections.js';
export {
  createSectionRegistry,
  defaultSectionRegistry,
  SectionDefinitionError,
  type SectionRegistry,
  type SectionRegistryOptions,
} from './section-registry.js';
export { withinCompanyAccess } from './company-grant.js';
