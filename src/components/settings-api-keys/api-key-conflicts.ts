import { html, nothing, type TemplateResult } from 'lit';
import type { SettingsApiError, SettingsErrorCode } from '../../api/errors.js';
import { msg } from '../../i18n/localize.js';
import { addConflictMessages } from '../../internal/describe-error.js';
import { renderErrorNotice } from '../../kit/views/states.js';
import { renderDialogActions, type DialogActionsOptions } from '../../kit/views/dialog.js';

/**
 * What the API keys section does about the contract's conflicts (409, openapi.json). The words
 * are `describeError`'s, in the user's language; this says what comes with them.
 */

addConflictMessages({
  idempotency_key_spent: 'apiKeys.conflict.idempotencyKeySpent',
  rotation_in_progress: 'apiKeys.conflict.rotationInProgress',
  already_revoked: 'apiKeys.conflict.alreadyRevoked',
  already_disabled: 'apiKeys.conflict.alreadyDisabled',
  not_active: 'apiKeys.conflict.notActive',
  not_disabled: 'apiKeys.conflict.notDisabled',
  not_rotating: 'apiKeys.conflict.notRotating',
});

/**
 * Conflicts saying a key is not where the list shows it: revoked, disabled, enabled, expired or
 * being rotated since it was listed, or the key a create made is no longer active. The list is
 * read again, so each row shows where its key stands (a rotation, its "Continue rotation").
 */
const listOutdatedBy: ReadonlySet<SettingsErrorCode> = new Set<SettingsErrorCode>([
  'rotation_in_progress',
  'idempotency_key_spent',
  'already_revoked',
  'already_disabled',
  'not_active',
  'not_disabled',
  'not_rotating',
]);

const isConflict = (error: SettingsApiError | undefined, code: SettingsErrorCode): error is SettingsApiError => error?.status === 409 && error.code === code;

/** The failure means the keys on screen are out of date: read the list again. */
export function outdatesList(error: SettingsApiError): boolean {
  return error.status === 409 && listOutdatedBy.has(error.code);
}

export interface KeyDialogActionsOptions extends DialogActionsOptions {
  /** Sends the same request again, under the same idempotency key: Try again after "still being processed". */
  readonly retry?: (() => void) | undefined;
}

/**
 * A dialog's failure and buttons (`renderDialogActions`), with what the conflicts of a create
 * offer: "still being processed" comes with Try again (the same request again); once the key the
 * request made is no longer active, the confirming button offers a new key from what the form
 * holds. One template whatever the failure, so the buttons (and the focus on them) stay.
 */
export function renderKeyDialogActions(options: KeyDialogActionsOptions): TemplateResult {
  const { write, retry, confirm } = options;
  const error = write?.error;
  const inUse = retry && isConflict(error, 'idempotency_key_in_use') ? renderErrorNotice(error, retry) : undefined;
  return html`${inUse ?? nothing}
  ${renderDialogActions({
    ...options,
    // The notice above says it, with Try again.
    write: inUse && write ? { pending: write.pending, error: undefined } : write,
    confirm: isConflict(error, 'idempotency_key_spent') ? { ...confirm, label: msg('apiKeys.createNew') } : confirm,
  })}`;
}
