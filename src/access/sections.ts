import type { FeatureFlag, Permission } from '../api/types.js';

export type Scope = 'personal' | 'company' | 'organization';

export const sectionIds = [
  'personal/general',
  'personal/preferences',
  'personal/membership',
  'company/sites',
  'company/data-preferences',
  'company/members',
  'organization/admin-team',
  'organization/api-keys',
  'organization/billing',
  'organization/data-repository',
] as const;

/** Stable public ids: used in routing, events and deep links. */
export type SectionId = (typeof sectionIds)[number];

export interface SectionDefinition {
  id: SectionId;
  scope: Scope;
  /** The element that renders the section's panel. */
  tagName: string;
  /** Needed to see the section at all; personal sections need none. */
  viewPermission?: Permission;
  /** Needed for create/edit/delete; without it the panel is read-only. */
  managePermission?: Permission;
  /** The tenant must have this feature enabled. */
  feature?: FeatureFlag;
}

export const scopes: readonly Scope[] = ['personal', 'company', 'organization'];

export const sections: readonly SectionDefinition[] = [
  { id: 'personal/general', scope: 'personal', tagName: 'settings-profile' },
  { id: 'personal/preferences', scope: 'personal', tagName: 'settings-preferences' },
  { id: 'personal/membership', scope: 'personal', tagName: 'settings-membership' },
  {
    id: 'company/sites',
    scope: 'company',
    tagName: 'settings-sites',
    viewPermission: 'company.sites.view',
    managePermission: 'company.sites.manage',
  },
  {
    id: 'company/data-preferences',
    scope: 'company',
    tagName: 'settings-data-preferences',
    viewPermission: 'company.data.view',
    managePermission: 'company.data.manage',
  },
  {
    id: 'company/members',
    scope: 'company',
    tagName: 'settings-company-members',
    viewPermission: 'company.members.view',
    managePermission: 'company.members.manage',
  },
  {
    id: 'organization/admin-team',
    scope: 'organization',
    tagName: 'settings-admin-team',
    viewPermission: 'org.admin-team.view',
    managePermission: 'org.admin-team.manage',
  },
  {
    id: 'organization/api-keys',
    scope: 'organization',
    tagName: 'settings-api-keys',
    viewPermission: 'org.api-keys.view',
    managePermission: 'org.api-keys.manage',
    feature: 'apiKeys',
  },
  {
    id: 'organization/billing',
    scope: 'organization',
    tagName: 'settings-billing',
    viewPermission: 'org.billing.view',
    managePermission: 'org.billing.manage',
    feature: 'billing',
  },
  {
    id: 'organization/data-repository',
    scope: 'organization',
    tagName: 'settings-data-repository',
    viewPermission: 'org.data-repository.view',
    managePermission: 'org.data-repository.manage',
    feature: 'dataRepository',
  },
];

const byId = new Map(sections.map((section) => [section.id, section]));

export function isSectionId(value: string): value is SectionId {
  return byId.has(value as SectionId);
}

export function getSection(id: SectionId): SectionDefinition {
  return byId.get(id)!;
}

export function sectionsInScope(scope: Scope): SectionDefinition[] {
  return sections.filter((section) => section.scope === scope);
}
