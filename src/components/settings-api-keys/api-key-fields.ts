import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/localize.js';
import { renderField } from '../../kit/views/field.js';

/** What the user typed into the key form; kept as is when the create fails. */
export interface KeyDraft {
  name: string;
  /** `null`: never expires. */
  expiresInDays: number | null;
}

const expiryPresets = [30, 90, 180, 365, null] as const;

export function newDraft(name = ''): KeyDraft {
  return { name, expiresInDays: 90 };
}

/** The draft as the server takes it. */
export function draftInput(draft: KeyDraft): KeyDraft {
  return { name: draft.name.trim(), expiresInDays: draft.expiresInDays };
}

/**
 * The name and expiry fields of "Create key" and of a rotation's replacement, with the server's
 * 422 messages beside the field they concern.
 */
export function renderKeyFields(draft: KeyDraft, nameHint: string, fieldError: (field: string) => string | undefined, onChange: (change: Partial<KeyDraft>) => void) {
  return html`
    ${renderField(
      { id: 'key-name', label: msg('apiKeys.field.name'), hint: nameHint, error: fieldError('name') },
      (f) => html`<input
        id=${f.id}
        autofocus
        required
        autocomplete="off"
        .value=${draft.name}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @input=${(e: Event) => onChange({ name: (e.target as HTMLInputElement).value })}
      />`,
    )}
    ${renderField(
      { id: 'key-expiry', label: msg('apiKeys.field.expiry'), error: fieldError('expiresInDays') },
      (f) => html`<select
        id=${f.id}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          onChange({ expiresInDays: value ? Number(value) : null });
        }}
      >
        ${expiryPresets.map(
          (days) =>
            html`<option value=${days ?? ''} ?selected=${days === draft.expiresInDays}>
              ${days ? msg('apiKeys.expiry.days', { days }) : msg('apiKeys.expiry.never')}
            </option>`,
        )}
      </select>`,
    )}
  `;
}
