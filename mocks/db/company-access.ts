import type { CompanyAccess, CompanyRef } from '../../src/api/types.js';
import { companyRole, organizationRole, type CompanyRoleDefinition } from '../roles.js';
import type { AdminTeamRecord, TenantRecord } from './records.js';

/**
 * How organization membership turns into company access. Used for the session and for the
 * "from the organization" rows of a company's member list, so both always agree.
 */

/** The company role an admin-team member holds in a company through the organization, if any. */
export function organizationGrantIn(member: AdminTeamRecord, companyId: string): CompanyRoleDefinition | undefined {
  const role = organizationRole(member.roleId);
  if (role.companyRoleId === null) return undefined;
  const covered = role.allCompanies || member.companyAccess === 'all' || member.companyAccess.includes(companyId);
  return covered ? companyRole(role.companyRoleId) : undefined;
}

/** The access a member effectively has: the Owner always has all companies. */
export function effectiveCompanyAccess(member: AdminTeamRecord): CompanyAccess {
  return organizationRole(member.roleId).allCompanies ? 'all' : member.companyAccess;
}

/** Company ids as the API shows them: with names, in the tenant's company order. */
export function companyRefs(tenant: TenantRecord, access: CompanyAccess): 'all' | CompanyRef[] {
  if (access === 'all') return 'all';
  return tenant.companies.filter((company) => access.includes(company.id)).map(({ id, name }) => ({ id, name }));
}
