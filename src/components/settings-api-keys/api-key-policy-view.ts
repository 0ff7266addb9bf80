import { html, type TemplateResult } from 'lit';
import type { ApiKeyPolicy } from '../../api/types.js';
import { formatDate, msg } from '../../i18n/localize.js';

/**
 * The organization's key policy, said where keys are made: the longest lifetime, the warning
 * window, who set it, and — for those who may — `edit`, the button that opens the policy's dialog
 * ("Edit key policy"); for others, who may change it. The policy lives with the keys
 * (not in Data repository) because it constrains exactly the form below it, and the people who
 * rotate keys are the ones who need to read it.
 */
export function renderPolicyLine(policy: ApiKeyPolicy, edit: TemplateResult | undefined) {
  const warning = policy.expiryWarningDays;
  const rule =
    policy.maxLifetimeDays === null ? msg('apiKeys.policy.noLimit', { warning }) : msg('apiKeys.policy.maxLifetime', { days: policy.maxLifetimeDays, warning });
  const who =
    policy.updatedBy && policy.updatedAt
      ? msg('apiKeys.policy.setBy', { name: policy.updatedBy.name, date: formatDate(policy.updatedAt) })
      : msg('apiKeys.policy.default');
  return html`<p part="policy" class="policy">
    ${rule} ${who} ${edit ?? msg('apiKeys.policy.askOwner')}
  </p>`;
}
