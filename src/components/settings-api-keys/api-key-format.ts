import { html } from 'lit';
import type { ApiKey } from '../../api/types.js';
import { msg } from '../../i18n/localize.js';
import { renderRelativeTime } from '../../internal/relative-time.js';

/** "3 hours ago" (exact time on hover and focus), or "Never used". */
export function renderLastUsed(key: ApiKey) {
  return key.lastUsedAt ? renderRelativeTime(key.lastUsedAt) : msg('apiKeys.neverUsed');
}

/** The displayable start of the secret, visibly cut short: `mock_key_4f2a••••`. */
export function renderPrefix(key: ApiKey) {
  return html`<code class="prefix">${key.prefix}<span aria-hidden="true">••••</span></code>`;
}
