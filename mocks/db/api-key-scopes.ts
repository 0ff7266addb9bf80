import type { ApiKeyScopeOption, Permission } from '../../src/api/types.js';
import type { Actor } from './session.js';

/**
 * The scopes the mock organization's API offers, each tied to the permission a creator must hold
 * to give it to a key: a key never reaches further than the person who made it. A company
 * permission counts only when the creator holds it in every company, because a key works
 * organization-wide.
 */
interface ScopeDefinition {
  id: string;
  area: string;
  requires: Permission;
}

export const apiKeyScopes: readonly ScopeDefinition[] = [
  { id: 'sites:read', area: 'sites', requires: 'company.sites.view' },
  { id: 'sites:write', area: 'sites', requires: 'company.sites.manage' },
  { id: 'members:read', area: 'members', requires: 'company.members.view' },
  { id: 'members:write', area: 'members', requires: 'company.members.manage' },
  { id: 'data-preferences:read', area: 'company-data', requires: 'company.data.view' },
  { id: 'data-preferences:write', area: 'company-data', requires: 'company.data.manage' },
  { id: 'admin-team:read', area: 'admin-team', requires: 'org.admin-team.view' },
  { id: 'billing:read', area: 'billing', requires: 'org.billing.view' },
  { id: 'data-repository:read', area: 'data-repository', requires: 'org.data-repository.view' },
  { id: 'data-repository:write', area: 'data-repository', requires: 'org.data-repository.manage' },
];

export function isKnownScope(id: unknown): id is string {
  return apiKeyScopes.some((scope) => scope.id === id);
}

/** Whether the actor holds what `scope` needs, organization-wide. */
export function holdsScope(actor: Actor, scopeId: string): boolean {
  const scope = apiKeyScopes.find((s) => s.id === scopeId);
  if (!scope) return false;
  const { session, tenant } = actor;
  if (scope.requires.startsWith('org.')) return session.organization?.permissions.includes(scope.requires as never) ?? false;
  // Everywhere, or the key would act in companies its creator cannot.
  return tenant.companies.every((company) =>
    session.companies.some((c) => c.id === company.id && c.permissions.includes(scope.requires as never)),
  );
}

/** The scopes as the caller sees them: all the organization offers, marked with what they may give. */
export function scopeOptions(actor: Actor): ApiKeyScopeOption[] {
  return apiKeyScopes.map(({ id, area }) => ({ id, area, grantable: holdsScope(actor, id) }));
}

/** Full access is everything, including scopes added later: only for a creator who holds them all. */
export function holdsFullAccess(actor: Actor): boolean {
  return apiKeyScopes.every((scope) => holdsScope(actor, scope.id));
}
