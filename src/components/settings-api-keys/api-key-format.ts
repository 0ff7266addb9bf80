import { html } from 'lit';
import type { ApiKey } from '../../api/types.js';
import { msg } from '../../i18n/localize.js';
import { renderRelativeTime } from '../../internal/relative-time.js';
import type { ChangeRecord } from '../../kit/change-record.js';

/** "3 hours ago" (exact time on hover and focus), or "Never used". */
export function renderLastUsed(key: ApiKey) {
  return key.lastUsedAt ? renderRelativeTime(key.lastUsedAt) : msg('apiKeys.neverUsed');
}

/** The displayable start of the secret, visibly cut short: `mock_key_4f2a••••`. */
export function renderPrefix(key: ApiKey) {
  return html`<code class="prefix">${key.prefix}<span aria-hidden="true">••••</span></code>`;
}

/** A new key's audit record names what defines it, not the bookkeeping fields (and never its secret). */
const createdFields = ['name', 'prefix', 'expiresAt', 'fullAccess', 'scopes', 'replacesKeyId'];

/** The `change` of a key's creation, the same from Create key and from a rotation's replacement. */
export function keyCreatedChange(apiKey: ApiKey): ChangeRecord {
  return { action: 'api-key.created', target: { type: 'api-key', id: apiKey.id }, before: null, after: apiKey, fields: createdFields };
}
