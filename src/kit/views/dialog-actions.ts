import { html, nothing, type TemplateResult } from 'lit';
import type { SettingsApiError } from '../../api/errors.js';
import { renderErrorNotice } from '../error-notice.js';
import { renderButton } from './button.js';

export interface DialogActionsOptions {
  /** The write the dialog starts (a `WriteController`): its error shows above the buttons. None for a dialog that writes nothing. */
  readonly write?: { readonly pending: boolean; readonly error: SettingsApiError | undefined } | undefined;
  /** Closes the dialog without changing anything ("Cancel", "Keep invitation"). */
  readonly dismiss: { readonly label: string; readonly onClick: () => void };
  readonly confirm: {
    /** The button's words, and what it says while the write runs ("Add site" / "Adding…"). */
    readonly label: string;
    readonly pendingLabel?: string | undefined;
    /** Destructive actions (remove, archive, revoke) are drawn in the danger colour. */
    readonly danger?: boolean | undefined;
    /** Filled as the dialog's main action (the default); `false` draws it as an ordinary button. */
    readonly primary?: boolean | undefined;
    /** Submits this form (by id); without it the button is a plain button running `onClick`. */
    readonly form?: string | undefined;
    readonly onClick?: (() => void) | undefined;
    /** Not yet possible (a confirmation not typed yet): announced as unavailable, a click does nothing. */
    readonly unavailable?: boolean | undefined;
  };
}

/**
 * A dialog's failed write, its dismiss button and its confirming button, in the dialog's
 * `actions` slot. The busy rule of the whole kit: while the write runs both buttons stay
 * focusable with `aria-disabled="true"` (the confirming one also `aria-busy`), so keyboard focus
 * is never lost to a disabled button; a click then does nothing.
 */
export function renderDialogActions(options: DialogActionsOptions): TemplateResult {
  const { dismiss, confirm } = options;
  const pending = options.write?.pending === true;
  const error = options.write?.error;
  return html`
    ${error ? renderErrorNotice(error) : nothing}
    ${renderButton({ slot: 'actions', label: dismiss.label, unavailable: pending, onClick: dismiss.onClick })}
    ${renderButton({
      slot: 'actions',
      type: confirm.form ? 'submit' : 'button',
      form: confirm.form,
      look: confirm.primary === false ? (confirm.danger ? 'danger' : undefined) : confirm.danger ? 'primary danger' : 'primary',
      label: confirm.label,
      pendingLabel: confirm.pendingLabel,
      busy: pending,
      unavailable: confirm.unavailable,
      onClick: confirm.onClick,
    })}
  `;
}
