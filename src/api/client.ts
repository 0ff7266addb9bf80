import type {
  AdminTeamMember,
  AdminTeamMemberInput,
  AdminTeamMemberUpdate,
  ApiKey,
  ApiKeyExpiryInput,
  ApiKeyInput,
  ApiKeyListQuery,
  ApiKeyPolicy,
  ApiKeyPolicyUpdate,
  Billing,
  BillingProfile,
  BillingProfileUpdate,
  CompanyMember,
  CompanyMemberInput,
  CompanyMemberUpdate,
  CompanyRef,
  CreatedApiKey,
  DataPreferences,
  DataPreferencesUpdate,
  DataRepositorySettings,
  DataRepositoryUpdate,
  ListQuery,
  Memberships,
  Page,
  PasswordResetResult,
  Preferences,
  PreferencesUpdate,
  Profile,
  ProfileUpdate,
  RequestOptions,
  Session,
  Site,
  SiteInput,
  SiteListQuery,
  SiteUpdate,
} from './types.js';

/**
 * Everything the components need from a backend. `createHttpClient` implements it over the REST
 * contract; a host may implement it over anything else (GraphQL, an SDK). Every method rejects with
 * a `SettingsApiError` and honours `options.signal`.
 */
export interface SettingsClient {
  getSession(options?: RequestOptions): Promise<Session>;

  // personal
  getProfile(options?: RequestOptions): Promise<Profile>;
  updateProfile(update: ProfileUpdate, options?: RequestOptions): Promise<Profile>;
  /** Rejects with status 409, code `sso_managed` for SSO logins; 429 when asked too often. */
  requestPasswordReset(options?: RequestOptions): Promise<PasswordResetResult>;
  getPreferences(options?: RequestOptions): Promise<Preferences>;
  updatePreferences(update: PreferencesUpdate, options?: RequestOptions): Promise<Preferences>;
  getMemberships(options?: RequestOptions): Promise<Memberships>;

  // organization
  listOrganizationCompanies(query?: ListQuery, options?: RequestOptions): Promise<Page<CompanyRef>>;
  listAdminTeam(query?: ListQuery, options?: RequestOptions): Promise<Page<AdminTeamMember>>;
  addAdminTeamMember(input: AdminTeamMemberInput, options?: RequestOptions): Promise<AdminTeamMember>;
  updateAdminTeamMember(id: string, update: AdminTeamMemberUpdate, options?: RequestOptions): Promise<AdminTeamMember>;
  removeAdminTeamMember(id: string, options?: RequestOptions): Promise<void>;
  resendAdminTeamInvitation(id: string, options?: RequestOptions): Promise<AdminTeamMember>;

  listApiKeys(query?: ApiKeyListQuery, options?: RequestOptions): Promise<Page<ApiKey>>;
  createApiKey(input: ApiKeyInput, options?: RequestOptions): Promise<CreatedApiKey>;
  getApiKey(id: string, options?: RequestOptions): Promise<ApiKey>;
  /** Final. Rejects with 409 `already_revoked`. */
  revokeApiKey(id: string, options?: RequestOptions): Promise<ApiKey>;
  /** Requests made with a disabled key fail until it is enabled again. */
  disableApiKey(id: string, options?: RequestOptions): Promise<ApiKey>;
  enableApiKey(id: string, options?: RequestOptions): Promise<ApiKey>;
  /** Ends a rotation with an overlap: the (old) key expires `inHours` from now, never later than it would have. */
  scheduleApiKeyExpiry(id: string, input: ApiKeyExpiryInput, options?: RequestOptions): Promise<ApiKey>;
  getApiKeyPolicy(options?: RequestOptions): Promise<ApiKeyPolicy>;
  updateApiKeyPolicy(update: ApiKeyPolicyUpdate, options?: RequestOptions): Promise<ApiKeyPolicy>;

  getBilling(options?: RequestOptions): Promise<Billing>;
  updateBillingProfile(update: BillingProfileUpdate, options?: RequestOptions): Promise<BillingProfile>;

  getDataRepository(options?: RequestOptions): Promise<DataRepositorySettings>;
  updateDataRepository(update: DataRepositoryUpdate, options?: RequestOptions): Promise<DataRepositorySettings>;

  // company
  listSites(companyId: string, query?: SiteListQuery, options?: RequestOptions): Promise<Page<Site>>;
  createSite(companyId: string, input: SiteInput, options?: RequestOptions): Promise<Site>;
  updateSite(companyId: string, siteId: string, update: SiteUpdate, options?: RequestOptions): Promise<Site>;
  deleteSite(companyId: string, siteId: string, options?: RequestOptions): Promise<void>;

  getDataPreferences(companyId: string, options?: RequestOptions): Promise<DataPreferences>;
  updateDataPreferences(companyId: string, update: DataPreferencesUpdate, options?: RequestOptions): Promise<DataPreferences>;

  listCompanyMembers(companyId: string, query?: ListQuery, options?: RequestOptions): Promise<Page<CompanyMember>>;
  inviteCompanyMember(companyId: string, input: CompanyMemberInput, options?: RequestOptions): Promise<CompanyMember>;
  updateCompanyMember(companyId: string, memberId: string, update: CompanyMemberUpdate, options?: RequestOptions): Promise<CompanyMember>;
  removeCompanyMember(companyId: string, memberId: string, options?: RequestOptions): Promise<void>;
  resendCompanyInvitation(companyId: string, memberId: string, options?: RequestOptions): Promise<CompanyMember>;
}
