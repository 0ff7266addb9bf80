import type { CompanyMember, CompanyMemberInput, CompanyMemberUpdate, ListQuery, Page } from '../../src/api/types.js';
import { conflict, notFound } from '../errors.js';
import { paginate, search } from '../paging.js';
import { companyRole, findCompanyRole, toRole, type CompanyRoleDefinition } from '../roles.js';
import { addDays, invitationValidityDays } from '../time.js';
import { FieldValidator, sameEmail, type Untrusted } from '../validation.js';
import { requireCompanyAccess } from './authorize.js';
import { organizationGrantIn } from './company-access.js';
import { nextId, type CompanyMemberRecord, type CompanyRecord, type TenantRecord } from './records.js';
import type { Actor } from './session.js';

/**
 * A company's members: its direct members (`source: 'company'`), which these operations manage,
 * followed by the admin-team members the organization gives access (`source: 'organization'`),
 * which are managed on the admin team and answer 409 `managed_by_organization` here.
 */
export interface CompanyMemberOperations {
  listCompanyMembers(companyId: string, query: ListQuery): Page<CompanyMember>;
  inviteCompanyMember(companyId: string, input: Untrusted<CompanyMemberInput>): CompanyMember;
  updateCompanyMember(companyId: string, memberId: string, update: Untrusted<CompanyMemberUpdate>): CompanyMember;
  removeCompanyMember(companyId: string, memberId: string): void;
  resendCompanyInvitation(companyId: string, memberId: string): CompanyMember;
}

export function companyMemberOperations(actor: Actor): CompanyMemberOperations {
  const { tenant } = actor;

  /** A direct member the actor manages, after the company and permission checks. */
  function directMember(companyId: string, memberId: string): { company: CompanyRecord; member: CompanyMemberRecord } {
    const company = requireCompanyAccess(actor, companyId, 'company/members', 'manage');
    const member = company.members.find((m) => m.id === memberId);
    if (member) return { company, member };
    if (organizationMembers(tenant, company).some((m) => m.id === memberId)) {
      throw conflict(
        'managed_by_organization',
        'This member has access through the organization. Change it in Settings > Organization > Admin Team.',
      );
    }
    throw notFound('This member does not exist in this company.');
  }

  return {
    listCompanyMembers(companyId, query) {
      const company = requireCompanyAccess(actor, companyId, 'company/members', 'view');
      const members = [...company.members.map(toCompanyMember), ...organizationMembers(tenant, company)];
      return paginate(search(members, query.q, (member) => [member.name, member.email]), query);
    },

    inviteCompanyMember(companyId, input) {
      const company = requireCompanyAccess(actor, companyId, 'company/members', 'manage');
      const v = new FieldValidator();
      const { email, role } = v.valid({ email: v.email('email', input.email), role: roleOf(v, input.roleId) });
      const everyone = [...company.members, ...organizationMembers(tenant, company)];
      if (everyone.some((member) => sameEmail(member.email, email))) {
        throw conflict('already_member', `${email} is already a member of ${company.name}.`);
      }
      const member: CompanyMemberRecord = {
        id: nextId(tenant, 'member'),
        userId: null,
        name: null,
        email,
        roleId: role.id,
        status: 'invited',
        invitationExpiresAt: addDays(actor.now, invitationValidityDays).toISOString(),
      };
      company.members.unshift(member);
      return toCompanyMember(member);
    },

    updateCompanyMember(companyId, memberId, update) {
      const { member } = directMember(companyId, memberId);
      const v = new FieldValidator();
      const { role } = v.valid({ role: roleOf(v, update.roleId) });
      member.roleId = role.id;
      return toCompanyMember(member);
    },

    removeCompanyMember(companyId, memberId) {
      const { company, member } = directMember(companyId, memberId);
      company.members.splice(company.members.indexOf(member), 1);
    },

    resendCompanyInvitation(companyId, memberId) {
      const { member } = directMember(companyId, memberId);
      if (member.status !== 'invited') throw conflict('not_invited', `${member.name ?? member.email} has already accepted the invitation.`);
      member.invitationExpiresAt = addDays(actor.now, invitationValidityDays).toISOString();
      return toCompanyMember(member);
    },
  };
}

function toCompanyMember(member: CompanyMemberRecord): CompanyMember {
  const { id, userId, name, email, status, invitationExpiresAt } = member;
  return { id, userId, name, email, role: toRole(companyRole(member.roleId)), status, invitationExpiresAt, source: 'company' };
}

/** Admin-team members whose organization role reaches this company, shown with that company role. */
function organizationMembers(tenant: TenantRecord, company: CompanyRecord): CompanyMember[] {
  return tenant.adminTeam.flatMap((member) => {
    const role = organizationGrantIn(member, company.id);
    if (!role) return [];
    const { id, userId, name, email, status, invitationExpiresAt } = member;
    return [{ id, userId, name, email, role: toRole(role), status, invitationExpiresAt, source: 'organization' as const }];
  });
}

function roleOf(v: FieldValidator, value: unknown): CompanyRoleDefinition | undefined {
  const role = typeof value === 'string' ? findCompanyRole(value) : undefined;
  if (!role) v.fail('roleId', 'Choose a role: Admin, Editor or Viewer.');
  return role;
}
