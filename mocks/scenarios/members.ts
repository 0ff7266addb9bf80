import type { AuthMethod, CompanyAccess, Preferences } from '../../src/api/types.js';
import type { AdminTeamRecord, CompanyMemberRecord, UserRecord } from '../db/records.js';
import type { CompanyRoleId, OrganizationRoleId } from '../roles.js';
import { invitationValidityDays } from '../time.js';
import type { ScenarioContext } from './context.js';
import type { Person } from './people.js';

/** Builders for people records, so scenarios read as a cast list rather than as object literals. */

export interface UserSpec {
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  preferences: Preferences;
  auth?: AuthMethod;
}

export function user(spec: UserSpec): UserRecord {
  return { avatarUrl: null, auth: { type: 'password' }, lastPasswordResetAt: null, ...spec };
}

/** Someone who accepted their invitation; `userId` links a signed-up user (a persona). */
export function activeAdmin(
  context: ScenarioContext,
  person: Person,
  roleId: OrganizationRoleId,
  companyAccess: CompanyAccess,
  userId: string | null = null,
): AdminTeamRecord {
  return {
    id: context.id('admin'),
    userId,
    name: person.name,
    email: person.email,
    roleId,
    companyAccess,
    status: 'active',
    invitedAt: context.daysAgo(60, 900),
    invitationExpiresAt: null,
  };
}

/** A pending invitation sent `invitedDaysAgo` days ago; older than 7 days means it has expired. */
export function invitedAdmin(
  context: ScenarioContext,
  email: string,
  roleId: OrganizationRoleId,
  companyAccess: CompanyAccess,
  invitedDaysAgo: number,
): AdminTeamRecord {
  return {
    id: context.id('admin'),
    userId: null,
    name: null,
    email,
    roleId,
    companyAccess,
    status: 'invited',
    invitedAt: context.daysFromNow(-invitedDaysAgo),
    invitationExpiresAt: context.daysFromNow(invitationValidityDays - invitedDaysAgo),
  };
}

export function activeCompanyMember(
  context: ScenarioContext,
  person: Person,
  roleId: CompanyRoleId,
  userId: string | null = null,
): CompanyMemberRecord {
  return { id: context.id('member'), userId, name: person.name, email: person.email, roleId, status: 'active', invitationExpiresAt: null };
}

export function invitedCompanyMember(context: ScenarioContext, email: string, roleId: CompanyRoleId, invitedDaysAgo: number): CompanyMemberRecord {
  return {
    id: context.id('member'),
    userId: null,
    name: null,
    email,
    roleId,
    status: 'invited',
    invitationExpiresAt: context.daysFromNow(invitationValidityDays - invitedDaysAgo),
  };
}
