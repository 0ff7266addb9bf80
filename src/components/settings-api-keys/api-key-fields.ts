import { html, nothing } from 'lit';
import { msg } from '../../i18n/localize.js';

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
  const nameError = fieldError('name');
  const expiryError = fieldError('expiresInDays');
  return html`
    <div class="field">
      <label for="key-name">${msg('apiKeys.field.name')}</label>
      <input
        id="key-name"
        autofocus
        required
        autocomplete="off"
        .value=${draft.name}
        aria-invalid=${nameError ? 'true' : 'false'}
        aria-describedby=${nameError ? 'key-name-hint key-name-error' : 'key-name-hint'}
        @input=${(e: Event) => onChange({ name: (e.target as HTMLInputElement).value })}
      />
      <p class="hint" id="key-name-hint">${nameHint}</p>
      ${nameError ? html`<p class="field-error" id="key-name-error">${nameError}</p>` : nothing}
    </div>
    <div class="field">
      <label for="key-expiry">${msg('apiKeys.field.expiry')}</label>
      <select
        id="key-expiry"
        aria-invalid=${expiryError ? 'true' : 'false'}
        aria-describedby=${expiryError ? 'key-expiry-error' : nothing}
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
      </select>
      ${expiryError ? html`<p class="field-error" id="key-expiry-error">${expiryError}</p>` : nothing}
    </div>
  `;
}
