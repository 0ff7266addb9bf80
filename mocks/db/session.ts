import type { GrantableOrganizationRole, Memberships, Session, SessionCompany, SessionOrganization } from '../../src/api/types.js';
import { grantableCompanyRoleIds, companyRole, organizationRole, toRole, type OrganizationRoleDefinition } from '../roles.js';
import { companyRefs, effectiveCompanyAccess, organizationGrantIn } from './company-access.js';
import type { AdminTeamRecord, CompanyRecord, TenantRecord, UserRecord } from './records.js';

/** The signed-in user of one request, with the session computed from their current memberships. */
export interface Actor {
  tenant: TenantRecord;
  user: UserRecord;
  session: Session;
  /** The server clock when the request arrived. */
  now: Date;
  /**
   * Every access check the request passed, in order (authorize.ts notes them): what a replay of
   * the request under its Idempotency-Key must pass again, as the user is then.
   */
  checks: AccessCheck[];
}

/** One access check, as a function of who asks: throws the 403 (or 404) it refuses with. */
export type AccessCheck = (actor: Actor) => unknown;

export function createActor(tenant: TenantRecord, user: UserRecord, now: Date): Actor {
  return { tenant, user, session: buildSession(tenant, user), now, checks: [] };
}

/**
 * Computes what the user may do, server side, from their roles (roles.ts): the organization
 * membership (active admin-team record) and, per company, either the access the organization role
 * confers (`grantedBy: 'organization'`) or a direct company membership (`grantedBy: 'company'`).
 * Where both exist the organization grant wins: it is an Admin role, a superset of any other.
 */
export function buildSession(tenant: TenantRecord, user: UserRecord): Session {
  const membership = tenant.adminTeam.find((member) => member.userId === user.id && member.status === 'active');
  return {
    user: { id: user.id, name: user.name, email: user.email, auth: { ...user.auth }, theme: user.preferences.theme, language: user.preferences.language },
    organization: membership ? sessionOrganization(tenant, membership) : null,
    companies: tenant.companies.flatMap((company) => {
      const entry = sessionCompany(company, user, membership);
      return entry ? [entry] : [];
    }),
    features: { ...tenant.features },
  };
}

/** The Membership section's view of a session, with company names filled in. */
export function buildMemberships(tenant: TenantRecord, session: Session): Memberships {
  const organization = session.organization;
  return {
    organization: organization
      ? {
          organization: { ...tenant.organization },
          role: organization.role,
          companyAccess: companyRefs(tenant, organization.companyAccess),
        }
      : null,
    companies: session.companies.map(({ id, name, role, grantedBy }) => ({ company: { id, name }, role, grantedBy })),
  };
}

function sessionOrganization(tenant: TenantRecord, membership: AdminTeamRecord): SessionOrganization {
  const role = organizationRole(membership.roleId);
  const access = effectiveCompanyAccess(membership);
  return {
    id: tenant.organization.id,
    name: tenant.organization.name,
    role: toRole(role),
    permissions: [...role.permissions],
    companyAccess: access === 'all' ? 'all' : [...access],
    grantableRoles: role.grants.map((id) => grantableRole(organizationRole(id))),
  };
}

function grantableRole(role: OrganizationRoleDefinition): GrantableOrganizationRole {
  const companyAccess = role.allCompanies ? 'all' : role.companyRoleId ? 'choose' : 'none';
  return { ...toRole(role), companyAccess };
}

function sessionCompany(company: CompanyRecord, user: UserRecord, membership: AdminTeamRecord | undefined): SessionCompany | undefined {
  const viaOrganization = membership && organizationGrantIn(membership, company.id);
  const direct = company.members.find((member) => member.userId === user.id && member.status === 'active');
  const role = viaOrganization ?? (direct && companyRole(direct.roleId));
  if (!role) return undefined;
  const permissions = [...role.permissions];
  return {
    id: company.id,
    name: company.name,
    role: toRole(role),
    permissions,
    grantedBy: viaOrganization ? 'organization' : 'company',
    grantableRoles: permissions.includes('company.members.manage') ? grantableCompanyRoleIds.map((id) => toRole(companyRole(id))) : [],
  };
}
