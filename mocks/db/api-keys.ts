import type {
  ApiKey,
  ApiKeyExpiryInput,
  ApiKeyInput,
  ApiKeyListQuery,
  ApiKeyPolicy,
  ApiKeyPolicyUpdate,
  ApiKeyStatus,
  CreatedApiKey,
  ListQuery,
  Page,
} from '../../src/api/types.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { paginate, search } from '../paging.js';
import { addDays } from '../time.js';
import { FieldValidator, type Untrusted } from '../validation.js';
import { holdsFullAccess, holdsScope, isKnownScope, scopeOptions } from './api-key-scopes.js';
import { authorize, requireOrganizationAccess } from './authorize.js';
import { nextId, type ApiKeyRecord, type TenantRecord } from './records.js';
import { createSecret, displayPrefix } from './secrets.js';
import type { Actor } from './session.js';

export interface ApiKeyOperations {
  /**
   * `status: 'active'` lists the keys not yet ended (active and disabled); `expiring` the active
   * keys inside the policy's warning window, soonest first; the default is `'all'`.
   */
  listApiKeys(query: ListQuery & Untrusted<Pick<ApiKeyListQuery, 'status'>>): Page<ApiKey>;
  getApiKey(id: string): ApiKey;
  /** The one response carrying the secret; the server keeps only its prefix. */
  createApiKey(input: Untrusted<ApiKeyInput>): CreatedApiKey;
  revokeApiKey(id: string): ApiKey;
  disableApiKey(id: string): ApiKey;
  enableApiKey(id: string): ApiKey;
  scheduleApiKeyExpiry(id: string, input: Untrusted<ApiKeyExpiryInput>): ApiKey;
  getApiKeyPolicy(): ApiKeyPolicy;
  updateApiKeyPolicy(update: Untrusted<ApiKeyPolicyUpdate>): ApiKeyPolicy;
}

/** Longest lifetime a key may be given, in days (10 years), with or without a policy. */
const maxExpiryDays = 3650;
/** Longest overlap a rotation may leave the old key working: 30 days. */
const maxOverlapHours = 720;
const hour = 3_600_000;

export function apiKeyOperations(actor: Actor): ApiKeyOperations {
  const { tenant, now } = actor;
  const keys = tenant.apiKeys;
  const policy = tenant.apiKeyPolicy;

  const view = () => requireOrganizationAccess(actor, 'organization/api-keys', 'view');
  const manage = () => requireOrganizationAccess(actor, 'organization/api-keys', 'manage');
  const find = (id: string): ApiKeyRecord => {
    const key = keys.find((k) => k.id === id);
    if (!key) throw notFound('This API key does not exist.');
    return key;
  };
  // A key a rotation is retiring is meant to expire: it is not a warning.
  const expiring = (key: ApiKeyRecord) =>
    statusOf(key, now) === 'active' && key.rotationEndsAt === null && key.expiresAt !== null && Date.parse(key.expiresAt) - now.getTime() <= policy.expiryWarningDays * 24 * hour;

  return {
    listApiKeys(query) {
      view();
      const v = new FieldValidator();
      const status = v.oneOf('status', query.status, ['active', 'expiring', 'all'] as const, 'Use status=active, status=expiring or status=all.') ?? 'all';
      v.throwIfInvalid();
      const visible =
        status === 'all'
          ? keys
          : status === 'expiring'
            ? keys.filter(expiring).sort((a, b) => a.expiresAt!.localeCompare(b.expiresAt!))
            : keys.filter((key) => ['active', 'disabled'].includes(statusOf(key, now)));
      const page = paginate(search(visible, query.q, (key) => [key.name, key.prefix]), query);
      return { ...page, items: page.items.map((key) => toApiKey(key, now)) };
    },

    getApiKey(id) {
      view();
      return toApiKey(find(id), now);
    },

    createApiKey(input) {
      manage();
      const v = new FieldValidator();
      const replaced = replacedKeyOf(v, tenant, input.replacesKeyId, now);
      const name = v.requiredText('name', input.name, 'a name for the key');
      // Names tell active keys apart; a replacement may take over the name of the key it replaces.
      const clash = keys.find((key) => key !== replaced && statusOf(key, now) !== 'revoked' && statusOf(key, now) !== 'expired' && key.name.toLowerCase() === name.toLowerCase());
      if (name && clash) v.fail('name', 'An active key already has this name. Choose another.');
      const expiresInDays = lifetimeOf(v, input.expiresInDays, policy.maxLifetimeDays);
      const access = accessOf(v, actor, input.fullAccess, input.scopes);
      v.throwIfInvalid();
      // One rotation at a time: a second replacement would orphan the first (still working, no longer paired).
      const pending = replaced?.replacedByKeyId ? keys.find((key) => key.id === replaced.replacedByKeyId) : undefined;
      if (replaced && pending && !['revoked', 'expired'].includes(statusOf(pending, now))) {
        throw conflict('rotation_in_progress', `${replaced.name} is already being rotated: finish that rotation, or revoke ${pending.name} to start again.`);
      }

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
        disabledAt: null,
        ...access,
        replacesKeyId: replaced?.id ?? null,
        replacedByKeyId: null,
        rotationEndsAt: null,
      };
      if (replaced) replaced.replacedByKeyId = record.id;
      keys.unshift(record);
      return { apiKey: toApiKey(record, now), secret };
    },

    revokeApiKey(id) {
      manage();
      const key = find(id);
      if (key.revokedAt !== null) throw conflict('already_revoked', `${key.name} was already revoked.`);
      key.revokedAt = now.toISOString();
      return toApiKey(key, now);
    },

    disableApiKey(id) {
      manage();
      const key = find(id);
      const status = statusOf(key, now);
      if (status === 'disabled') throw conflict('already_disabled', `${key.name} is already disabled.`);
      if (status !== 'active') throw conflict('not_active', `${key.name} is ${status}; only an active key can be disabled.`);
      key.disabledAt = now.toISOString();
      return toApiKey(key, now);
    },

    enableApiKey(id) {
      manage();
      const key = find(id);
      const status = statusOf(key, now);
      if (status !== 'disabled') throw conflict('not_disabled', `${key.name} is ${status}, not disabled.`);
      key.disabledAt = null;
      return toApiKey(key, now);
    },

    scheduleApiKeyExpiry(id, input) {
      manage();
      const key = find(id);
      const status = statusOf(key, now);
      if (status === 'revoked' || status === 'expired') throw conflict('not_active', `${key.name} is ${status} already.`);
      const replacement = key.replacedByKeyId ? keys.find((k) => k.id === key.replacedByKeyId) : undefined;
      if (!replacement || statusOf(replacement, now) !== 'active') {
        throw conflict('not_rotating', `${key.name} has no active replacement: revoke it, or rotate it first.`);
      }
      const v = new FieldValidator();
      const hours = v.integer('inHours', input.inHours, 1, maxOverlapHours, `Choose between 1 and ${maxOverlapHours} hours.`);
      v.throwIfInvalid();
      const endsAt = new Date(now.getTime() + hours! * hour).toISOString();
      // A schedule only ever shortens a key's life.
      key.rotationEndsAt = key.expiresAt !== null && key.expiresAt < endsAt ? key.expiresAt : endsAt;
      key.expiresAt = key.rotationEndsAt;
      return toApiKey(key, now);
    },

    getApiKeyPolicy() {
      view();
      return { ...policy, updatedBy: policy.updatedBy && { ...policy.updatedBy }, scopes: scopeOptions(actor), fullAccessGrantable: holdsFullAccess(actor) };
    },

    updateApiKeyPolicy(update) {
      view();
      authorize(actor, (current) => {
        const organization = current.session.organization!;
        if (!organization.permissions.includes('org.api-keys.policy')) {
          throw forbidden(`Your organization role (${organization.role.name}) does not allow you to change the API key policy. Ask an organization Owner.`);
        }
      });
      const v = new FieldValidator();
      const max =
        update.maxLifetimeDays === undefined || update.maxLifetimeDays === null
          ? update.maxLifetimeDays
          : v.integer('maxLifetimeDays', update.maxLifetimeDays, 1, maxExpiryDays, `Choose between 1 and ${maxExpiryDays} days, or no limit.`);
      const warning =
        update.expiryWarningDays === undefined ? undefined : v.integer('expiryWarningDays', update.expiryWarningDays, 1, 90, 'Choose between 1 and 90 days.');
      v.throwIfInvalid();
      if (max !== undefined) policy.maxLifetimeDays = max;
      if (warning !== undefined) policy.expiryWarningDays = warning;
      policy.updatedBy = { id: actor.user.id, name: actor.user.name };
      policy.updatedAt = now.toISOString();
      return this.getApiKeyPolicy();
    },
  };
}

/** The lifetime asked for, within 10 years and the organization's maximum ("never" only without one). */
function lifetimeOf(v: FieldValidator, value: unknown, maxLifetimeDays: number | null): number | null | undefined {
  const limit = maxLifetimeDays ?? maxExpiryDays;
  const policyMessage = `This organization allows keys for at most ${maxLifetimeDays} days.`;
  if (value === null || value === undefined) {
    if (maxLifetimeDays !== null) v.fail('expiresInDays', policyMessage);
    return null;
  }
  const message = maxLifetimeDays === null ? `Choose between 1 and ${maxExpiryDays} days, or no expiry.` : policyMessage;
  return v.integer('expiresInDays', value, 1, limit, message);
}

/**
 * Full access, or the scopes chosen: known ones, at least one, and none the creator does not hold
 * (403 — the request asks for more power than its sender has, which no form of ours offers). Both
 * are access checks (`authorize`): a replay of the create needs the creator to hold them still.
 */
function accessOf(v: FieldValidator, actor: Actor, fullAccess: unknown, scopes: unknown): Pick<ApiKeyRecord, 'fullAccess' | 'scopes'> {
  if (fullAccess === true) {
    authorize(actor, (current) => {
      if (!holdsFullAccess(current)) throw forbidden('Only someone who holds every scope can create a full-access key. Choose scopes instead.');
    });
    return { fullAccess: true, scopes: [] };
  }
  if (fullAccess !== undefined && fullAccess !== false) v.fail('fullAccess', 'Use true or false.');
  if (!Array.isArray(scopes) || scopes.length === 0) {
    v.fail('scopes', 'Choose at least one thing the key may do.');
    return { fullAccess: false, scopes: [] };
  }
  const unknown = scopes.filter((s) => !isKnownScope(s));
  if (unknown.length > 0) {
    v.fail('scopes', `Unknown scope: ${unknown.map(String).join(', ').slice(0, 100)}.`);
    return { fullAccess: false, scopes: [] };
  }
  const chosen = [...new Set(scopes as string[])];
  authorize(actor, (current) => {
    const beyond = chosen.filter((s) => !holdsScope(current, s));
    if (beyond.length > 0) throw forbidden(`You cannot give a key access you do not hold yourself: ${beyond.join(', ')}.`);
  });
  return { fullAccess: false, scopes: chosen };
}

/**
 * Simulated traffic: marks a key as just used. Revoked, expired and disabled keys are refused, as
 * a real API would refuse requests made with them. Returns whether the use counted.
 */
export function recordApiKeyUse(tenant: TenantRecord, keyId: string, now: Date): boolean {
  const key = tenant.apiKeys.find((k) => k.id === keyId);
  if (!key || statusOf(key, now) !== 'active') return false;
  key.lastUsedAt = now.toISOString();
  return true;
}

/** Revocation wins, then expiry; a disabled key that has neither is disabled. */
function statusOf(key: ApiKeyRecord, now: Date): ApiKeyStatus {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && Date.parse(key.expiresAt) <= now.getTime()) return 'expired';
  if (key.disabledAt !== null) return 'disabled';
  return 'active';
}

function toApiKey(key: ApiKeyRecord, now: Date): ApiKey {
  return { ...key, createdBy: { ...key.createdBy }, scopes: [...key.scopes], status: statusOf(key, now) };
}

function replacedKeyOf(v: FieldValidator, tenant: TenantRecord, value: unknown, now: Date): ApiKeyRecord | undefined {
  if (value === undefined || value === null) return undefined;
  const key = typeof value === 'string' ? tenant.apiKeys.find((k) => k.id === value) : undefined;
  if (!key) v.fail('replacesKeyId', 'The key to replace does not exist.');
  else if (statusOf(key, now) === 'revoked') v.fail('replacesKeyId', 'This key is already revoked; create a new key instead.');
  return key;
}
