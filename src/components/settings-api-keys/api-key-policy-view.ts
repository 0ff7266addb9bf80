import { html, nothing } from 'lit';
import type { ApiKeyPolicy, ApiKeyPolicyUpdate } from '../../api/types.js';
import { formatDate, msg } from '../../i18n/localize.js';
import { renderDaysField } from './days-field.js';

/**
 * The organization's key policy, said where keys are made: the longest lifetime, the warning
 * window, who set it, and — for those who may — "Edit key policy". The policy lives with the keys
 * (not in Data repository) because it constrains exactly the form below it, and the people who
 * rotate keys are the ones who need to read it.
 */
export function renderPolicyLine(policy: ApiKeyPolicy, canEdit: boolean, onEdit: () => void) {
  const warning = policy.expiryWarningDays;
  const rule =
    policy.maxLifetimeDays === null ? msg('apiKeys.policy.noLimit', { warning }) : msg('apiKeys.policy.maxLifetime', { days: policy.maxLifetimeDays, warning });
  const who =
    policy.updatedBy && policy.updatedAt
      ? msg('apiKeys.policy.setBy', { name: policy.updatedBy.name, date: formatDate(policy.updatedAt) })
      : msg('apiKeys.policy.default');
  return html`<p part="policy" class="policy">
    ${rule} ${who} ${canEdit ? nothing : msg('apiKeys.policy.askOwner')}
    ${canEdit ? html`<button type="button" @click=${onEdit}>${msg('apiKeys.policy.edit')}</button>` : nothing}
  </p>`;
}

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
