/**
 * The client's types against openapi.json, at compile time (`npm run typecheck`; nothing runs).
 * `src/generated/openapi.d.ts` is generated from the document (`npm run contract:types`), so a change on
 * either side that the other does not make fails here, naming the schema or operation:
 * `Type '"ApiKey"' does not satisfy the constraint 'never'`.
 */
import type { SettingsClient } from '../../src/api/client.js';
import type { FieldErrors } from '../../src/api/errors.js';
import type { components, operations } from '../../src/generated/openapi.js';
import type * as Api from '../../src/api/types.js';

/** True only for identical types (not merely mutually assignable: `?` and `| null` count). */
type Equals<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/**
 * Interfaces, generics and the generator's `A & B` (allOf) written out as plain object types, so
 * that Equals compares shapes rather than how a type was spelled.
 */
type Plain<T> = T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
type Same<A, B> = Equals<Plain<A>, Plain<B>>;

/** Fails to compile unless `T` is `never`; the error message names what is left. */
type AssertNever<T extends never> = T;

type Schemas = components['schemas'];

/**
 * Every schema of the document, paired with the client type it must equal. A new schema needs a
 * line here (the check below says so); a new wire type in types.ts needs a schema (the contract
 * test lists every export of types.ts that this file does not name).
 */
interface WireTypes {
  FieldErrors: FieldErrors;
  Role: Api.Role;
  CompanyRef: Api.CompanyRef;
  UserRef: Api.ApiKey['createdBy'];
  CompanyAccess: Api.CompanyAccess;
  CompanyAccessRefs: Api.AdminTeamMember['companyAccess'];
  GrantSource: Api.GrantSource;
  MemberStatus: Api.MemberStatus;
  Theme: Api.Theme;
  DateFormat: Api.DateFormat;
  OrganizationPermission: Api.OrganizationPermission;
  CompanyPermission: Api.CompanyPermission;
  FeatureFlags: Api.FeatureFlags;
  AuthMethod: Api.AuthMethod;
  SessionUser: Api.SessionUser;
  GrantableOrganizationRole: Api.GrantableOrganizationRole;
  SessionOrganization: Api.SessionOrganization;
  SessionCompany: Api.SessionCompany;
  Session: Api.Session;
  Profile: Api.Profile;
  ProfileUpdate: Api.ProfileUpdate;
  PasswordResetResult: Api.PasswordResetResult;
  EmailNotificationPreferences: Api.EmailNotificationPreferences;
  EmailNotificationPreferencesUpdate: NonNullable<Api.PreferencesUpdate['emailNotifications']>;
  Preferences: Api.Preferences;
  PreferencesUpdate: Api.PreferencesUpdate;
  OrganizationMembershipSummary: Api.OrganizationMembershipSummary;
  CompanyMembershipSummary: Api.CompanyMembershipSummary;
  Memberships: Api.Memberships;
  AdminTeamMember: Api.AdminTeamMember;
  AdminTeamMemberPage: Api.Page<Api.AdminTeamMember>;
  AdminTeamMemberInput: Api.AdminTeamMemberInput;
  AdminTeamMemberUpdate: Api.AdminTeamMemberUpdate;
  CompanyRefPage: Api.Page<Api.CompanyRef>;
  ApiKeyStatus: Api.ApiKeyStatus;
  ApiKey: Api.ApiKey;
  ApiKeyPage: Api.Page<Api.ApiKey>;
  ApiKeyInput: Api.ApiKeyInput;
  ApiKeyScope: Api.ApiKeyScope;
  ApiKeyExpiryInput: Api.ApiKeyExpiryInput;
  ApiKeyScopeOption: Api.ApiKeyScopeOption;
  ApiKeyPolicy: Api.ApiKeyPolicy;
  ApiKeyPolicyUpdate: Api.ApiKeyPolicyUpdate;
  CreatedApiKey: Api.CreatedApiKey;
  Money: Api.Money;
  Address: Api.Address;
  AddressUpdate: NonNullable<Api.BillingProfileUpdate['address']>;
  BillingProfile: Api.BillingProfile;
  BillingProfileUpdate: Api.BillingProfileUpdate;
  Plan: Api.Plan;
  PaymentMethod: Api.PaymentMethod;
  InvoiceStatus: Api.InvoiceStatus;
  Invoice: Api.Invoice;
  Billing: Api.Billing;
  StorageRegion: Api.StorageRegion;
  DataRepositorySettings: Api.DataRepositorySettings;
  DataRepositoryUpdate: Api.DataRepositoryUpdate;
  SiteStatus: Api.SiteStatus;
  Site: Api.Site;
  SitePage: Api.Page<Api.Site>;
  SiteInput: Api.SiteInput;
  SiteUpdate: Api.SiteUpdate;
  Units: Api.Units;
  Weekday: Api.Weekday;
  DataPreferences: Api.DataPreferences;
  DataPreferencesUpdate: Api.DataPreferencesUpdate;
  CompanyMember: Api.CompanyMember;
  CompanyMemberPage: Api.Page<Api.CompanyMember>;
  CompanyMemberInput: Api.CompanyMemberInput;
  CompanyMemberUpdate: Api.CompanyMemberUpdate;
}

/** Schemas with no client type of their own: the error body (read by http-request.ts) and the page base. */
type DocumentOnly = 'Error' | 'ErrorDetail' | 'PageInfo';

export type SchemasWithoutAClientType = AssertNever<Exclude<keyof Schemas, keyof WireTypes | DocumentOnly>>;
export type ClientTypesWithoutASchema = AssertNever<Exclude<keyof WireTypes, keyof Schemas>>;
export type SchemasThatDifferFromTheirType = AssertNever<
  { [K in keyof WireTypes & keyof Schemas]: Same<WireTypes[K], Schemas[K]> extends true ? never : K }[keyof WireTypes & keyof Schemas]
>;

/** Types that are not schemas but are spelled out by the document all the same. */
export type FeatureFlagNames = AssertNever<Equals<Api.FeatureFlag, keyof Schemas['FeatureFlags']> extends true ? never : 'FeatureFlag'>;
export type PermissionNames = AssertNever<
  Equals<Api.Permission, Schemas['OrganizationPermission'] | Schemas['CompanyPermission']> extends true ? never : 'Permission'
>;

// ---- operations: one per SettingsClient method, by operationId ------------------------------------

type OperationId = keyof operations;
type Method = keyof SettingsClient;

export type OperationsWithoutAClientMethod = AssertNever<Exclude<OperationId, Method>>;
export type ClientMethodsWithoutAnOperation = AssertNever<Exclude<Method, OperationId>>;

/** The JSON a response carries, or `void` for 204. */
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : void;
type SuccessOf<Op> = Op extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201 | 204>]> : never;
type BodyOf<Op> = Op extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** `T` is `never` (nothing to take), or one of the method's parameters is exactly `T`. */
type Takes<F, T> = [T] extends [never]
  ? true
  : F extends (...args: infer P) => unknown
    ? true extends { [I in keyof P]: Same<NonNullable<P[I]>, T> }[number]
      ? true
      : false
    : false;

type Checked = OperationId & Method;
export type ResultsThatDifferFromTheDocument = AssertNever<
  { [K in Checked]: Same<Awaited<ReturnType<SettingsClient[K]>>, SuccessOf<operations[K]>> extends true ? never : K }[Checked]
>;
export type BodiesThatDifferFromTheDocument = AssertNever<
  { [K in Checked]: Takes<SettingsClient[K], BodyOf<operations[K]>> extends true ? never : K }[Checked]
>;
export type QueriesThatDifferFromTheDocument = AssertNever<
  { [K in Checked]: Takes<SettingsClient[K], QueryOf<operations[K]>> extends true ? never : K }[Checked]
>;

/** The list types are query parameters rather than schemas: each, with an operation that takes it. */
interface ListQueries {
  listAdminTeam: Api.ListQuery;
  listApiKeys: Api.ApiKeyListQuery;
  listSites: Api.SiteListQuery;
}
export type ListQueriesThatDiffer = AssertNever<
  { [K in keyof ListQueries]: Same<ListQueries[K], QueryOf<operations[K]>> extends true ? never : K }[keyof ListQueries]
>;

/** Client-side only: how a call is made (abort signal, idempotency key), not what is sent. */
export type NotOnTheWire = Api.RequestOptions;
