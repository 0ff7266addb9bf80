import type {
  AdminTeamMember,
  AdminTeamMemberInput,
  AdminTeamMemberUpdate,
  CompanyAccess,
  CompanyRef,
  ListQuery,
  Page,
  SessionOrganization,
} from '../../src/api/types.js';
import { withinCompanyAccess } from '../../src/access/company-grant.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { paginate, search } from '../paging.js';
import { findOrganizationRole, organizationRole, toRole, type OrganizationRoleDefinition } from '../roles.js';
import { addDays, invitationValidityDays } from '../time.js';
import { FieldValidator, sameEmail, type Untrusted } from '../validation.js';
import { authorize, requireOrganizationAccess, requireOrganizationMember } from './authorize.js';
import { companyRefs, effectiveCompanyAccess } from './company-access.js';
import { nextId, type AdminTeamRecord, type TenantRecord } from './records.js';
import type { Actor } from './session.js';

/** The organization's admin team, and the company list its "specific companies" picker searches. */
export interface AdminTeamOperations {
  listOrganizationCompanies(query: ListQuery): Page<CompanyRef>;
  listAdminTeam(query: ListQuery): Page<AdminTeamMember>;
  /** Invites: the member is `invited` until they accept, for 7 days. */
  addAdminTeamMember(input: Untrusted<AdminTeamMemberInput>): AdminTeamMember;
  updateAdminTeamMember(id: string, update: Untrusted<AdminTeamMemberUpdate>): AdminTeamMember;
  removeAdminTeamMember(id: string): void;
  resendAdminTeamInvitation(id: string): AdminTeamMember;
}

export function adminTeamOperations(actor: Actor): AdminTeamOperations {
  const { tenant } = actor;
  const team = tenant.adminTeam;

  /**
   * Finds a member the actor may change: one whose current role they could grant and whose
   * company access lies within their own (else changing them would act on companies the actor
   * cannot see).
   */
  function changeableMember(organization: SessionOrganization, id: string): AdminTeamRecord {
    const member = team.find((m) => m.id === id);
    if (!member) throw notFound('This admin-team member does not exist.');
    requireGrantable(organization, organizationRole(member.roleId), 'change members who are');
    if (!withinCompanyAccess(organization.companyAccess, effectiveCompanyAccess(member))) {
      throw forbidden(`${member.name ?? member.email} has access to companies you do not, so only someone with that access can change it.`);
    }
    return member;
  }

  /**
   * The role and company access a write gives stay within the actor's own: access checks
   * (`authorize`), which a replay of the write passes again as the actor is then.
   */
  function requireGrantRules(role: OrganizationRoleDefinition | undefined, access: CompanyAccess): void {
    authorize(actor, (current) => {
      const organization = current.session.organization!;
      if (role) requireGrantable(organization, role, 'grant the role');
      requireHeldAccess(organization, access);
    });
  }

  return {
    listOrganizationCompanies(query) {
      // The companies the caller may grant: their own access, never the whole organization.
      const held = requireOrganizationMember(actor).companyAccess;
      const grantable = tenant.companies.filter((company) => withinCompanyAccess(held, [company.id]));
      const companies = search(grantable, query.q, (company) => [company.name]);
      const page = paginate(companies, query);
      return { ...page, items: page.items.map(({ id, name }) => ({ id, name })) };
    },

    listAdminTeam(query) {
      requireOrganizationAccess(actor, 'organization/admin-team', 'view');
      const page = paginate(search(team, query.q, (member) => [member.name, member.email]), query);
      return { ...page, items: page.items.map((member) => toAdminTeamMember(tenant, member)) };
    },

    addAdminTeamMember(input) {
      requireOrganizationAccess(actor, 'organization/admin-team', 'manage');
      const v = new FieldValidator();
      const requestedRole = roleOf(v, input.roleId, true);
      const { email, role, access } = v.valid({
        email: v.email('email', input.email),
        role: requestedRole,
        access: requestedRole && companyAccessOf(v, tenant, requestedRole, input.companyAccess),
      });
      requireGrantRules(role, access);
      if (team.some((member) => sameEmail(member.email, email))) {
        throw conflict('already_member', `${email} is already on the admin team.`);
      }
      const member: AdminTeamRecord = {
        id: nextId(tenant, 'admin'),
        userId: null,
        name: null,
        email,
        roleId: role.id,
        companyAccess: access,
        status: 'invited',
        invitedAt: actor.now.toISOString(),
        invitationExpiresAt: addDays(actor.now, invitationValidityDays).toISOString(),
      };
      // Newest first, so the person just invited is on the first page.
      team.unshift(member);
      return toAdminTeamMember(tenant, member);
    },

    updateAdminTeamMember(id, update) {
      const organization = requireOrganizationAccess(actor, 'organization/admin-team', 'manage');
      const member = changeableMember(organization, id);
      if (member.userId === actor.user.id) {
        throw forbidden('You cannot change your own role or company access. Ask another Owner or Admin.');
      }
      const v = new FieldValidator();
      const newRole = roleOf(v, update.roleId, false);
      const role = newRole ?? organizationRole(member.roleId);
      // Re-checked on a role change too: an Admin needs at least one company.
      const { access } = v.valid({ access: companyAccessOf(v, tenant, role, update.companyAccess ?? member.companyAccess) });
      requireGrantRules(newRole, access);
      if (role.id !== 'owner') requireAnotherOwner(team, member, 'demoted');
      member.roleId = role.id;
      member.companyAccess = access;
      return toAdminTeamMember(tenant, member);
    },

    removeAdminTeamMember(id) {
      const organization = requireOrganizationAccess(actor, 'organization/admin-team', 'manage');
      const member = changeableMember(organization, id);
      requireAnotherOwner(team, member, 'removed');
      team.splice(team.indexOf(member), 1);
    },

    resendAdminTeamInvitation(id) {
      const organization = requireOrganizationAccess(actor, 'organization/admin-team', 'manage');
      const member = changeableMember(organization, id);
      if (member.status !== 'invited') throw conflict('not_invited', `${member.name ?? member.email} has already accepted the invitation.`);
      member.invitationExpiresAt = addDays(actor.now, invitationValidityDays).toISOString();
      return toAdminTeamMember(tenant, member);
    },
  };
}

function toAdminTeamMember(tenant: TenantRecord, member: AdminTeamRecord): AdminTeamMember {
  return {
    id: member.id,
    userId: member.userId,
    lastOwner: isLastOwner(tenant.adminTeam, member),
    name: member.name,
    email: member.email,
    role: toRole(organizationRole(member.roleId)),
    companyAccess: companyRefs(tenant, effectiveCompanyAccess(member)),
    status: member.status,
    invitedAt: member.invitedAt,
    invitationExpiresAt: member.invitationExpiresAt,
  };
}

function roleOf(v: FieldValidator, value: unknown, required: boolean): OrganizationRoleDefinition | undefined {
  if (value === undefined && !required) return undefined;
  const role = typeof value === 'string' ? findOrganizationRole(value) : undefined;
  if (!role) v.fail('roleId', 'Choose a role: Owner, Admin or Billing manager.');
  return role;
}

/**
 * Validates `"all"` or a list of the tenant's company ids, then fits it to the role: the Owner
 * always has every company, and a role that confers no company access (Billing manager) stores
 * none, because its holders act in companies only through company memberships.
 */
function companyAccessOf(v: FieldValidator, tenant: TenantRecord, role: OrganizationRoleDefinition, value: unknown): CompanyAccess | undefined {
  if (role.allCompanies) return 'all';
  if (role.companyRoleId === null) return [];
  if (value === 'all') return 'all';
  if (!Array.isArray(value) || value.length === 0) {
    v.fail('companyAccess', 'Choose all companies, or at least one specific company.');
    return undefined;
  }
  const ids = [...new Set(value)];
  const unknown = ids.filter((id) => typeof id !== 'string' || !tenant.companies.some((company) => company.id === id));
  if (unknown.length > 0) {
    v.fail('companyAccess', `These companies do not exist: ${unknown.join(', ')}.`);
    return undefined;
  }
  return ids.filter((id): id is string => typeof id === 'string');
}

/** Only roles the actor's own role may grant can be given, changed or taken away. */
function requireGrantable(organization: SessionOrganization, role: OrganizationRoleDefinition, action: string): void {
  if (!organization.grantableRoles.some((grantable) => grantable.id === role.id)) {
    throw forbidden(`Your role (${organization.role.name}) cannot ${action} ${role.name}.`);
  }
}

/** Nobody grants company access wider than their own. */
function requireHeldAccess(organization: SessionOrganization, access: CompanyAccess): void {
  if (!withinCompanyAccess(organization.companyAccess, access)) {
    throw forbidden('You can give access only to companies you have access to yourself.');
  }
}

function isLastOwner(team: readonly AdminTeamRecord[], member: AdminTeamRecord): boolean {
  if (member.roleId !== 'owner' || member.status !== 'active') return false;
  return team.filter((m) => m.roleId === 'owner' && m.status === 'active').length <= 1;
}

/** An organization always keeps at least one active Owner. */
function requireAnotherOwner(team: readonly AdminTeamRecord[], member: AdminTeamRecord, change: 'demoted' | 'removed'): void {
  if (isLastOwner(team, member)) {
    throw conflict('last_owner', `The last Owner cannot be ${change}. Make someone else an Owner first.`);
  }
}
