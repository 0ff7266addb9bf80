import type { ApiKey, ApiKeyInput, CreatedApiKey } from '../../api/types.js';
import {
  SettingsApiKeyCreateEvent,
  SettingsApiKeyCreatedEvent,
  SettingsApiKeyRevokeEvent,
  SettingsApiKeyRevokedEvent,
  SettingsApiKeyToggleEvent,
  SettingsApiKeyToggledEvent,
} from '../../events/api-key-events.js';
import type { WriteOptions } from '../../kit/write-controller.js';
import { keyCreatedChange } from './api-key-format.js';

// The writes on one key, as the list (Disable, Enable), its dialogs (Create key, Revoke, Disable
// instead) and the guided rotation (the replacement, the old key's revocation) each run them: the
// same request, events and audit record wherever the user starts it.

/** Create key: its record reaches the fact event, its secret only the secret view. */
export const createKey: WriteOptions<ApiKeyInput, CreatedApiKey> = {
  intent: (input) => new SettingsApiKeyCreateEvent(input),
  run: (input, { client, idempotencyKey }) => client.createApiKey(input, { idempotencyKey }),
  change: ({ apiKey }) => keyCreatedChange(apiKey),
  fact: ({ apiKey }, _, change) => new SettingsApiKeyCreatedEvent(apiKey, change),
};

export const revokeKey: WriteOptions<ApiKey, ApiKey> = {
  intent: (key) => new SettingsApiKeyRevokeEvent(key),
  run: (key, { client }) => client.revokeApiKey(key.id),
  change: (revoked, key) => ({ action: 'api-key.revoked', target: { type: 'api-key', id: key.id }, before: key, after: revoked, fields: ['status', 'revokedAt'] }),
  fact: (revoked, _, change) => new SettingsApiKeyRevokedEvent(revoked, change),
};

/** Disable (`enable: false`) or enable a key. */
export const toggleKey: WriteOptions<{ key: ApiKey; enable: boolean }, ApiKey> = {
  intent: ({ key, enable }) => new SettingsApiKeyToggleEvent(key, enable),
  run: ({ key, enable }, { client }) => (enable ? client.enableApiKey(key.id) : client.disableApiKey(key.id)),
  change: (toggled, { key, enable }) => ({
    action: enable ? 'api-key.enabled' : 'api-key.disabled',
    target: { type: 'api-key', id: key.id },
    before: key,
    after: toggled,
    fields: ['status', 'disabledAt'],
  }),
  fact: (toggled, _, change) => new SettingsApiKeyToggledEvent(toggled, change),
};
