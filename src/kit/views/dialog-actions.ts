import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SettingsApiError } from '../../api/errors.js';
import { renderErrorNotice } from '../error-notice.js';

export interface DialogActionsOptions {
  /** The write the dialog starts (a `WriteController`): its error shows above the buttons. */
  readonly write: { readonly pending: boolean; readonly error: SettingsApiError | undefined };
  /** Closes the dialog without changing anything ("Cancel", "Keep invitation"). */
  readonly dismiss: { readonly label: string; readonly onClick: () => void };
  readonly confirm: {
    /** The button's words, and what it says while the write runs ("Add site" / "Adding…"). */
    readonly label: string;
    readonly pendingLabel: string;
    /** Destructive actions (remove, archive, revoke) are drawn in the danger colour. */
    readonly danger?: boolean;
    /** Filled as the dialog's main action (the default); `false` draws it as an ordinary button. */
    readonly primary?: boolean;
    /** Submits this form (by id); without it the button is a plain button running `onClick`. */
    readonly form?: string;
    readonly onClick?: () => void;
    /** Not yet possible (a confirmation not typed yet): announced as unavailable, a click does nothing. */
    readonly unavailable?: boolean;
  };
}

/**
 * A dialog's failed write, its dismiss button and its confirming button, in the dialog's
 * `actions` slot. The busy rule of the whole kit: while the write runs both buttons stay
 * focusable with `aria-disabled="true"` (the confirming one also `aria-busy`), so keyboard focus
 * is never lost to a disabled button; a click then does nothing.
 */
export function renderDialogActions(options: DialogActionsOptions): TemplateResult {
  const { write, dismiss, confirm } = options;
  const unavailable = write.pending || confirm.unavailable === true;
  return html`
    ${write.error ? renderErrorNotice(write.error) : nothing}
    <button slot="actions" type="button" aria-disabled=${String(write.pending)} @click=${() => write.pending || dismiss.onClick()}>
      ${dismiss.label}
    </button>
    <button
      slot="actions"
      type=${confirm.form ? 'submit' : 'button'}
      form=${ifDefined(confirm.form)}
      class=${[confirm.danger ? 'danger' : '', confirm.primary === false ? '' : 'primary'].join(' ').trim()}
      aria-disabled=${String(unavailable)}
      aria-busy=${String(write.pending)}
      @click=${(event: Event) => {
        // A submit button cannot be stopped by aria-disabled alone: the form would still submit.
        if (unavailable) event.preventDefault();
        else confirm.onClick?.();
      }}
    >
      ${write.pending ? confirm.pendingLabel : confirm.label}
    </button>
  `;
}
