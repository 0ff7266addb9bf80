/**
 * Domain types of the settings REST contract (openapi.json). Dates are ISO-8601 strings, money is in
 * minor units (cents) with an ISO-4217 currency, so values survive JSON unchanged.
 */

/** Permission strings. Visibility is decided by these, never by role names. */
export type OrganizationPermission =
  | 'org.admin-team.view'
  | 'org.admin-team.manage'
  | 'org.api-keys.view'
  | 'org.api-keys.manage'
  /** Sets the organization's API-key policy (maximum lifetime, warning window). */
  | 'org.api-keys.policy'
  | 'org.billing.view'
  | 'org.billing.manage'
  | 'org.data-repository.view'
  | 'org.data-repository.manage';

export type CompanyPermission =
  | 'company.sites.view'
  | 'company.sites.manage'
  | 'company.data.view'
  | 'company.data.manage'
  | 'company.members.view'
  | 'company.members.manage';

export type Permission = OrganizationPermission | CompanyPermission;

/** Tenant feature flags. A section gated by a flag is hidden when the tenant lacks it. */
export type FeatureFlag = 'apiKeys' | 'billing' | 'dataRepository';
export type FeatureFlags = Record<FeatureFlag, boolean>;

/** A role as display text plus a stable id. Components show `name`; they never branch on it. */
export interface Role {
  id: string;
  name: string;
}

export interface CompanyRef {
  id: string;
  name: string;
}

/** How the signed-in user authenticates; SSO logins cannot reset their password here. */
export type AuthMethod = { type: 'password' } | { type: 'sso'; providerName: string };

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  auth: AuthMethod;
  /** The user's theme preference: every element follows it from the first paint. */
  theme: Theme;
  /**
   * The user's language preference (BCP-47): the elements speak it from the first paint when the
   * host opts in (`<settings-provider follow-user-language>`).
   */
  language: string;
}

/** `"all"` or the ids of specific companies. */
export type CompanyAccess = 'all' | string[];

/** An organization role the user may grant, with the company access it carries. */
export interface GrantableOrganizationRole extends Role {
  /**
   * `all`: always every company (e.g. Owner); `choose`: all companies or specific ones (e.g. Admin);
   * `none`: no company access (e.g. Billing manager). The Add member form offers the choice only
   * where it exists.
   */
  companyAccess: 'all' | 'choose' | 'none';
}

export interface SessionOrganization {
  id: string;
  name: string;
  role: Role;
  permissions: OrganizationPermission[];
  companyAccess: CompanyAccess;
  /** Roles this user may grant when adding or editing admin-team members. */
  grantableRoles: GrantableOrganizationRole[];
}

/** How a user came to act in a company. */
export type GrantSource = 'organization' | 'company';

export interface SessionCompany extends CompanyRef {
  role: Role;
  permissions: CompanyPermission[];
  grantedBy: GrantSource;
  /** Company roles this user may grant when inviting or editing members. */
  grantableRoles: Role[];
}

/** Everything the access rules need, loaded once by `<settings-provider>`. */
export interface Session {
  user: SessionUser;
  /** `null` for a company-only member. */
  organization: SessionOrganization | null;
  /** Every company the user can act in, with the permissions there. */
  companies: SessionCompany[];
  features: FeatureFlags;
}

// ---- lists -------------------------------------------------------------------------------------

export interface ListQuery {
  /** Server-side search text. */
  q?: string;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
  limit?: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Sent as the `Idempotency-Key` header of a write. A server that sees a key again answers with
   * the first request's result instead of acting twice: a create whose answer was lost on the
   * network and is sent again (the user pressed Retry) does not create a duplicate.
   */
  idempotencyKey?: string;
}

// ---- personal ----------------------------------------------------------------------------------

export interface Profile {
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  avatarUrl: string | null;
  auth: AuthMethod;
}

export type ProfileUpdate = Partial<Pick<Profile, 'name' | 'jobTitle' | 'avatarUrl'>>;

export interface PasswordResetResult {
  /** Where the email went (the profile's address). */
  sentTo: string;
}

export type Theme = 'system' | 'light' | 'dark';

export interface EmailNotificationPreferences {
  productUpdates: boolean;
  securityAlerts: boolean;
  weeklyDigest: boolean;
}

export interface Preferences {
  /** BCP-47 language tag. */
  language: string;
  /** IANA time zone. */
  timeZone: string;
  dateFormat: DateFormat;
  theme: Theme;
  emailNotifications: EmailNotificationPreferences;
}

export type PreferencesUpdate = Partial<Omit<Preferences, 'emailNotifications'>> & {
  emailNotifications?: Partial<EmailNotificationPreferences>;
};

export type DateFormat = 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD.MM.YYYY';

export interface OrganizationMembershipSummary {
  organization: { id: string; name: string };
  role: Role;
  /** `"all"` or the specific companies, by name. */
  companyAccess: 'all' | CompanyRef[];
}

export interface CompanyMembershipSummary {
  company: CompanyRef;
  role: Role;
  grantedBy: GrantSource;
}

export interface Memberships {
  organization: OrganizationMembershipSummary | null;
  companies: CompanyMembershipSummary[];
}

// ---- organization ------------------------------------------------------------------------------

export type MemberStatus = 'active' | 'invited';

export interface AdminTeamMember {
  id: string;
  /** The person's user id once they accepted; compare with `session.user.id` to spot yourself. */
  userId: string | null;
  /**
   * The organization's only active Owner: cannot be removed or demoted (the server answers 409
   * `last_owner`), so the UI explains before offering it.
   */
  lastOwner: boolean;
  /** `null` until an invited person accepts. */
  name: string | null;
  email: string;
  role: Role;
  companyAccess: 'all' | CompanyRef[];
  status: MemberStatus;
  invitedAt: string | null;
  /** When a pending invitation stops working. */
  invitationExpiresAt: string | null;
}

export interface AdminTeamMemberInput {
  email: string;
  roleId: string;
  companyAccess: CompanyAccess;
}

export type AdminTeamMemberUpdate = Partial<Omit<AdminTeamMemberInput, 'email'>>;

/** Revocation is final; a disabled key is refused until it is enabled again. */
export type ApiKeyStatus = 'active' | 'disabled' | 'expired' | 'revoked';

/**
 * What a key may do, e.g. `sites:read`. The organization offers a set (`ApiKeyPolicy.scopes`); a
 * creator may give a key only the scopes they hold themselves.
 */
export type ApiKeyScope = string;

export interface ApiKey {
  id: string;
  name: string;
  /** The first characters of the secret, safe to display (e.g. `mock_key_4f2a`). */
  prefix: string;
  createdAt: string;
  createdBy: { id: string; name: string };
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  /** When it was last disabled; `null` while enabled. */
  disabledAt: string | null;
  status: ApiKeyStatus;
  /** Everything the organization's API allows, now and later; `scopes` is then empty. */
  fullAccess: boolean;
  scopes: ApiKeyScope[];
  /** Set on a key created to replace another: the rotation pairing lives in the data, not the browser. */
  replacesKeyId: string | null;
  /** Set on the key a replacement was created for (the other end of `replacesKeyId`). */
  replacedByKeyId: string | null;
  /**
   * Set when a rotation scheduled this (old) key to expire after an overlap window instead of
   * revoking it at once; `expiresAt` is then that moment too.
   */
  rotationEndsAt: string | null;
}

export interface ApiKeyListQuery extends ListQuery {
  /** `expiring`: active keys that expire within the policy's warning window, soonest first. */
  status?: 'active' | 'expiring' | 'all';
}

export interface ApiKeyInput {
  name: string;
  /** Omitted or `null`: the key never expires (refused when the organization sets a maximum lifetime). */
  expiresInDays?: number | null;
  /** `true`: full access (only for a creator who holds every scope); otherwise `scopes` is required. */
  fullAccess?: boolean;
  scopes?: ApiKeyScope[];
  /** Id of the key this one rotates. */
  replacesKeyId?: string;
}

/** How a rotation ends the old key: at once, or after an overlap window. */
export interface ApiKeyExpiryInput {
  /** Hours from now until the old key stops working (1 to 720). */
  inHours: number;
}

/** One scope the organization offers, and whether the caller may give it to a key. */
export interface ApiKeyScopeOption {
  id: ApiKeyScope;
  /** Groups scopes in the picker: `sites`, `members`, `company-data`, `billing`, `admin-team`, `data-repository`. */
  area: string;
  /** The caller holds it (so may give it to a key). */
  grantable: boolean;
}

/** The organization's rules for API keys, and what the caller may choose within them. */
export interface ApiKeyPolicy {
  /** Longest lifetime of a new key, in days; `null`: no limit ("Never expires" allowed). */
  maxLifetimeDays: number | null;
  /** Keys expiring within this many days are flagged and counted. */
  expiryWarningDays: number;
  /** Who changed the policy last, and when; `null` for the default policy. */
  updatedBy: { id: string; name: string } | null;
  updatedAt: string | null;
  scopes: ApiKeyScopeOption[];
  /** The caller may create full-access keys (they hold every scope). */
  fullAccessGrantable: boolean;
}

export type ApiKeyPolicyUpdate = Partial<Pick<ApiKeyPolicy, 'maxLifetimeDays' | 'expiryWarningDays'>>;

/** The only response that ever carries a secret. */
export interface CreatedApiKey {
  apiKey: ApiKey;
  secret: string;
}

export interface Money {
  /** Minor units (cents). */
  amount: number;
  currency: string;
}

export interface Address {
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  region: string;
  /** ISO-3166 alpha-2. */
  country: string;
}

export interface BillingProfile {
  companyName: string;
  billingEmail: string;
  address: Address;
  taxId: string;
}

export type BillingProfileUpdate = Partial<Omit<BillingProfile, 'address'>> & { address?: Partial<Address> };

export interface Plan {
  name: string;
  seatsUsed: number;
  seatsTotal: number;
  price: Money;
  interval: 'month' | 'year';
  renewsAt: string;
}

export interface PaymentMethod {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export type InvoiceStatus = 'paid' | 'open' | 'void' | 'uncollectible';

export interface Invoice {
  id: string;
  number: string;
  issuedAt: string;
  amount: Money;
  status: InvoiceStatus;
  downloadUrl: string;
}

export interface Billing {
  plan: Plan;
  /** `null` when the billing profile is not set up. */
  profile: BillingProfile | null;
  paymentMethod: PaymentMethod | null;
  invoices: Invoice[];
}

export interface StorageRegion {
  id: string;
  name: string;
}

export interface DataRepositorySettings {
  storageRegion: string;
  availableRegions: StorageRegion[];
  /** Days data is kept; `null` keeps it indefinitely. */
  retentionDays: number | null;
  retentionOptions: (number | null)[];
  crossCompanySharing: boolean;
}

export type DataRepositoryUpdate = Partial<Pick<DataRepositorySettings, 'storageRegion' | 'retentionDays' | 'crossCompanySharing'>>;

// ---- company -----------------------------------------------------------------------------------

export type SiteStatus = 'active' | 'archived';

export interface Site {
  id: string;
  name: string;
  address: string;
  /** IANA time zone. */
  timeZone: string;
  status: SiteStatus;
  createdAt: string;
}

export interface SiteListQuery extends ListQuery {
  status?: SiteStatus | 'all';
}

export interface SiteInput {
  name: string;
  address: string;
  timeZone: string;
}

export type SiteUpdate = Partial<SiteInput> & { status?: SiteStatus };

export type Units = 'metric' | 'imperial';
export type Weekday = 'monday' | 'sunday' | 'saturday';

export interface DataPreferences {
  units: Units;
  currency: string;
  dateFormat: DateFormat;
  weekStart: Weekday;
  /** 1 = January … 12 = December. */
  fiscalYearStartMonth: number;
}

export type DataPreferencesUpdate = Partial<DataPreferences>;

export interface CompanyMember {
  id: string;
  /** The person's user id once they accepted; compare with `session.user.id` to spot yourself. */
  userId: string | null;
  name: string | null;
  email: string;
  role: Role;
  status: MemberStatus;
  invitationExpiresAt: string | null;
  /** `organization`: comes from the organization's admin team and is managed there. */
  source: GrantSource;
}

export interface CompanyMemberInput {
  email: string;
  roleId: string;
}

export interface CompanyMemberUpdate {
  roleId: string;
}
