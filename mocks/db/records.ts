import type {
  AuthMethod,
  Billing,
  CompanyAccess,
  DataPreferences,
  DataRepositorySettings,
  FeatureFlags,
  MemberStatus,
  Preferences,
  Site,
} from '../../src/api/types.js';
import type { Random } from '../random.js';
import type { CompanyRoleId, OrganizationRoleId } from '../roles.js';

/**
 * What the mock server stores. Records keep ids where the API shows objects (a role id, company
 * ids), and the API shapes are derived from them on every read, so a change shows up everywhere.
 */

export type TenantId = 'northwind' | 'contoso' | 'fabrikam' | 'globex';

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  avatarUrl: string | null;
  auth: AuthMethod;
  preferences: Preferences;
  /** For the password-reset rate limit. */
  lastPasswordResetAt: string | null;
}

export interface AdminTeamRecord {
  id: string;
  /** The signed-up user behind the membership; `null` for people who only exist as a name/email. */
  userId: string | null;
  name: string | null;
  email: string;
  roleId: OrganizationRoleId;
  companyAccess: CompanyAccess;
  status: MemberStatus;
  invitedAt: string | null;
  invitationExpiresAt: string | null;
}

/** A direct company membership (`source: 'company'`). Organization-granted members are derived. */
export interface CompanyMemberRecord {
  id: string;
  userId: string | null;
  name: string | null;
  email: string;
  roleId: CompanyRoleId;
  status: MemberStatus;
  invitationExpiresAt: string | null;
}

/** An API key as stored: the prefix only, never the secret. Its status is derived when read. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: { id: string; name: string };
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  disabledAt: string | null;
  fullAccess: boolean;
  scopes: string[];
  replacesKeyId: string | null;
  replacedByKeyId: string | null;
  rotationEndsAt: string | null;
}

/** The organization's API-key rules (`GET /organization/api-key-policy`, without the caller's view). */
export interface ApiKeyPolicyRecord {
  maxLifetimeDays: number | null;
  expiryWarningDays: number;
  updatedBy: { id: string; name: string } | null;
  updatedAt: string | null;
}

export interface CompanyRecord {
  id: string;
  name: string;
  sites: Site[];
  dataPreferences: DataPreferences;
  members: CompanyMemberRecord[];
}

export interface TenantRecord {
  id: TenantId;
  organization: { id: string; name: string };
  features: FeatureFlags;
  users: UserRecord[];
  companies: CompanyRecord[];
  adminTeam: AdminTeamRecord[];
  apiKeys: ApiKeyRecord[];
  apiKeyPolicy: ApiKeyPolicyRecord;
  billing: Billing;
  dataRepository: DataRepositorySettings;
  /** Numbers the ids of records created at runtime, after the seeded ones. */
  sequence: number;
  /** The tenant's own stream, continued at runtime (API key secrets), so runs stay reproducible. */
  random: Random;
}

/** A fresh id for a record created at runtime, unique across tenants (`northwind-site-1042`). */
export function nextId(tenant: TenantRecord, kind: string): string {
  tenant.sequence += 1;
  return `${tenant.id}-${kind}-${tenant.sequence}`;
}
