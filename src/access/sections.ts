import type { FeatureFlag, Permission, Session, SessionCompany } from '../api/types.js';

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

/** The library's own section ids: stable public API (routing, events, deep links). */
export type BuiltInSectionId = (typeof sectionIds)[number];

/**
 * Any section id: one of ours or one a host registered. The `string & {}` keeps editors suggesting
 * ours while accepting a host's.
 */
export type SectionId = BuiltInSectionId | (string & {});

/**
 * What a host's own access rule answers. `mode` defaults to `manage`; a denial's `reason` is a
 * short stable code (it lands in `data-reason`) and `message` the sentence the user reads.
 */
export type SectionRuleResult = { allowed: true; mode?: 'manage' | 'view'; roleName?: string | null } | { allowed: false; reason: string; message: string };

/**
 * A host's predicate on the session, for rules permissions and features cannot say (e.g. "not for
 * accounts that sign in with SSO"). `company` is the selected company for company sections.
 */
export type SectionRule = (session: Session, company: SessionCompany | null) => SectionRuleResult;

export interface SectionDefinition {
  id: SectionId;
  scope: Scope;
  /** The element that renders the section's panel. */
  tagName: string;
  /**
   * Loads the section's code when `<settings-app>` first needs it (opened, deep-linked, or prefetched
   * when the browser is idle or the pointer rests on its link): typically `() => import('./my-section.js')`,
   * a module that defines `tagName`. The section shows a skeleton while it loads, and an error with
   * Try again if it fails. Without it the element must be registered by the host; ours load by themselves.
   */
  load?: () => Promise<unknown>;
  /** The navigation label. Ours come from the catalog; a host gives text (or a function, to localize). */
  label?: string | (() => string);
  /** Position within the scope, ascending. Ours are 10, 20, 30…; a host's default is after them. */
  order?: number;
  /** Needed to see the section at all (a permission string of the session); personal sections need none. */
  viewPermission?: Permission | (string & {});
  /** Needed for create/edit/delete; without it the panel is read-only. */
  managePermission?: Permission | (string & {});
  /** The tenant must have this feature enabled (`session.features[feature]`). */
  feature?: FeatureFlag | (string & {});
  /** Decides last, after scope membership, the feature and the permissions. */
  rule?: SectionRule;
}

/** One of ours: the same shape, with the library's own permission and feature names. */
export interface BuiltInSectionDefinition extends SectionDefinition {
  id: BuiltInSectionId;
  viewPermission?: Permission;
  managePermission?: Permission;
  feature?: FeatureFlag;
}

export const scopes: readonly Scope[] = ['personal', 'company', 'organization'];

export const sections: readonly BuiltInSectionDefinition[] = [
  { id: 'personal/general', scope: 'personal', tagName: 'settings-profile', order: 10 },
  { id: 'personal/preferences', scope: 'personal', tagName: 'settings-preferences', order: 20 },
  { id: 'personal/membership', scope: 'personal', tagName: 'settings-membership', order: 30 },
  {
    id: 'company/sites',
    scope: 'company',
    tagName: 'settings-sites',
    order: 10,
    viewPermission: 'company.sites.view',
    managePermission: 'company.sites.manage',
  },
  {
    id: 'company/data-preferences',
    scope: 'company',
    tagName: 'settings-data-preferences',
    order: 20,
    viewPermission: 'company.data.view',
    managePermission: 'company.data.manage',
  },
  {
    id: 'company/members',
    scope: 'company',
    tagName: 'settings-company-members',
    order: 30,
    viewPermission: 'company.members.view',
    managePermission: 'company.members.manage',
  },
  {
    id: 'organization/admin-team',
    scope: 'organization',
    tagName: 'settings-admin-team',
    order: 10,
    viewPermission: 'org.admin-team.view',
    managePermission: 'org.admin-team.manage',
  },
  {
    id: 'organization/api-keys',
    scope: 'organization',
    tagName: 'settings-api-keys',
    order: 20,
    viewPermission: 'org.api-keys.view',
    managePermission: 'org.api-keys.manage',
    feature: 'apiKeys',
  },
  {
    id: 'organization/billing',
    scope: 'organization',
    tagName: 'settings-billing',
    order: 30,
    viewPermission: 'org.billing.view',
    managePermission: 'org.billing.manage',
    feature: 'billing',
  },
  {
    id: 'organization/data-repository',
    scope: 'organization',
    tagName: 'settings-data-repository',
    order: 40,
    viewPermission: 'org.data-repository.view',
    managePermission: 'org.data-repository.manage',
    feature: 'dataRepository',
  },
];

const byId = new Map<string, BuiltInSectionDefinition>(sections.map((section) => [section.id, section]));

/** True for one of the library's own section ids. */
export function isBuiltInSectionId(value: string): value is BuiltInSectionId {
  return byId.has(value);
}

/** @deprecated Use `isBuiltInSectionId`, or `registry.get(id)` for host sections too. */
export const isSectionId = isBuiltInSectionId;

/** One of the library's own sections. */
export function getSection(id: BuiltInSectionId): BuiltInSectionDefinition {
  return byId.get(id)!;
}

/** The built-in sections of a scope, in order. */
export function sectionsInScope(scope: Scope): BuiltInSectionDefinition[] {
  return sections.filter((section) => section.scope === scope);
}
