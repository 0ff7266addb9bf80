import { html, nothing } from 'lit';
import type { ApiKey, ApiKeyPolicy } from '../../api/types.js';
import { formatDateTime, msg } from '../../i18n/localize.js';
import { renderRelativeTime } from '../../internal/relative-time.js';
import { renderLastUsed, renderPrefix } from './api-key-format.js';
import { areaDescription, areaName, scopeAreas, levelIn } from './api-key-scopes.js';

/**
 * Everything about one key, for its details dialog: when and by whom it was made, its use, its
 * lifetime and state, its rotation pairing, and every scope with what it lets the key do.
 */
export function renderKeyDetails(key: ApiKey, policy: ApiKeyPolicy | undefined, nameOf: (id: string) => string | undefined) {
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : nothing);
  return html`
    <dl class="details">
      <dt>${msg('apiKeys.details.prefix')}</dt>
      <dd>${renderPrefix(key)}</dd>
      <dt>${msg('apiKeys.column.status')}</dt>
      <dd>${msg(`apiKeys.status.${key.status}`)}</dd>
      <dt>${msg('apiKeys.column.created')}</dt>
      <dd>${formatDateTime(key.createdAt)}</dd>
      <dt>${msg('apiKeys.details.createdBy')}</dt>
      <dd>${key.createdBy.name}</dd>
      <dt>${msg('apiKeys.column.lastUsed')}</dt>
      <dd>${renderLastUsed(key)}</dd>
      <dt>${msg('apiKeys.column.expires')}</dt>
      <dd>${key.expiresAt ? renderRelativeTime(key.expiresAt) : msg('apiKeys.neverExpires')}</dd>
      ${key.disabledAt ? html`<dt>${msg('apiKeys.details.disabled')}</dt><dd>${when(key.disabledAt)}</dd>` : nothing}
      ${key.revokedAt ? html`<dt>${msg('apiKeys.details.revoked')}</dt><dd>${when(key.revokedAt)}</dd>` : nothing}
      ${key.replacesKeyId ? html`<dt>${msg('apiKeys.details.replaces')}</dt><dd>${nameOf(key.replacesKeyId) ?? key.replacesKeyId}</dd>` : nothing}
      ${key.replacedByKeyId ? html`<dt>${msg('apiKeys.details.replacedBy')}</dt><dd>${nameOf(key.replacedByKeyId) ?? key.replacedByKeyId}</dd>` : nothing}
    </dl>
    <h3>${msg('apiKeys.access')}</h3>
    ${renderScopes(key, policy)}
  `;
}

function renderScopes(key: ApiKey, policy: ApiKeyPolicy | undefined) {
  if (key.fullAccess) return html`<p>${msg('apiKeys.access.full')}</p>`;
  const areas = policy ? scopeAreas(policy) : [];
  const known = new Set(areas.flatMap((a) => [a.read, a.write]));
  const loose = key.scopes.filter((scope) => !known.has(scope));
  return html`<ul class="scopes">
    ${areas
      .filter((area) => levelIn(area, key.scopes) !== 'none')
      .map(
        (area) => html`<li>
          <strong>${areaName(area.area)}</strong>: ${msg(levelIn(area, key.scopes) === 'write' ? 'apiKeys.access.readWrite' : 'apiKeys.access.read')}
          ${areaDescription(area.area) ? html`<span class="hint">${areaDescription(area.area)}</span>` : nothing}
        </li>`,
      )}
    ${loose.map((scope) => html`<li><code>${scope}</code></li>`)}
  </ul>`;
}
