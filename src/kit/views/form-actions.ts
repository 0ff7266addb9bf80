import { html, nothing, type TemplateResult } from 'lit';
import type { SettingsApiError } from '../../api/errors.js';
import { renderErrorNotice } from '../error-notice.js';
import { renderButton } from './button.js';
import { renderStatusLine } from './status-line.js';

export interface FormActionsOptions {
  /** The form's write (a `WriteController`): busy while it runs; its failure shows above the buttons. */
  readonly write: { readonly pending: boolean; readonly error: SettingsApiError | undefined };
  /** Nothing to save (the form shows what is stored): Save and Cancel are announced unavailable. */
  readonly unchanged?: boolean | undefined;
  /** The submit button of the form the actions are in, and what it says while saving. */
  readonly save: { readonly label: string; readonly pendingLabel: string };
  /**
   * Puts the form back to what is stored (unavailable while nothing changed or a save runs), or
   * closes it (`unavailable: false`: always possible but while a save runs).
   */
  readonly cancel?: { readonly label: string; readonly onClick: () => void; readonly unavailable?: boolean };
  /**
   * Sends the same input again after a failure. Leave it out when the server named the fields at
   * fault (a 422): the user corrects them first.
   */
  readonly retry?: (() => void) | undefined;
  /**
   * The status line under the buttons: the last save's outcome ("Saved."), or `idle` ("You have
   * unsaved changes."). Leave it out when the status line is elsewhere (a form that closes on save).
   */
  readonly status?: { readonly message?: string | undefined; readonly idle?: string | undefined };
}

/**
 * The end of a settings form: the failed save (with Retry), Save and Cancel in `part="actions"`
 * under the busy rule, and the status line (always in the DOM while `status` is given, so what it
 * says is announced). Save is the form's submit button, so Enter in a field
 * saves too — while nothing changed or a save runs, that does nothing.
 */
export function renderFormActions(options: FormActionsOptions): TemplateResult {
  const { write, save, cancel } = options;
  const unavailable = options.unchanged === true;
  return html`
    ${write.error ? renderErrorNotice(write.error, options.retry) : nothing}
    <div part="actions" class="actions">
      ${renderButton({ type: 'submit', look: 'primary', label: save.label, pendingLabel: save.pendingLabel, busy: write.pending, unavailable })}
      ${cancel ? renderButton({ label: cancel.label, unavailable: (cancel.unavailable ?? unavailable) || write.pending, onClick: cancel.onClick }) : nothing}
    </div>
    ${options.status ? renderStatusLine(options.status.message, { idle: options.status.idle }) : nothing}
  `;
}
