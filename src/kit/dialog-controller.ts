import type { ReactiveControllerHost } from 'lit';
import type { SettingsApiError } from '../api/errors.js';

/** What a dialog needs of the write it starts (a `WriteController`). */
export interface DialogWrite {
  readonly pending: boolean;
  readonly error: SettingsApiError | undefined;
  reset(): void;
}

/** The write each kind of dialog starts; a dialog that writes nothing has none. */
export type DialogWrites<D extends { readonly kind: string }> = { readonly [K in D['kind']]?: DialogWrite };

/**
 * Which of an element's dialogs is open, and the write it starts. `D` describes a dialog: a `kind`
 * and whatever it is about (`{ kind: 'edit'; site: Site }`). Opening one forgets every write's last
 * error (a new dialog starts clean); while its write runs the dialog may not be dismissed
 * (`renderDialog` sets `no-dismiss`, `renderDialogActions` ignores Cancel). Made by
 * `SectionController.dialog()`, which closes it when another user comes on screen (in a company
 * section, another company too).
 */
export class DialogController<D extends { readonly kind: string }> {
  #host: ReactiveControllerHost;
  #writes: DialogWrites<D>;
  #current: D | undefined;

  constructor(host: ReactiveControllerHost, writes: DialogWrites<D>) {
    this.#host = host;
    this.#writes = writes;
  }

  /** The open dialog, or `undefined`. */
  get current(): D | undefined {
    return this.#current;
  }

  /** The write the open dialog starts, if it starts one. */
  get write(): DialogWrite | undefined {
    return this.#current ? this.#writes[this.#current.kind as D['kind']] : undefined;
  }

  /** True while the open dialog's write runs. */
  get pending(): boolean {
    return this.write?.pending === true;
  }

  /** Opens `dialog` (replacing any other), its writes' last errors forgotten. */
  open(dialog: D): void {
    for (const write of Object.values<DialogWrite | undefined>(this.#writes)) write?.reset();
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
