import { html, nothing, type TemplateResult } from 'lit';
import type { SettingsApiError } from '../../api/errors.js';
import { msg } from '../../i18n/localize.js';
import { importChunk } from '../../internal/define-element.js';
import type { DialogController } from '../dialog-controller.js';
import { renderErrorNotice, renderFailureNotice } from './states.js';
import { renderButton } from './form.js';
import { renderLoading } from './skeleton.js';

// A dialog's views: the `<settings-dialog>` of a DialogController (with its code's arrival), and the
// row of buttons at its foot. One module, as they are used together: a host's bundler (esbuild) puts
// each set of modules the same sections share in a file of its own, and every file costs its own
// gzip start and import line.

/**
 * The `<settings-dialog>` of a `DialogController`: open while a dialog is, named by its heading,
 * not dismissable while its write runs, and closed in the controller when the user dismisses it.
 * It stays in the DOM when closed, so focus returns to what opened it.
 *
 * `<settings-dialog>`'s code is not part of a section's: `<settings-app>` fetches it ahead when the
 * browser is idle (unless its `prefetch` says otherwise), else the first dialog to open does. Until
 * it is here an open dialog says "Loading…" in its place (focus stays on what opened it), and if it
 * cannot be fetched, says so with Try again. A host that imports `settings-elements/define/settings-dialog`
 * (or `settings-elements/define`) has it from the start.
 */
export function renderDialog<D extends { readonly kind: string }>(
  dialog: DialogController<D>,
  render: { readonly heading: (current: D) => string; readonly content: (current: D) => unknown },
): TemplateResult {
  const current = dialog.current;
  if (!customElements.get('settings-dialog')) return current ? renderWaiting(dialog, current) : html``;
  return html`
    <settings-dialog
      heading=${current ? render.heading(current) : ''}
      .open=${current !== undefined}
      ?no-dismiss=${dialog.pending}
      @settings-dialog-closed=${dialog.close}
    >
      ${current ? render.content(current) : nothing}
    </settings-dialog>
  `;
}

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

/** The dialog's code, page-wide; a failed fetch is forgotten, so the next attempt fetches anew. */
let dialogCode: Promise<unknown> | undefined;
/** Whether a fetch of the dialog's code failed: the engine keeps that failure (`importChunk`). */
let dialogCodeFailed = false;
/** The dialog each controller waits with for the code, so a render asks once. */
const waiting = new WeakMap<object, object>();
/** The dialog each controller could not get the code for: it says so until Try again. */
const failed = new WeakMap<object, object>();
/** What had focus when each controller's dialog began to wait: Try again, gone with the failure, puts focus back there. */
const openers = new WeakMap<object, HTMLElement | null>();
/** How the dialog's code is fetched: its define module (tests swap in an import that waits or fails). */
let importDialog = (): Promise<unknown> => import('../../define/settings-dialog.js');

/** Sets how `<settings-dialog>`'s code is fetched, forgetting a fetch done or failed before. Not exported from the kit. */
export function loadDialogWith(load: () => Promise<unknown>): void {
  importDialog = load;
  dialogCode = undefined;
  dialogCodeFailed = false;
}

function loadDialogCode(): Promise<unknown> {
  dialogCode ??= importChunk(importDialog, dialogCodeFailed).catch((error: unknown) => {
    dialogCode = undefined;
    dialogCodeFailed = true;
    throw error;
  });
  return dialogCode;
}

/**
 * An open dialog whose code is not here yet: loading, or its failure with Try again. When the code
 * arrives (or fails) the dialog is opened again, as it was, if it is still the one open: that renders
 * it, and, as any opening does, forgets the section's write errors, now that the dialog is on screen.
 */
function renderWaiting<D extends { readonly kind: string }>(dialog: DialogController<D>, current: D): TemplateResult {
  if (failed.get(dialog) === current) {
    return renderFailureNotice(msg('state.dialogCodeFailed'), () => {
      failed.delete(dialog);
      openers.get(dialog)?.focus();
      dialog.open(current);
    });
  }
  if (waiting.get(dialog) !== current) {
    waiting.set(dialog, current);
    // Focus stays on what opened the dialog while its code loads (panels live in shadow roots).
    let focused = document.activeElement as HTMLElement | null;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement as HTMLElement;
    openers.set(dialog, focused);
    const reopen = () => {
      waiting.delete(dialog);
      if (dialog.current === current) dialog.open(current);
    };
    loadDialogCode().then(reopen, (error: unknown) => {
      console.error('<settings-dialog> could not be loaded.', error);
      failed.set(dialog, current);
      reopen();
    });
  }
  return renderLoading();
}
