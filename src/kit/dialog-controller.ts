import type { ReactiveControllerHost } from 'lit';
import type { SettingsApiError } from '../api/errors.js';

/** What a dialog needs of the write it starts (a `WriteController`). */
export interface DialogWrite {
  readonly pending: boolean;
  readonly error: SettingsApiError | undefined;
  reset(): void;
}

/**
 * The write each kind of dialog starts — or a function choosing it, for a dialog that can start
 * one of two; a dialog that writes nothing has none.
 */
export type DialogWrites<D extends { readonly kind: string }> = { readonly [K in D['kind']]?: DialogWrite | (() => DialogWrite) };

/**
 * Which of an element's dialogs is open, and the write it starts. `D` describes a dialog: a `kind`
 * and whatever it is about (`{ kind: 'edit'; site: Site }`). Opening one forgets the last error of
 * every write of the section (a new dialog starts clean); while its write runs the dialog may not be dismissed
 * (`renderDialog` sets `no-dismiss`, `renderDialogActions` ignores Cancel). Made by
 * `SectionController.dialog()`, which closes it when another user comes on screen (in a company
 * section, another company too).
 */
export class DialogController<D extends { readonly kind: string }> {
  #host: ReactiveControllerHost;
  #writes: DialogWrites<D>;
  #forgetErrors: () => void;
  #current: D | undefined;

  constructor(host: ReactiveControllerHost, writes: DialogWrites<D>, forgetErrors: () => void) {
    this.#host = host;
    this.#writes = writes;
    this.#forgetErrors = forgetErrors;
  }

  /** The open dialog, or `undefined`. */
  get current(): D | undefined {
    return this.#current;
  }

  /** The write the open dialog starts, if it starts one. */
  get write(): DialogWrite | undefined {
    const write = this.#current && this.#writes[this.#current.kind as D['kind']];
    return typeof write === 'function' ? write() : write;
  }

  /** True while the open dialog's write runs. */
  get pending(): boolean {
    return this.write?.pending === true;
  }

  /** Opens `dialog` (replacing any other), the section's last write errors forgotten. */
  open(dialog: D): void {
    this.#forgetErrors();
    this.#current = dialog;
    this.#host.requestUpdate();
  }

  /** Closes the open dialog: after its write is done, or when it was dismissed. */
  readonly close = (): void => {
    if (this.#current === undefined) return;
    this.#current = undefined;
    this.#host.requestUpdate();
  };

}
