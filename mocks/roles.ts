import type { CompanyPermission, OrganizationPermission, Role } from '../src/api/types.js';

/**
 * The mocks' default role → permission mapping. Role names are display text only; the
 * session carries the permissions, and the components decide on those.
 */

export type OrganizationRoleId = 'owner' | 'admin' | 'billing-manager';
export type CompanyRoleId = 'admin' | 'editor' | 'viewer';

export interface OrganizationRoleDefinition extends Role {
  id: OrganizationRoleId;
  permissions: readonly OrganizationPermission[];
  /**
   * The company role this organization role confers in the companies the member has access to,
   * or `null` when it confers none (company access then comes only from company memberships).
   */
  companyRoleId: CompanyRoleId | null;
  /** The Owner acts in every company, whatever access is stored. */
  allCompanies: boolean;
  /** Organization roles a holder of this role may grant on the admin team. */
  grants: readonly OrganizationRoleId[];
}

export interface CompanyRoleDefinition extends Role {
  id: CompanyRoleId;
  permissions: readonly CompanyPermission[];
}

const everyOrganizationPermission: readonly OrganizationPermission[] = [
  'org.admin-team.view',
  'org.admin-team.manage',
  'org.api-keys.view',
  'org.api-keys.manage',
  'org.api-keys.policy',
  'org.billing.view',
  'org.billing.manage',
  'org.data-repository.view',
  'org.data-repository.manage',
];

export const organizationRoles: readonly OrganizationRoleDefinition[] = [
  {
    id: 'owner',
    name: 'Owner',
    permissions: everyOrganizationPermission,
    companyRoleId: 'admin',
    allCompanies: true,
    grants: ['owner', 'admin', 'billing-manager'],
  },
  {
    id: 'admin',
    name: 'Admin',
    permissions: ['org.admin-team.view', 'org.admin-team.manage', 'org.api-keys.view', 'org.api-keys.manage', 'org.data-repository.view'],
    companyRoleId: 'admin',
    allCompanies: false,
    grants: ['admin', 'billing-manager'],
  },
  {
    id: 'billing-manager',
    name: 'Billing manager',
    permissions: ['org.billing.view', 'org.billing.manage', 'org.admin-team.view'],
    companyRoleId: null,
    allCompanies: false,
    grants: [],
  },
];

export const companyRoles: readonly CompanyRoleDefinition[] = [
  {
    id: 'admin',
    name: 'Admin',
    permissions: [
      'company.sites.view',
      'company.sites.manage',
      'company.data.view',
      'company.data.manage',
      'company.members.view',
      'company.members.manage',
    ],
  },
  {
    id: 'editor',
    name: 'Editor',
    permissions: ['company.sites.view', 'company.sites.manage', 'company.data.view', 'company.data.manage', 'company.members.view'],
  },
  {
    id: 'viewer',
    name: 'Viewer',
    permissions: ['company.sites.view', 'company.data.view', 'company.members.view'],
  },
];

/** Anyone who may manage a company's members may grant every company role. */
export const grantableCompanyRoleIds: readonly CompanyRoleId[] = ['admin', 'editor', 'viewer'];

export function findOrganizationRole(id: string): OrganizationRoleDefinition | undefined {
  return organizationRoles.find((role) => role.id === id);
}

export function findCompanyRole(id: string): CompanyRoleDefinition | undefined {
  return companyRoles.find((role) => role.id === id);
}

export function organizationRole(id: OrganizationRoleId): OrganizationRoleDefinition {
  return findOrganizationRole(id)!;
}

export function companyRole(id: CompanyRoleId): CompanyRoleDefinition {
  return findCompanyRole(id)!;
}

/** The public `Role` (id + display name) of a definition, without the mock-only fields. */
export function toRole(definition: Role): Role {
  return { id: definition.id, name: definition.name };
}
