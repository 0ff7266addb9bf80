import type { CreatedApiKey, ListQuery } from '../../src/api/types.js';
import type { MockOperations } from '../db.js';

/**
 * The REST contract (openapi.json) as a table: method, path and which db operation answers. Each
 * handler only translates HTTP into a call; permissions and rules live in the db operations.
 */

export interface RouteRequest {
  api: MockOperations;
  /** A path parameter, e.g. `param('companyId')`. */
  param: (name: string) => string;
  query: URLSearchParams;
  /** The JSON body of a write; `{}` when none was sent. */
  body: Readonly<Record<string, unknown>>;
}

export type Method = 'get' | 'post' | 'patch' | 'delete';

export interface Route {
  method: Method;
  path: string;
  /** Returns the JSON body; `undefined` answers 204 No Content. */
  handle(request: RouteRequest): unknown;
  /** 201 for creations; otherwise 200 (or 204 without a body). */
  status?: number;
  /**
   * For an answer kept under an Idempotency-Key, asked before each replay (after the access checks,
   * which every replay passes again): why it may no longer be given, or `undefined` when it may.
   * A reason spends the answer for good: 409 `idempotency_key_spent`.
   */
  spentBecause?: (api: MockOperations, answer: unknown) => string | undefined;
}

const route = (method: Method, path: string, handle: Route['handle'], status?: number, spentBecause?: Route['spentBecause']): Route => ({
  method,
  path,
  handle,
  ...(status !== undefined ? { status } : {}),
  ...(spentBecause ? { spentBecause } : {}),
});

/** A new key's secret is said again only while that key works: never once revoked, expired or disabled. */
function keyNoLongerActive(api: MockOperations, answer: unknown): string | undefined {
  const key = api.getApiKey((answer as CreatedApiKey).apiKey.id);
  if (key.status === 'active') return undefined;
  return `${key.name} is ${key.status} now, so its secret is not sent again. Create a new key, with a new Idempotency-Key.`;
}

/** The list parameters every paginated endpoint takes. */
function listQuery(query: URLSearchParams): ListQuery {
  const q = query.get('q');
  const cursor = query.get('cursor');
  const limit = query.get('limit');
  return {
    ...(q !== null ? { q } : {}),
    ...(cursor !== null ? { cursor } : {}),
    ...(limit !== null ? { limit: Number(limit) } : {}),
  };
}

/** `status` as sent, or absent: the operation validates it. */
function withStatus(query: URLSearchParams): ListQuery & { status?: string } {
  const status = query.get('status');
  return { ...listQuery(query), ...(status !== null ? { status } : {}) };
}

const created = 201;
const company = '/companies/:companyId';

export const routes: readonly Route[] = [
  route('get', '/session', ({ api }) => api.getSession()),

  route('get', '/me/profile', ({ api }) => api.getProfile()),
  route('patch', '/me/profile', ({ api, body }) => api.updateProfile(body)),
  route('post', '/me/password-reset', ({ api }) => api.requestPasswordReset()),
  route('get', '/me/preferences', ({ api }) => api.getPreferences()),
  route('patch', '/me/preferences', ({ api, body }) => api.updatePreferences(body)),
  route('get', '/me/memberships', ({ api }) => api.getMemberships()),

  route('get', '/organization/companies', ({ api, query }) => api.listOrganizationCompanies(listQuery(query))),
  route('get', '/organization/admin-team', ({ api, query }) => api.listAdminTeam(listQuery(query))),
  route('post', '/organization/admin-team', ({ api, body }) => api.addAdminTeamMember(body), created),
  route('patch', '/organization/admin-team/:id', ({ api, param, body }) => api.updateAdminTeamMember(param('id'), body)),
  route('delete', '/organization/admin-team/:id', ({ api, param }) => api.removeAdminTeamMember(param('id'))),
  route('post', '/organization/admin-team/:id/resend-invitation', ({ api, param }) => api.resendAdminTeamInvitation(param('id'))),

  route('get', '/organization/api-keys', ({ api, query }) => api.listApiKeys(withStatus(query))),
  route('post', '/organization/api-keys', ({ api, body }) => api.createApiKey(body), created, keyNoLongerActive),
  route('get', '/organization/api-keys/:id', ({ api, param }) => api.getApiKey(param('id'))),
  route('post', '/organization/api-keys/:id/revoke', ({ api, param }) => api.revokeApiKey(param('id'))),
  route('post', '/organization/api-keys/:id/disable', ({ api, param }) => api.disableApiKey(param('id'))),
  route('post', '/organization/api-keys/:id/enable', ({ api, param }) => api.enableApiKey(param('id'))),
  route('post', '/organization/api-keys/:id/schedule-expiry', ({ api, param, body }) => api.scheduleApiKeyExpiry(param('id'), body)),
  route('get', '/organization/api-key-policy', ({ api }) => api.getApiKeyPolicy()),
  route('patch', '/organization/api-key-policy', ({ api, body }) => api.updateApiKeyPolicy(body)),

  route('get', '/organization/billing', ({ api }) => api.getBilling()),
  route('patch', '/organization/billing/profile', ({ api, body }) => api.updateBillingProfile(body)),

  route('get', '/organization/data-repository', ({ api }) => api.getDataRepository()),
  route('patch', '/organization/data-repository', ({ api, body }) => api.updateDataRepository(body)),

  route('get', `${company}/sites`, ({ api, param, query }) => api.listSites(param('companyId'), withStatus(query))),
  route('post', `${company}/sites`, ({ api, param, body }) => api.createSite(param('companyId'), body), created),
  route('patch', `${company}/sites/:id`, ({ api, param, body }) => api.updateSite(param('companyId'), param('id'), body)),
  route('delete', `${company}/sites/:id`, ({ api, param }) => api.deleteSite(param('companyId'), param('id'))),

  route('get', `${company}/data-preferences`, ({ api, param }) => api.getDataPreferences(param('companyId'))),
  route('patch', `${company}/data-preferences`, ({ api, param, body }) => api.updateDataPreferences(param('companyId'), body)),

  route('get', `${company}/members`, ({ api, param, query }) => api.listCompanyMembers(param('companyId'), listQuery(query))),
  route('post', `${company}/members`, ({ api, param, body }) => api.inviteCompanyMember(param('companyId'), body), created),
  route('patch', `${company}/members/:id`, ({ api, param, body }) => api.updateCompanyMember(param('companyId'), param('id'), body)),
  route('delete', `${company}/members/:id`, ({ api, param }) => api.removeCompanyMember(param('companyId'), param('id'))),
  route('post', `${company}/members/:id/resend-invitation`, ({ api, param }) =>
    api.resendCompanyInvitation(param('companyId'), param('id')),
  ),
];
