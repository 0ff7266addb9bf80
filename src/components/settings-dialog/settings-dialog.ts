import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { baseStyles, t } from '../../styles/tokens.js';

/** Fired when the dialog closed, whichever way (button, Escape, `open = false`). */
export class SettingsDialogCloseEvent extends Event {
  static readonly type = 'settings-dialog-close';
  constructor() {
    // Stays inside the panel that owns the dialog: not a host-facing event.
    super(SettingsDialogCloseEvent.type, { bubbles: true, composed: false });
  }
}

/**
 * A modal dialog on the native `<dialog>`: focus moves in and is trapped while open (the rest of
 * the page is inert), Escape closes it unless `dismissible` is off, and focus returns to whatever
 * opened it.
 *
 * @summary Modal dialog used by the panels.
 * @tag settings-dialog
 * @slot - The body.
 * @slot actions - The buttons, end-aligned; put the primary action last.
 * @csspart dialog - The native dialog.
 * @csspart actions - The button row.
 * @cssprop [--settings-dialog-width=32rem] - Maximum width.
 * @fires {SettingsDialogCloseEvent} settings-dialog-close - The dialog closed (does not cross the shadow root it lives in).
 */
export class SettingsDialog extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        inline-size: min(var(--settings-dialog-width, 32rem), calc(100vw - 2rem));
        padding: ${t.space6};
        border: 1px solid ${t.colorBorder};
        border-radius: ${t.radiusMedium};
        background: ${t.colorSurface};
        color: ${t.colorText};
        box-shadow: ${t.shadowPopup};
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      h2 {
        margin: 0 0 ${t.space4};
        font-size: ${t.fontSizeLarge};
      }
      [part='actions'] {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: ${t.space2};
        margin-block-start: ${t.space6};
      }
    `,
  ];

  /** The dialog's title; also its accessible name. */
  @property() heading = '';

  /** Whether the dialog is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** When set, Escape does not close the dialog (e.g. until a secret is acknowledged as saved). */
  @property({ type: Boolean, attribute: 'no-dismiss' }) noDismiss = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  #opener: HTMLElement | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open') || !this.dialog) return;
    if (this.open && !this.dialog.open) {
      this.#opener = deepActiveElement();
      this.dialog.showModal();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
    }
  }

  /** Closes the dialog and returns focus to what opened it. */
  close(): void {
    this.open = false;
  }

  #onCancel(event: Event): void {
    // Escape: the owner decides whether the dialog may go.
    if (this.noDismiss) event.preventDefault();
  }

  #onKeyDown(event: KeyboardEvent): void {
    // Chromium ignores a cancelled `cancel` without recent user activation; stop Escape earlier.
    if (event.key === 'Escape' && this.noDismiss) event.preventDefault();
  }

  #onClose(): void {
    this.open = false;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new SettingsDialogCloseEvent());
  }

  protected override render() {
    return html`
      <dialog part="dialog" aria-labelledby="heading" @cancel=${this.#onCancel} @keydown=${this.#onKeyDown} @close=${this.#onClose}>
        <h2 id="heading">${this.heading}</h2>
        <slot></slot>
        <div part="actions"><slot name="actions"></slot></div>
      </dialog>
    `;
  }
}

/** The focused element, looking inside shadow roots (panels live in them). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-dialog': SettingsDialog;
  }
}
