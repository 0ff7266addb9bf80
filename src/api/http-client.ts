import type { SettingsClient } from './client.js';
import { createHttpRequest, type HttpClientOptions, type Query } from './http-request.js';
import type { RequestOptions } from './types.js';

export type { HttpClientOptions } from './http-request.js';

/** Creates a `SettingsClient` for the REST contract (openapi.json). */
export function createHttpClient(options: HttpClientOptions): SettingsClient {
  const request = createHttpRequest(options);
  const get = <T>(path: string, query?: Query, o?: RequestOptions) => request<T>('GET', path, { query, signal: o?.signal });
  const send = <T>(method: string, path: string, body?: unknown, o?: RequestOptions) =>
    request<T>(method, path, { body, signal: o?.signal, idempotencyKey: o?.idempotencyKey });
  const company = (id: string) => `/companies/${encodeURIComponent(id)}`;
  const seg = encodeURIComponent;

  return {
    getSession: (o) => get('/session', undefined, o),

    getProfile: (o) => get('/me/profile', undefined, o),
    updateProfile: (update, o) => send('PATCH', '/me/profile', update, o),
    requestPasswordReset: (o) => send('POST', '/me/password-reset', undefined, o),
    getPreferences: (o) => get('/me/preferences', undefined, o),
    updatePreferences: (update, o) => send('PATCH', '/me/preferences', update, o),
    getMemberships: (o) => get('/me/memberships', undefined, o),

    listOrganizationCompanies: (q, o) => get('/organization/companies', { ...q }, o),
    listAdminTeam: (q, o) => get('/organization/admin-team', { ...q }, o),
    addAdminTeamMember: (input, o) => send('POST', '/organization/admin-team', input, o),
    updateAdminTeamMember: (id, update, o) => send('PATCH', `/organization/admin-team/${seg(id)}`, update, o),
    removeAdminTeamMember: (id, o) => send('DELETE', `/organization/admin-team/${seg(id)}`, undefined, o),
    resendAdminTeamInvitation: (id, o) => send('POST', `/organization/admin-team/${seg(id)}/resend-invitation`, undefined, o),

    listApiKeys: (q, o) => get('/organization/api-keys', { ...q }, o),
    createApiKey: (input, o) => send('POST', '/organization/api-keys', input, o),
    getApiKey: (id, o) => get(`/organization/api-keys/${seg(id)}`, undefined, o),
    revokeApiKey: (id, o) => send('POST', `/organization/api-keys/${seg(id)}/revoke`, undefined, o),
    disableApiKey: (id, o) => send('POST', `/organization/api-keys/${seg(id)}/disable`, undefined, o),
    enableApiKey: (id, o) => send('POST', `/organization/api-keys/${seg(id)}/enable`, undefined, o),
    scheduleApiKeyExpiry: (id, input, o) => send('POST', `/organization/api-keys/${seg(id)}/schedule-expiry`, input, o),
    getApiKeyPolicy: (o) => get('/organization/api-key-policy', undefined, o),
    updateApiKeyPolicy: (update, o) => send('PATCH', '/organization/api-key-policy', update, o),

    getBilling: (o) => get('/organization/billing', undefined, o),
    updateBillingProfile: (update, o) => send('PATCH', '/organization/billing/profile', update, o),

    getDataRepository: (o) => get('/organization/data-repository', undefined, o),
    updateDataRepository: (update, o) => send('PATCH', '/organization/data-repository', update, o),

    listSites: (c, q, o) => get(`${company(c)}/sites`, { ...q }, o),
    createSite: (c, input, o) => send('POST', `${company(c)}/sites`, input, o),
    updateSite: (c, id, update, o) => send('PATCH', `${company(c)}/sites/${seg(id)}`, update, o),
    deleteSite: (c, id, o) => send('DELETE', `${company(c)}/sites/${seg(id)}`, undefined, o),

    getDataPreferences: (c, o) => get(`${company(c)}/data-preferences`, undefined, o),
    updateDataPreferences: (c, update, o) => send('PATCH', `${company(c)}/data-preferences`, update, o),

    listCompanyMembers: (c, q, o) => get(`${company(c)}/members`, { ...q }, o),
    inviteCompanyMember: (c, input, o) => send('POST', `${company(c)}/members`, input, o),
    updateCompanyMember: (c, id, update, o) => send('PATCH', `${company(c)}/members/${seg(id)}`, update, o),
    removeCompanyMember: (c, id, o) => send('DELETE', `${company(c)}/members/${seg(id)}`, undefined, o),
    resendCompanyInvitation: (c, id, o) => send('POST', `${company(c)}/members/${seg(id)}/resend-invitation`, undefined, o),
  };
}
