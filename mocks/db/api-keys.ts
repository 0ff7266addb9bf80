import type { ApiKey, ApiKeyInput, ApiKeyListQuery, ApiKeyStatus, CreatedApiKey, ListQuery, Page } from '../../src/api/types.js';
import { conflict, notFound } from '../errors.js';
import { paginate, search } from '../paging.js';
import { addDays } from '../time.js';
import { FieldValidator, type Untrusted } from '../validation.js';
import { requireOrganizationAccess } from './authorize.js';
import { nextId, type ApiKeyRecord, type TenantRecord } from './records.js';
import { createSecret, displayPrefix } from './secrets.js';
import type { Actor } from './session.js';

export interface ApiKeyOperations {
  /** `status: 'active'` hides revoked and expired keys; the default is `'all'`. */
  listApiKeys(query: ListQuery & Untrusted<Pick<ApiKeyListQuery, 'status'>>): Page<ApiKey>;
  /** The one response carrying the secret; the server keeps only its prefix. */
  createApiKey(input: Untrusted<ApiKeyInput>): CreatedApiKey;
  revokeApiKey(id: string): ApiKey;
}

/** Longest lifetime a key may be given, in days (10 years). */
const maxExpiryDays = 3650;

export function apiKeyOperations(actor: Actor): ApiKeyOperations {
  const { tenant, now } = actor;
  const keys = tenant.apiKeys;

  return {
    listApiKeys(query) {
      requireOrganizationAccess(actor, 'organization/api-keys', 'view');
      const v = new FieldValidator();
      const status = v.oneOf('status', query.status, ['active', 'all'] as const, 'Use status=active or status=all.') ?? 'all';
      v.throwIfInvalid();
      const visible = status === 'all' ? keys : keys.filter((key) => statusOf(key, now) === 'active');
      const page = paginate(search(visible, query.q, (key) => [key.name, key.prefix]), query);
      return { ...page, items: page.items.map((key) => toApiKey(key, now)) };
    },

    createApiKey(input) {
      requireOrganizationAccess(actor, 'organization/api-keys', 'manage');
      const v = new FieldValidator();
      const replaced = replacedKeyOf(v, tenant, input.replacesKeyId, now);
      const name = v.requiredText('name', input.name, 'a name for the key');
      // Names tell active keys apart; a replacement may take over the name of the key it replaces.
      const clash = keys.find((key) => key !== replaced && statusOf(key, now) === 'active' && key.name.toLowerCase() === name.toLowerCase());
      if (name && clash) v.fail('name', 'An active key already has this name. Choose another.');
      const expiresInDays =
        input.expiresInDays === null ? null : v.integer('expiresInDays', input.expiresInDays, 1, maxExpiryDays, `Choose between 1 and ${maxExpiryDays} days, or no expiry.`);
      v.throwIfInvalid();

      const secret = createSecret(tenant.random);
      const record: ApiKeyRecord = {
        id: nextId(tenant, 'key'),
        name,
        prefix: displayPrefix(secret),
        createdAt: now.toISOString(),
        createdBy: { id: actor.user.id, name: actor.user.name },
        lastUsedAt: null,
        expiresAt: expiresInDays == null ? null : addDays(now, expiresInDays).toISOString(),
        revokedAt: null,
        replacesKeyId: replaced?.id ?? null,
      };
      keys.unshift(record);
      return { apiKey: toApiKey(record, now), secret };
    },

    revokeApiKey(id) {
      requireOrganizationAccess(actor, 'organization/api-keys', 'manage');
      const key = keys.find((k) => k.id === id);
      if (!key) throw notFound('This API key does not exist.');
      if (key.revokedAt !== null) throw conflict('already_revoked', `${key.name} was already revoked.`);
      key.revokedAt = now.toISOString();
      return toApiKey(key, now);
    },
  };
}

/**
 * Simulated traffic: marks a key as just used. Revoked and expired keys are refused, as a real API
 * would refuse requests made with them. Returns whether the use counted.
 */
export function recordApiKeyUse(tenant: TenantRecord, keyId: string, now: Date): boolean {
  const key = tenant.apiKeys.find((k) => k.id === keyId);
  if (!key || statusOf(key, now) !== 'active') return false;
  key.lastUsedAt = now.toISOString();
  return true;
}

/** Revocation wins; otherwise a key past its expiry date has expired. */
function statusOf(key: ApiKeyRecord, now: Date): ApiKeyStatus {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && Date.parse(key.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

function toApiKey(key: ApiKeyRecord, now: Date): ApiKey {
  return { ...key, createdBy: { ...key.createdBy }, status: statusOf(key, now) };
}

function replacedKeyOf(v: FieldValidator, tenant: TenantRecord, value: unknown, now: Date): ApiKeyRecord | undefined {
  if (value === undefined || value === null) return undefined;
  const key = typeof value === 'string' ? tenant.apiKeys.find((k) => k.id === value) : undefined;
  if (!key) v.fail('replacesKeyId', 'The key to replace does not exist.');
  else if (statusOf(key, now) === 'revoked') v.fail('replacesKeyId', 'This key is already revoked; create a new key instead.');
  return key;
}
