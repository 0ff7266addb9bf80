import { html } from 'lit';
import type { ApiKeyPolicy, ApiKeyPolicyUpdate } from '../../api/types.js';
import { msg } from '../../i18n/localize.js';
import { renderDaysField } from './days-field.js';

// The API key policy dialog's form, for Owners (`<settings-api-key-dialogs>`); the line that states
// the policy above the list is `api-key-policy-view.ts`.

const lifetimeOptions = [null, 30, 90, 180, 365] as const;
const warningOptions = [7, 14, 21, 30] as const;

export type PolicyDraft = Required<ApiKeyPolicyUpdate>;

export function policyDraft(policy: ApiKeyPolicy): PolicyDraft {
  return { maxLifetimeDays: policy.maxLifetimeDays, expiryWarningDays: policy.expiryWarningDays };
}

/** The policy form: two choices, each with the server's 422 message beside it. */
export function renderPolicyFields(draft: PolicyDraft, fieldError: (field: string) => string | undefined, onChange: (change: Partial<PolicyDraft>) => void) {
  const lifetimes = lifetimeOptions.includes(draft.maxLifetimeDays as 30) ? lifetimeOptions : [...lifetimeOptions, draft.maxLifetimeDays];
  const warnings = warningOptions.includes(draft.expiryWarningDays as 7) ? warningOptions : [...warningOptions, draft.expiryWarningDays];
  return html`
    ${renderDaysField(
      { id: 'policy-lifetime', label: msg('apiKeys.policy.field.maxLifetime'), hint: msg('apiKeys.policy.field.maxLifetimeHint'), error: fieldError('maxLifetimeDays') },
      {
        value: draft.maxLifetimeDays,
        options: lifetimes,
        label: (days) => (days === null ? msg('apiKeys.policy.noLimitOption') : msg('apiKeys.expiry.days', { days })),
        onChange: (maxLifetimeDays) => onChange({ maxLifetimeDays }),
      },
    )}
    ${renderDaysField(
      { id: 'policy-warning', label: msg('apiKeys.policy.field.warning'), error: fieldError('expiryWarningDays') },
      {
        value: draft.expiryWarningDays,
        options: warnings,
        label: (days) => msg('apiKeys.policy.warningDays', { days }),
        onChange: (expiryWarningDays) => onChange({ expiryWarningDays }),
      },
    )}
  `;
}
