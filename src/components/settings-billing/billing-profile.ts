import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Address, BillingProfile, BillingProfileUpdate } from '../../api/types.js';
import { displayName, msg, type MessageKey } from '../../i18n/localize.js';
import { renderField, renderFormActions } from '../../kit/views/form.js';

/**
 * The billing profile's read view and edit form. The draft is flat and keyed like the server's
 * 422 field errors (`companyName`, `address.city`…), so each error lands beside its field.
 */

type AddressField = `address.${keyof Address}`;
export type ProfileField = 'companyName' | 'billingEmail' | 'taxId' | AddressField;
export type ProfileDraft = Record<ProfileField, string>;

interface FieldSpec {
  /** Also names the label: `billing.profile.<name>`. */
  name: ProfileField;
  autocomplete: string;
  type?: 'email';
  required?: boolean;
  maxLength?: number;
  hint?: MessageKey;
}

const fields: readonly FieldSpec[] = [
  { name: 'companyName', autocomplete: 'organization', required: true },
  { name: 'billingEmail', autocomplete: 'email', type: 'email', required: true },
  { name: 'address.line1', autocomplete: 'address-line1', required: true },
  { name: 'address.line2', autocomplete: 'address-line2' },
  { name: 'address.city', autocomplete: 'address-level2', required: true },
  { name: 'address.postalCode', autocomplete: 'postal-code', required: true },
  { name: 'address.region', autocomplete: 'address-level1' },
  { name: 'address.country', autocomplete: 'country', required: true, maxLength: 2, hint: 'billing.profile.countryHint' },
  { name: 'taxId', autocomplete: 'off', maxLength: 40 },
];

const addressKeys = ['line1', 'line2', 'city', 'postalCode', 'region', 'country'] as const;

export function draftOf(profile: BillingProfile): ProfileDraft {
  const draft = { companyName: profile.companyName, billingEmail: profile.billingEmail, taxId: profile.taxId } as ProfileDraft;
  for (const key of addressKeys) draft[`address.${key}`] = profile.address[key];
  return draft;
}

/** What the user changed, as the PATCH body: unchanged fields are not sent. */
export function changesIn(draft: ProfileDraft, saved: BillingProfile): BillingProfileUpdate {
  const update: BillingProfileUpdate = {};
  for (const key of ['companyName', 'billingEmail', 'taxId'] as const) {
    if (draft[key] !== saved[key]) update[key] = draft[key];
  }
  for (const key of addressKeys) {
    if (draft[`address.${key}`] !== saved.address[key]) (update.address ??= {})[key] = draft[`address.${key}`];
  }
  return update;
}

export function renderProfile(profile: BillingProfile) {
  const { address } = profile;
  const cityLine = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  return html`
    <dl>
      <dt>${msg('billing.profile.companyName')}</dt>
      <dd>${profile.companyName}</dd>
      <dt>${msg('billing.profile.billingEmail')}</dt>
      <dd>${profile.billingEmail}</dd>
      <dt>${msg('billing.profile.address')}</dt>
      <dd class="address">
        ${[address.line1, address.line2, cityLine, displayName(address.country, 'region')].filter(Boolean).map((line) => html`<span>${line}</span>`)}
      </dd>
      <dt>${msg('billing.profile.taxIdLabel')}</dt>
      <dd>${profile.taxId || msg('billing.profile.notProvided')}</dd>
    </dl>
  `;
}

export interface ProfileFormOptions {
  draft: ProfileDraft;
  dirty: boolean;
  saving: boolean;
  fieldError: (field: ProfileField) => string | undefined;
  /** The failed save's message and retry, rendered above the buttons. */
  error: unknown;
  onInput: (field: ProfileField, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

export function renderProfileForm(options: ProfileFormOptions) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    options.onSubmit();
  };
  return html`
    <form part="form" novalidate aria-labelledby="profile-heading" @submit=${submit}>
      ${fields.map((field) => renderProfileField(field, options))} ${options.error ?? nothing}
      ${renderActions(options)}
    </form>
  `;
}

/**
 * Save and Cancel under the kit's busy rule. Cancel closes the form, so it stays available while
 * nothing changed; only a running save holds it. The failed save is shown above the fields' own
 * errors (`options.error`), and the status line is the section's: the form goes away when it saves.
 */
function renderActions(options: ProfileFormOptions) {
  return renderFormActions({
    write: { pending: options.saving, error: undefined },
    unchanged: !options.dirty,
    save: { label: msg('billing.profile.save'), pendingLabel: msg('billing.profile.saving') },
    cancel: { label: msg('billing.profile.cancel'), onClick: options.onCancel, unavailable: false },
  });
}

function renderProfileField(field: FieldSpec, options: ProfileFormOptions) {
  // The country code must be upper case for the server; normalise while typing so the form shows it.
  const normalise = (value: string) => (field.name === 'address.country' ? value.toUpperCase() : value);
  const hint = field.hint && msg(field.hint);
  return renderField(
    { id: field.name.replace('.', '-'), label: msg(`billing.profile.${field.name}`), hint, error: options.fieldError(field.name) },
    (f) => html`
      <input
        id=${f.id}
        name=${field.name}
        type=${field.type ?? 'text'}
        autocomplete=${field.autocomplete}
        maxlength=${field.maxLength ?? nothing}
        ?required=${field.required === true}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        .value=${live(options.draft[field.name])}
        @input=${(event: InputEvent) => options.onInput(field.name, normalise((event.target as HTMLInputElement).value))}
      />
    `,
  );
}
